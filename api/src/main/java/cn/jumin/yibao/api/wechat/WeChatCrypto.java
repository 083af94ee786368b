package cn.jumin.yibao.api.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Safe-mode message encryption (WECHAT.md §5): AES-256-CBC without cipher padding, key = base64(EncodingAESKey + "=")
 * decoded leniently, IV = key[0..16], plaintext = random(16) ‖ uint32_be(len) ‖ xml ‖ AppID, PKCS#7 to 32-byte blocks.
 * Decryption checks, in order: length, padding, declared length, and the AppID trailer.
 */
public final class WeChatCrypto {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final int BLOCK = 32;

    /** Why a message was refused. */
    public static final class Rejected extends Exception {
        public Rejected(String reason) { super(reason); }
    }

    private final byte[] key;
    private final String appId;

    public WeChatCrypto(String encodingAesKey, String appId) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("EncodingAESKey must have 43 characters");
        }
        // java.util.Base64 ignores non-zero discarded bits of the last character (Tencent's sample key ends in G)
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        this.appId = appId;
    }

    public String encrypt(String xml) { return encrypt(xml, randomPrefix()); }

    /** Encrypts with a given 16-character prefix (tests reproduce published vectors with it). */
    public String encrypt(String xml, String randomPrefix) {
        byte[] msg = xml.getBytes(StandardCharsets.UTF_8);
        byte[] id = appId.getBytes(StandardCharsets.US_ASCII);
        byte[] prefix = randomPrefix.getBytes(StandardCharsets.US_ASCII);
        int unpadded = prefix.length + 4 + msg.length + id.length;
        int pad = BLOCK - (unpadded % BLOCK); // 1..32: an aligned message gets a whole block of 32
        ByteBuffer b = ByteBuffer.allocate(unpadded + pad);
        b.put(prefix).putInt(msg.length).put(msg).put(id);
        for (int i = 0; i < pad; i++) b.put((byte) pad);
        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE, b.array()));
    }

    public String decrypt(String encrypted) throws Rejected {
        byte[] data;
        try {
            data = Base64.getDecoder().decode(encrypted.strip());
        } catch (IllegalArgumentException e) {
            throw new Rejected("Encrypt is not base64");
        }
        if (data.length == 0 || data.length % 16 != 0) throw new Rejected("ciphertext length " + data.length);
        byte[] plain = cipher(Cipher.DECRYPT_MODE, data);
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > plain.length) throw new Rejected("bad padding");
        for (int i = plain.length - pad; i < plain.length; i++) if ((plain[i] & 0xff) != pad) throw new Rejected("bad padding");
        int end = plain.length - pad; // never trim: pad bytes may be 0x20
        if (end < 20) throw new Rejected("too short");
        int len = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (len < 0 || 20 + len > end) throw new Rejected("declared length " + len + " exceeds the message");
        byte[] trailer = Arrays.copyOfRange(plain, 20 + len, end);
        if (!java.security.MessageDigest.isEqual(trailer, appId.getBytes(StandardCharsets.US_ASCII))) {
            throw new Rejected("AppID mismatch");
        }
        return new String(plain, 20, len, StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomPrefix() {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) b.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        return b.toString();
    }

    public static String nonce() {
        return String.valueOf(1_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
    }
}
