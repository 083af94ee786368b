package cn.jumin.yibao.api.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The platform's signatures: lowercase hex SHA-1 of the parts sorted in byte order and concatenated (duplicates
 * kept). {@code signature} signs token, timestamp, nonce; {@code msg_signature} adds the Encrypt value.
 */
public final class WeChatSignature {
    private WeChatSignature() {}

    public static String of(String... parts) {
        String[] sorted = parts.clone();
        // byte-wise order (ASCII here), never numeric: "1735707601" sorts before "987654"
        Arrays.sort(sorted, (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            for (String p : sorted) sha1.update(p.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a received signature with the expected one. */
    public static boolean matches(String expected, String received) {
        if (received == null) return false;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                received.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
