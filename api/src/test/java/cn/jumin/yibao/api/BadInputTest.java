package cn.jumin.yibao.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.api.support.Http;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a problem naming the field, in Chinese by default and English on request; never a 500 or HTML. */
@HelidonTest
class BadInputTest {
    @Inject WebTarget target;
    Http http;

    @BeforeEach
    void client() { http = new Http(target.getUri()); }

    private JsonObject problem(Http.Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonObject p = r.object();
        assertEquals(status, p.getInt("status"));
        for (String k : List.of("type", "title", "detail")) assertTrue(p.containsKey(k), k + " missing: " + p);
        assertFalse(r.body().contains("Exception") || r.body().contains("<html"), r.body());
        return p;
    }

    private List<String> fields(JsonObject p) {
        return p.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    @Test
    void wrongTypesAndBadDatesNameEveryField() {
        JsonObject p = problem(http.postJson("/api/v1/quotes",
                "{\"region\":532301,\"year\":\"2021\",\"paymentDate\":\"2021/02/01\",\"members\":[{\"ref\":\"a\",\"birthDate\":\"2021-02-30\",\"tier\":\"一档\",\"specialGroups\":\"MINIMUM_LIVING\"}]}"), 400);
        assertEquals(List.of("region", "year", "paymentDate", "members[0].birthDate", "members[0].tier", "members[0].specialGroups"), fields(p));
        assertTrue(p.getString("detail").contains("处输入需要修改"), p.toString());
        assertTrue(p.getJsonArray("errors").getJsonObject(1).getString("message").contains("整数"));
    }

    @Test
    void wrongIdCheckDigitIsNamed() {
        // 11010519491231002X is a valid number; changing its check character breaks GB 11643
        JsonObject ok = http.postJson("/api/v1/quotes", "{\"region\":\"532301\",\"year\":2021,\"paymentDate\":\"2020-10-01\",\"members\":[{\"ref\":\"a\",\"idNumber\":\"11010519491231002x\"}]}").object();
        assertEquals(280, ok.getJsonArray("members").getJsonObject(0).getInt("personalContribution"));
        JsonObject p = problem(http.postJson("/api/v1/quotes",
                "{\"region\":\"532301\",\"year\":2021,\"paymentDate\":\"2020-10-01\",\"members\":[{\"ref\":\"a\",\"idNumber\":\"110105194912310021\"}]}"), 400);
        assertEquals(List.of("members[0].idNumber"), fields(p));
        assertTrue(p.getJsonArray("errors").getJsonObject(0).getString("message").contains("校验位"));
    }

    @Test
    void unknownGroupTierRegionAndYear() {
        JsonObject p = problem(http.postJson("/api/v1/quotes",
                "{\"region\":\"532301\",\"year\":2021,\"paymentDate\":\"2020-10-01\",\"members\":[{\"ref\":\"a\",\"tier\":2,\"specialGroups\":[\"低保对象\",\"VIP\"]}]}"), 400);
        assertEquals(List.of("members[0].specialGroups[1]"), fields(p));
        p = problem(http.postJson("/api/v1/quotes",
                "{\"region\":\"532301\",\"year\":2021,\"paymentDate\":\"2020-10-01\",\"members\":[{\"ref\":\"a\",\"tier\":2}]}"), 400);
        assertEquals(List.of("members[0].tier"), fields(p));
        p = problem(http.postJson("/api/v1/quotes", "{\"region\":\"北京\",\"year\":2021,\"members\":[{\"ref\":\"a\"}]}"), 400);
        assertEquals(List.of("region"), fields(p));
        p = problem(http.postJson("/api/v1/quotes", "{\"region\":\"南川\",\"year\":2025,\"members\":[{\"ref\":\"a\"}]}"), 400);
        assertEquals(List.of("year"), fields(p));
        assertTrue(p.getJsonArray("errors").getJsonObject(0).getString("message").contains("2021"));
    }

    @Test
    void emptyAndHugeHouseholds() {
        JsonObject p = problem(http.postJson("/api/v1/quotes", "{\"region\":\"532301\",\"year\":2021,\"members\":[]}"), 400);
        assertEquals(List.of("members"), fields(p));
        StringBuilder b = new StringBuilder("{\"region\":\"532301\",\"year\":2021,\"members\":[");
        for (int i = 0; i < 1000; i++) b.append(i == 0 ? "" : ",").append("{\"ref\":\"m").append(i).append("\"}");
        p = problem(http.postJson("/api/v1/quotes", b.append("]}").toString()), 400);
        assertEquals(List.of("members"), fields(p));
        StringBuilder big = new StringBuilder("{\"region\":\"532301\",\"year\":2021,\"members\":[");
        for (int i = 0; i < 5000; i++) big.append(i == 0 ? "" : ",").append("{\"ref\":\"member-number-").append(i).append("\"}");
        problem(http.postJson("/api/v1/quotes", big.append("]}").toString()), 413);
    }

    @Test
    void malformedJsonEmptyBodyAndWrongContentType() {
        problem(http.postJson("/api/v1/quotes", "{\"region\": \"532301\", "), 400);
        problem(http.postJson("/api/v1/quotes", ""), 400);
        problem(http.postJson("/api/v1/quotes", "[1,2]"), 400);
        problem(http.send("POST", "/api/v1/quotes", "text/plain", "{}"), 415);
        problem(http.send("POST", "/api/v1/quotes", "application/x-www-form-urlencoded", "region=532301"), 415);
        problem(http.get("/api/v1/quotes"), 405);
    }

    @Test
    void englishOnRequest() {
        JsonObject p = problem(http.postJson("/api/v1/quotes", "{\"region\":\"532301\",\"year\":2021,\"members\":[]}",
                "Accept-Language", "en-US,en;q=0.9"), 400);
        assertEquals("Invalid input", p.getString("title"));
        assertTrue(p.getJsonArray("errors").getJsonObject(0).getString("message").startsWith("At least one"));
        p = problem(http.get("/api/v1/nowhere", "Accept-Language", "en"), 404);
        assertTrue(p.getString("detail").contains("/api/v1/nowhere"));
    }

    @Test
    void unknownPathsAndNoticesAre404Problems() {
        problem(http.get("/api/v1/nowhere"), 404);
        problem(http.get("/api/v1/regions/999999/policies/2021"), 404);
        problem(http.get("/api/v1/regions/532301/policies/abc"), 404);
        assertEquals(200, http.get("/health").status());
        assertEquals(200, http.get("/metrics").status());
    }

    @Test
    void newbornAndEligibilityInputs() {
        JsonObject p = problem(http.postJson("/api/v1/newborn-plans",
                "{\"region\":\"532823\",\"birthDate\":\"2019-03-10\",\"plannedPaymentDate\":\"2019-03-01\",\"parentsInsured\":{\"father\":\"yes\"}}"), 400);
        assertEquals(List.of("parentsInsured.father", "parentsInsured.mother", "plannedPaymentDate"), fields(p));
        p = problem(http.postJson("/api/v1/eligibility", "{\"region\":\"532823\",\"year\":2019,\"person\":{\"identity\":\"MARTIAN\",\"employeeInsured\":1}}"), 400);
        assertEquals(List.of("person.identity", "person.employeeInsured"), fields(p));
    }
}
