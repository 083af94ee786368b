package cn.jumin.yibao.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.api.support.Http;
import cn.jumin.yibao.api.support.JsonMatch;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every golden scenario (policy-kb/golden/*.json) against the running server, exactly as a client calls the
 * contract: the request body as written, the response matched field by field.
 */
@HelidonTest
class GoldenScenariosTest {
    static final Path GOLDEN = Path.of("../policy-kb/golden");

    @Inject WebTarget target;

    record Case(String file, String name, String endpoint, JsonValue request, int status, JsonValue expect, String headers) {}

    static List<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonObject doc = Json.createReader(new StringReader(Files.readString(f, StandardCharsets.UTF_8))).readObject();
                JsonArray cases = doc.getJsonArray("cases");
                for (JsonValue v : cases) {
                    JsonObject c = v.asJsonObject();
                    all.add(new Case(f.getFileName().toString(), c.getString("name"), c.getString("endpoint"),
                            c.get("request") == JsonValue.NULL ? null : c.get("request"), c.getInt("status", 200), c.get("expect"),
                            c.containsKey("acceptLanguage") ? c.getString("acceptLanguage") : null));
                }
            }
        }
        return all;
    }

    @Test
    void thereAreEnoughScenariosForEveryNotice() throws IOException {
        List<Case> all = cases();
        assertTrue(all.size() >= 150, "golden scenarios: " + all.size());
        for (String doc : List.of("532301-2021", "532823-2019", "500119-2021", "340602-2020", "421321-2021")) {
            assertTrue(all.stream().filter(c -> c.file().startsWith(doc)).count() >= 20, doc + " has fewer than 20 scenarios");
        }
    }

    /** One test runs every scenario and reports every failing one, so a single run shows all regressions. */
    @Test
    void goldenScenarios() throws IOException {
        Http http = new Http(target.getUri());
        List<String> failures = new ArrayList<>();
        List<Case> all = cases();
        for (Case c : all) {
            String path = switch (c.endpoint()) {
                case "quotes" -> "/api/v1/quotes";
                case "eligibility" -> "/api/v1/eligibility";
                case "newborn-plans" -> "/api/v1/newborn-plans";
                default -> c.endpoint();
            };
            Http.Reply r = c.request() == null ? http.get(path)
                    : c.headers() == null ? http.postJson(path, c.request().toString())
                    : http.postJson(path, c.request().toString(), "Accept-Language", c.headers());
            if (r.status() != c.status()) {
                failures.add(c.file() + ": " + c.name() + "\n  status " + r.status() + ", expected " + c.status() + ": " + r.body());
                continue;
            }
            if (c.expect() != null) {
                List<String> bad = JsonMatch.mismatches(c.expect(), r.json());
                if (!bad.isEmpty()) failures.add(c.file() + ": " + c.name() + "\n  " + String.join("\n  ", bad) + "\n  response: " + r.body());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + all.size() + " golden scenarios failed:\n" + String.join("\n\n", failures));
    }
}
