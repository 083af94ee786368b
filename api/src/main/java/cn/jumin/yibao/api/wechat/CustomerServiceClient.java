package cn.jumin.yibao.api.wechat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import static cn.jumin.yibao.api.json.Jsonp.JSON;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The customer-service message API, for answers that miss the 5-second window or do not fit one reply:
 * {@code POST {base}/cgi-bin/message/custom/send?access_token=…}, the token fetched from {@code {base}/cgi-bin/token}
 * with the account's AppID and secret and cached until shortly before it expires. {@code {base}} is
 * {@code wechat.api-base-url} (default https://api.weixin.qq.com).
 */
@ApplicationScoped
public class CustomerServiceClient {
    private static final Logger LOG = Logger.getLogger(CustomerServiceClient.class.getName());
    private static final int MAX_PARTS = 5;

    private record Token(String value, Instant expires) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Config config;

    @Inject
    public CustomerServiceClient(Config config) { this.config = config; }

    private String base() {
        return config.getOptionalValue("wechat.api-base-url", String.class).orElse("https://api.weixin.qq.com").replaceAll("/+$", "");
    }

    /** Sends the parts in order (at most five, the platform's quota per user message), off the request thread. */
    public void sendLater(WeChatAccounts.Account account, String openId, List<String> parts) {
        Thread.ofVirtual().name("wechat-kf").start(() -> {
            for (String part : parts.subList(0, Math.min(parts.size(), MAX_PARTS))) {
                if (!send(account, openId, part)) return;
            }
        });
    }

    /** One text message; true when the platform accepted it. Never throws. */
    public boolean send(WeChatAccounts.Account account, String openId, String text) {
        if (account.appId() == null || account.appSecret() == null) {
            LOG.warning(() -> "account " + account.name() + " has no app-id/app-secret: cannot deliver an answer to " + masked(openId));
            return false;
        }
        String body = JSON.createObjectBuilder().add("touser", openId).add("msgtype", "text")
                .add("text", JSON.createObjectBuilder().add("content", text)).build().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                String token = token(account, attempt > 0);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/cgi-bin/message/custom/send?access_token="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
                int code = errcode(r.body());
                if (code == 0) return true;
                if (code == 40001 || code == 42001 || code == 40014) {
                    tokens.remove(account.name()); // expired or revoked: fetch a new one and try once more
                    continue;
                }
                LOG.warning(() -> "customer-service send to " + masked(openId) + " refused: errcode " + code);
                return false;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "customer-service send to " + masked(openId) + " failed: " + e);
                return false;
            }
        }
        return false;
    }

    private String token(WeChatAccounts.Account account, boolean fresh) throws Exception {
        Token t = tokens.get(account.name());
        if (!fresh && t != null && t.expires().isAfter(Instant.now())) return t.value();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/cgi-bin/token?grant_type=client_credential&appid="
                        + URLEncoder.encode(account.appId(), StandardCharsets.UTF_8) + "&secret=" + URLEncoder.encode(account.appSecret(), StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonObject o = JSON.createReader(new StringReader(r.body())).readObject();
        if (!o.containsKey("access_token")) throw new IllegalStateException("no access_token: errcode " + o.getInt("errcode", -1));
        int seconds = o.getInt("expires_in", 7200);
        Token fetched = new Token(o.getString("access_token"), Instant.now().plusSeconds(Math.max(60, seconds - 300)));
        tokens.put(account.name(), fetched);
        return fetched.value();
    }

    private static int errcode(String body) {
        try {
            return JSON.createReader(new StringReader(body)).readObject().getInt("errcode", 0);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static String masked(String openId) { return openId == null || openId.length() < 4 ? "***" : openId.substring(0, 4) + "***"; }
}
