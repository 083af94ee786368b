package cn.jumin.yibao.api.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * The payment channels the service takes callbacks from: {@code payment.channels.{channel}.secret} each.
 * The shipped development secrets start with "dev-" and are refused when {@code app.dev-mode=false}.
 */
@ApplicationScoped
public class PaymentChannels {
    private final Config config;

    @Inject
    public PaymentChannels(Config config) {
        this.config = config;
        boolean dev = !config.getOptionalValue("app.dev-mode", String.class).orElse("true").equalsIgnoreCase("false");
        if (!dev) {
            for (String ch : names()) {
                if (secret(ch).orElse("").startsWith("dev-")) {
                    throw new IllegalStateException("payment.channels." + ch + ".secret is a development secret; configure a real one or set app.dev-mode=true");
                }
            }
        }
    }

    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String p : config.getPropertyNames()) {
            if (p.startsWith("payment.channels.") && p.endsWith(".secret")) {
                names.add(p.substring("payment.channels.".length(), p.length() - ".secret".length()));
            }
        }
        return names;
    }

    public boolean exists(String channel) { return channel != null && channel.matches("[A-Za-z0-9_-]{1,32}") && secret(channel).isPresent(); }

    private Optional<String> secret(String channel) {
        return config.getOptionalValue("payment.channels." + channel + ".secret", String.class).filter(s -> !s.isBlank());
    }

    /** Lowercase hex HMAC-SHA256 of the raw body with the channel's secret. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is the channel's over these exact bytes; compared in constant time. */
    public boolean verify(String channel, byte[] body, String signature) {
        Optional<String> secret = secret(channel);
        if (secret.isEmpty() || signature == null) return false;
        byte[] expected = sign(secret.get(), body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
