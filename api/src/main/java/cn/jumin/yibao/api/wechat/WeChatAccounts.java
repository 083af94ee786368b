package cn.jumin.yibao.api.wechat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Official Accounts configured through MicroProfile Config (so -D and environment variables override them):
 * {@code wechat.accounts.{account}.token | encoding-aes-key | app-id | app-secret}. Several at once.
 */
@ApplicationScoped
public class WeChatAccounts {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** One account's settings; {@code aesKey} and {@code appSecret} may be absent (plaintext only, no customer-service API). */
    public record Account(String name, String token, String aesKey, String appId, String appSecret) {
        public boolean canDecrypt() { return aesKey != null && appId != null; }
    }

    private final Config config;

    @Inject
    public WeChatAccounts(Config config) { this.config = config; }

    public Optional<Account> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) return Optional.empty();
        String prefix = "wechat.accounts." + name + ".";
        Optional<String> token = value(prefix + "token");
        return token.map(t -> new Account(name, t, value(prefix + "encoding-aes-key").orElse(null),
                value(prefix + "app-id").orElse(null), value(prefix + "app-secret").orElse(null)));
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
