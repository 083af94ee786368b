package cn.jumin.yibao.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.api.support.Http;
import cn.jumin.yibao.api.support.OpenApiDoc;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.client.WebTarget;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The served API and openapi/openapi.yaml must not drift: every resource method is documented, every documented
 * operation exists, and real responses validate against their documented schemas.
 */
@HelidonTest
@io.helidon.microprofile.testing.AddConfig(key = "app.today", value = "2020-10-15")
@io.helidon.microprofile.testing.AddConfig(key = "db.url", value = "jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
class OpenApiDocumentTest {
    @Inject WebTarget target;

    /** Every JAX-RS resource method in the application, and the routes served beside JAX-RS, as "METHOD /path". */
    static TreeSet<String> servedOperations() throws IOException {
        TreeSet<String> ops = new TreeSet<>(cn.jumin.yibao.api.residents.ChannelCallbacks.OPERATIONS);
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c;
                try {
                    c = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                } catch (Throwable e) {
                    continue;
                }
                Path base = c.getAnnotation(Path.class);
                if (base == null) continue;
                for (Method m : c.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) continue;
                    Path sub = m.getAnnotation(Path.class);
                    String path = join(base.value(), sub == null ? "" : sub.value());
                    ops.add(verb + " " + path);
                }
            }
        }
        return ops;
    }

    static String join(String a, String b) {
        String p = ("/" + a + "/" + b).replaceAll("/+", "/");
        p = p.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Test
    void everyResourceMethodIsDocumentedAndEveryDocumentedOperationIsServed() throws IOException {
        OpenApiDoc doc = new OpenApiDoc();
        TreeSet<String> served = servedOperations();
        assertTrue(served.size() >= 6, "found " + served);
        List<String> undocumented = served.stream().filter(op -> {
            String[] p = op.split(" ", 2);
            return !doc.has(p[1], p[0]);
        }).toList();
        assertTrue(undocumented.isEmpty(), "resource methods missing from openapi/openapi.yaml: " + undocumented);

        List<String> documented = new ArrayList<>();
        Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> paths = doc.root().path("paths").fields();
        while (paths.hasNext()) {
            var e = paths.next();
            e.getValue().fieldNames().forEachRemaining(verb -> {
                if (List.of("get", "post", "put", "delete", "patch").contains(verb)) documented.add(verb.toUpperCase() + " " + e.getKey());
            });
        }
        List<String> unserved = documented.stream().filter(op -> !served.contains(op)).toList();
        assertTrue(unserved.isEmpty(), "documented but not served: " + unserved);
    }

    @Test
    void theDocumentIsServedAtOpenapi() throws IOException {
        Http.Reply r = new Http(target.getUri()).get("/openapi");
        assertEquals(200, r.status());
        assertEquals(Files.readString(OpenApiDoc.FILE), r.body());
    }

    record Sample(String method, String path, String docPath, String body, int status, String mediaType) {}

    @Test
    void responsesValidateAgainstTheirSchemas() throws IOException {
        OpenApiDoc doc = new OpenApiDoc();
        Http http = new Http(target.getUri());
        String json = "application/json";
        String problem = "application/problem+json";
        List<Sample> samples = List.of(
                new Sample("GET", "/api/v1/regions", "/api/v1/regions", null, 200, json),
                new Sample("GET", "/api/v1/regions/532301/policies/2021", "/api/v1/regions/{region}/policies/{year}", null, 200, json),
                new Sample("GET", "/api/v1/regions/500119/policies/2021", "/api/v1/regions/{region}/policies/{year}", null, 200, json),
                new Sample("GET", "/api/v1/regions/421321/policies/2021", "/api/v1/regions/{region}/policies/{year}", null, 200, json),
                new Sample("GET", "/api/v1/regions/421321/policies/1999", "/api/v1/regions/{region}/policies/{year}", null, 404, problem),
                new Sample("POST", "/api/v1/quotes", "/api/v1/quotes",
                        "{\"region\":\"500119\",\"year\":2021,\"paymentDate\":\"2021-08-01\",\"members\":[{\"ref\":\"a\",\"tier\":2,\"specialGroups\":[\"MINIMUM_LIVING\"]},{\"ref\":\"b\",\"student\":\"COLLEGE\"}]}", 200, json),
                new Sample("POST", "/api/v1/quotes", "/api/v1/quotes",
                        "{\"region\":\"532301\",\"year\":2021,\"paymentDate\":\"2020-10-01\",\"members\":[{\"ref\":\"a\",\"specialGroups\":[\"MINIMUM_LIVING\",\"ORPHAN\"]}]}", 200, json),
                new Sample("POST", "/api/v1/quotes", "/api/v1/quotes", "{\"region\":\"532301\",\"year\":\"x\",\"members\":[]}", 400, problem),
                new Sample("POST", "/api/v1/eligibility", "/api/v1/eligibility",
                        "{\"region\":\"532823\",\"year\":2019,\"person\":{\"hukouRegion\":\"530102\",\"residencePermit\":true}}", 200, json),
                new Sample("POST", "/api/v1/eligibility", "/api/v1/eligibility", "{\"region\":\"532823\"}", 400, problem),
                new Sample("POST", "/api/v1/newborn-plans", "/api/v1/newborn-plans",
                        "{\"region\":\"421321\",\"birthDate\":\"2021-05-01\",\"parentsInsured\":{\"father\":true,\"mother\":false}}", 200, json),
                new Sample("POST", "/api/v1/newborn-plans", "/api/v1/newborn-plans",
                        "{\"region\":\"532301\",\"birthDate\":\"2021-05-01\",\"hukouRegisteredDate\":\"2021-05-20\",\"parentsInsured\":{\"father\":true,\"mother\":true}}", 200, json));
        List<String> failures = new ArrayList<>();
        for (Sample s : samples) {
            Http.Reply r = s.body == null ? http.get(s.path) : http.postJson(s.path, s.body);
            if (r.status() != s.status) { failures.add(s.method + " " + s.path + ": status " + r.status() + " " + r.body()); continue; }
            assertTrue(r.contentType().startsWith(s.mediaType), s.path + " content type " + r.contentType());
            List<String> problems = doc.validate(s.docPath, s.method, s.status, s.mediaType, r.body());
            if (!problems.isEmpty()) failures.add(s.method + " " + s.path + " " + s.status + ": " + problems);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void residentOfficerAndChannelResponsesValidate() throws IOException {
        OpenApiDoc doc = new OpenApiDoc();
        Http http = new Http(target.getUri());
        String me = cn.jumin.yibao.api.support.Ids.next("532301");
        String mother = cn.jumin.yibao.api.support.Ids.next("532301", "19550101");
        String resident = "Bearer " + cn.jumin.yibao.api.support.Tokens.resident(me);
        String officer = "Bearer " + cn.jumin.yibao.api.support.Tokens.officer("cx", "532301");
        List<String> failures = new ArrayList<>();
        java.util.function.BiConsumer<String, Object[]> check = (label, x) -> {
            Http.Reply r = (Http.Reply) x[0];
            try {
                List<String> p = doc.validate((String) x[1], (String) x[2], r.status(), r.contentType().split(";")[0], r.body());
                if (!p.isEmpty()) failures.add(label + " " + r.status() + ": " + p + " " + r.body());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        Http.Reply csv = http.send("POST", "/api/v1/admin/special-group-lists?region=532301&year=2021", "text/csv",
                "idNumber,name,group,validFrom,validTo\n" + mother + ",赵母,低保对象,,\nbad,row,x,,\n", "Authorization", officer);
        check.accept("import", new Object[] {csv, "/api/v1/admin/special-group-lists", "POST"});
        check.accept("add family", new Object[] {http.postJson("/api/v1/me/family", "{\"idNumber\":\"" + mother + "\",\"name\":\"赵母\",\"relation\":\"父母\"}",
                "Authorization", resident), "/api/v1/me/family", "POST"});
        check.accept("family", new Object[] {http.get("/api/v1/me/family", "Authorization", resident), "/api/v1/me/family", "GET"});
        Http.Reply order = http.postJson("/api/v1/payment-orders", "{\"region\":\"532301\",\"year\":2021,\"channel\":\"alipay\",\"payees\":["
                + "{\"idNumber\":\"" + me + "\",\"name\":\"赵一\"},{\"idNumber\":\"" + mother + "\",\"name\":\"赵母\"}]}",
                "Authorization", resident, "Idempotency-Key", java.util.UUID.randomUUID().toString());
        check.accept("order", new Object[] {order, "/api/v1/payment-orders", "POST"});
        String id = order.object().getString("id");
        check.accept("get order", new Object[] {http.get("/api/v1/payment-orders/" + id, "Authorization", resident), "/api/v1/payment-orders/{id}", "GET"});
        check.accept("my orders", new Object[] {http.get("/api/v1/me/payment-orders", "Authorization", resident), "/api/v1/me/payment-orders", "GET"});
        String body = "{\"orderId\":\"" + id + "\",\"channelTransactionId\":\"t-" + id + "\",\"amount\":440,\"status\":\"SUCCESS\"}";
        check.accept("notification", new Object[] {http.postJson("/api/v1/payment-orders/" + id + "/notifications", body, "X-Signature",
                cn.jumin.yibao.api.residents.PaymentChannels.sign("test-alipay-secret-91c2", body.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "/api/v1/payment-orders/{id}/notifications", "POST"});
        check.accept("coverage", new Object[] {http.get("/api/v1/persons/" + mother + "/coverage?region=532301", "Authorization", resident),
                "/api/v1/persons/{idNumber}/coverage", "GET"});
        check.accept("reconciliation", new Object[] {http.get("/api/v1/admin/reconciliation?region=532301&date=2020-10-15", "Authorization", officer),
                "/api/v1/admin/reconciliation", "GET"});
        check.accept("401", new Object[] {http.get("/api/v1/me/family"), "/api/v1/me/family", "GET"});
        check.accept("403", new Object[] {http.get("/api/v1/me/family", "Authorization", officer), "/api/v1/me/family", "GET"});
        check.accept("chat", new Object[] {http.postJson("/api/v1/chat", "{\"userId\":\"u1\",\"message\":\"楚雄低保户交多少\"}"), "/api/v1/chat", "POST"});
        check.accept("kb", new Object[] {http.get("/api/v1/kb/search?q=%E6%96%B0%E7%94%9F%E5%84%BF&region=532823"), "/api/v1/kb/search", "GET"});
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theValidatorCatchesAResponseThatBreaksItsSchema() throws IOException {
        OpenApiDoc doc = new OpenApiDoc();
        List<String> problems = doc.validate("/api/v1/quotes", "POST", 200, "application/json",
                "{\"region\":\"532301\",\"year\":\"2021\",\"members\":[]}");
        assertTrue(problems.size() >= 2, "expected schema violations, got " + problems);
    }
}
