package cn.jumin.yibao.api.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * The payment channels the service takes callbacks from: {@code payment.channels.{channel}.secret} each.
 * The shipped development secrets start with "dev-" and are refused when {@code app.dev-mode=false}.
 * Secrets are read once at start-up: a changed secret takes a restart, and a callback does not pay for a config lookup.
 */
@ApplicationScoped
public class PaymentChannels {
    private final Map<String, String> secrets;
    /** One keyed MAC per channel, cloned per callback: Mac.getInstance and init cost more than the HMAC itself. */
    private final Map<String, Mac> keyed;

    @Inject
    public PaymentChannels(Config config) {
        Map<String, String> found = new TreeMap<>();
        for (String p : config.getPropertyNames()) {
            if (p.startsWith("payment.channels.") && p.endsWith(".secret")) {
                String channel = p.substring("payment.channels.".length(), p.length() - ".secret".length());
                config.getOptionalValue(p, String.class).filter(s -> !s.isBlank()).ifPresent(s -> found.put(channel, s));
            }
        }
        this.secrets = Collections.unmodifiableMap(found);
        Map<String, Mac> macs = new TreeMap<>();
        found.forEach((ch, secret) -> macs.put(ch, keyedMac(secret)));
        this.keyed = Collections.unmodifiableMap(macs);
        boolean dev = !config.getOptionalValue("app.dev-mode", String.class).orElse("true").equalsIgnoreCase("false");
        if (!dev) {
            secrets.forEach((ch, secret) -> {
                if (secret.startsWith("dev-")) {
                    throw new IllegalStateException("payment.channels." + ch + ".secret is a development secret; configure a real one or set app.dev-mode=true");
                }
            });
        }
    }

    public Set<String> names() { return secrets.keySet(); }

    public boolean exists(String channel) { return channel != null && secrets.containsKey(channel); }

    private Optional<String> secret(String channel) { return Optional.ofNullable(channel).map(secrets::get); }

    /** Lowercase hex HMAC-SHA256 of the raw body with the channel's secret. */
    public static String sign(String secret, byte[] body) {
        return HexFormat.of().formatHex(keyedMac(secret).doFinal(body));
    }

    private static Mac keyedMac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh copy of the channel's keyed MAC (a Mac is not thread-safe; the copy skips the provider lookup). */
    private Mac macOf(String channel) {
        try {
            return (Mac) keyed.get(channel).clone();
        } catch (CloneNotSupportedException e) {
            return keyedMac(secrets.get(channel));
        }
    }

    /** Whether the signature is the channel's over these exact bytes; compared in constant time. */
    public boolean verify(String channel, byte[] body, String signature) {
        if (secret(channel).isEmpty() || signature == null) return false;
        byte[] expected = HexFormat.of().formatHex(macOf(channel).doFinal(body)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
