package cn.jumin.yibao.api.support;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client against the test server (loopback only), so tests see exactly what clients see. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Http(URI base) {
        String host = base.getHost();
        if (!host.equals("localhost") && !host.equals("127.0.0.1")) throw new IllegalArgumentException("loopback only: " + base);
        this.base = base;
    }

    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {
        public JsonValue json() { return Json.createReader(new StringReader(body)).readValue(); }
        public jakarta.json.JsonObject object() { return json().asJsonObject(); }
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
        public String contentType() { return header("content-type"); }
    }

    public Reply get(String path, String... headers) { return send("GET", path, null, null, headers); }

    public Reply postJson(String path, String json, String... headers) {
        return send("POST", path, "application/json", json, headers);
    }

    public Reply send(String method, String path, String contentType, String body, String... headers) {
        return sendBytes(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public Reply sendBytes(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        if (contentType != null) b.header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    public URI base() { return base; }
}
