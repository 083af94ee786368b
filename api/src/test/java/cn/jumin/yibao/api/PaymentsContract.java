package cn.jumin.yibao.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.api.db.Database;
import cn.jumin.yibao.api.residents.PaymentChannels;
import cn.jumin.yibao.api.support.Http;
import cn.jumin.yibao.api.support.Ids;
import cn.jumin.yibao.api.support.Tokens;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The residents' contract: family lists, payment orders, channel notifications, coverage, officers' imports and
 * reconciliation, access rules and token attacks. Run against H2 and PostgreSQL by the subclasses.
 * Today is pinned to 2020-10-15 (楚雄's and 随县's central periods are open; 勐腊's 2019 ones are closed).
 */
abstract class PaymentsContract {
    static final String CX = "532301";
    static final String WECHAT_SECRET = "test-wechat-secret-7f3a";

    @Inject WebTarget target;
    @Inject Database database;
    Http http;

    @BeforeEach
    void client() { http = new Http(target.getUri()); }

    // ---- helpers -------------------------------------------------------------------------------------------

    Http.Reply post(String path, String token, String json, String... headers) {
        List<String> h = new ArrayList<>(List.of(headers));
        if (token != null) { h.add("Authorization"); h.add("Bearer " + token); }
        return http.postJson(path, json, h.toArray(String[]::new));
    }

    Http.Reply get(String path, String token) {
        return token == null ? http.get(path) : http.get(path, "Authorization", "Bearer " + token);
    }

    static String order(String region, int year, String channel, String... idAndName) {
        StringBuilder b = new StringBuilder("{\"region\":\"" + region + "\",\"year\":" + year + ",\"channel\":\"" + channel + "\",\"payees\":[");
        for (int i = 0; i < idAndName.length; i += 2) {
            b.append(i == 0 ? "" : ",").append("{\"idNumber\":\"").append(idAndName[i]).append("\",\"name\":\"").append(idAndName[i + 1]).append("\"}");
        }
        return b.append("]}").toString();
    }

    Http.Reply place(String token, String key, String body) {
        return post("/api/v1/payment-orders", token, body, "Idempotency-Key", key);
    }

    Http.Reply notify(String orderId, String tx, Object amount, String status, String secret) {
        String body = "{\"orderId\":\"" + orderId + "\",\"channelTransactionId\":\"" + tx + "\",\"amount\":" + amount
                + ",\"paidAt\":\"2020-10-15T10:00:00+08:00\",\"status\":\"" + status + "\"}";
        return http.postJson("/api/v1/payment-orders/" + orderId + "/notifications", body,
                "X-Signature", PaymentChannels.sign(secret, body.getBytes(StandardCharsets.UTF_8)));
    }

    Http.Reply importList(String officerToken, String region, int year, byte[] csv, String contentType) {
        return http.sendBytes("POST", "/api/v1/admin/special-group-lists?region=" + region + "&year=" + year, contentType, csv,
                "Authorization", "Bearer " + officerToken);
    }

    JsonObject coverage(String token, String id, String region) {
        Http.Reply r = get("/api/v1/persons/" + id + "/coverage?region=" + region + "&year=" + (region.equals("532823") ? 2019 : 2021), token);
        assertEquals(200, r.status(), r.body());
        return r.object();
    }

    long count(String sql) throws Exception {
        try (var c = database.dataSource().getConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        }
    }

    static String key() { return UUID.randomUUID().toString(); }

    // ---- the happy path ----------------------------------------------------------------------------------------

    @Test
    void aResidentPaysForTheirFamilyWithSubsidiesFromTheImportedList() throws Exception {
        String me = Ids.next(CX, "19800315");
        String grandma = Ids.next(CX, "19520101");
        String child = Ids.next(CX, "20120901");
        String officer = Tokens.officer("cx-01", CX);
        String csv = "idNumber,name,group,validFrom,validTo\n" + grandma + ",王桂兰,低保对象,2020-01-01,2021-12-31\n";
        JsonObject imported = importList(officer, CX, 2021, csv.getBytes(StandardCharsets.UTF_8), "text/csv").object();
        assertEquals(1, imported.getInt("imported"));

        String token = Tokens.resident(me);
        assertEquals(201, post("/api/v1/me/family", token, "{\"idNumber\":\"" + grandma + "\",\"name\":\"王桂兰\",\"relation\":\"父母\"}").status());
        assertEquals(201, post("/api/v1/me/family", token, "{\"idNumber\":\"" + child + "\",\"name\":\"张子涵\",\"relation\":\"子女\"}").status());

        // the payer cannot claim a subsidy: extra fields are ignored, subsidies come from the list only
        String body = order(CX, 2021, "wechat-pay", me, "张建国", grandma, "王桂兰", child, "张子涵")
                .replace("\"name\":\"张建国\"", "\"name\":\"张建国\",\"specialGroups\":[\"EXTREME_POVERTY\"]");
        Http.Reply r = place(token, key(), body);
        assertEquals(201, r.status(), r.body());
        JsonObject o = r.object();
        assertEquals("PENDING", o.getString("status"));
        assertEquals(280 + 160 + 280, o.getJsonNumber("totalAmount").intValue());
        JsonObject g = o.getJsonArray("items").getJsonObject(1);
        assertEquals(120, g.getJsonNumber("subsidy").intValue());
        assertEquals("MINIMUM_LIVING", g.getString("appliedGroup"));
        assertEquals(cn.jumin.yibao.policy.id.ResidentId.mask(grandma), g.getString("idNumber"));
        assertEquals("王**", g.getString("name"));
        assertFalse(r.body().contains(grandma) || r.body().contains(me), "unmasked ID in " + r.body());
        assertEquals("PENDING", coverage(token, grandma, CX).getString("status"));

        String id = o.getString("id");
        Http.Reply paid = notify(id, "wx-" + id, 720, "SUCCESS", WECHAT_SECRET);
        assertEquals(200, paid.status(), paid.body());
        assertEquals("PAID", paid.object().getString("status"));
        for (String who : List.of(me, grandma, child)) {
            JsonObject cov = coverage(token, who, CX);
            assertEquals("PAID", cov.getString("status"), cov.toString());
            assertTrue(cov.getString("paidBy").contains("**********"), cov.toString());
        }
        assertEquals(160, coverage(token, grandma, CX).getJsonNumber("amountPaid").intValue());

        JsonObject mine = get("/api/v1/me/payment-orders", token).object();
        assertTrue(mine.getJsonArray("orders").stream().anyMatch(x -> x.asJsonObject().getString("id").equals(id)));
        JsonObject rec = get("/api/v1/admin/reconciliation?region=" + CX + "&date=2020-10-15", officer).object();
        assertTrue(rec.getJsonObject("total").getJsonNumber("amount").intValue() >= 720, rec.toString());
        assertTrue(rec.getJsonArray("channels").stream().anyMatch(x -> x.asJsonObject().getString("channel").equals("wechat-pay")));
        assertTrue(count("select count(*) from audit_log where action = 'PAY' and subject = 'order:" + id + "'") == 1);
        assertEquals(0, count("select count(*) from audit_log where subject like '%" + grandma + "%' or detail like '%" + grandma + "%'"));
    }

    // ---- idempotency and refusals --------------------------------------------------------------------------------

    @Test
    void theSameKeyReturnsTheSameOrderAndADifferentBodyIsAConflict() {
        String me = Ids.next(CX);
        String token = Tokens.resident(me);
        String k = key();
        Http.Reply first = place(token, k, order(CX, 2021, "alipay", me, "赵六"));
        assertEquals(201, first.status(), first.body());
        Http.Reply again = place(token, k, order(CX, 2021, "alipay", me, "赵六"));
        assertEquals(200, again.status());
        assertEquals(first.object().getString("id"), again.object().getString("id"));
        assertEquals(409, place(token, k, order(CX, 2021, "wechat-pay", me, "赵六")).status());
        Http.Reply noKey = post("/api/v1/payment-orders", token, order(CX, 2021, "alipay", me, "赵六"));
        assertEquals(400, noKey.status());
        assertTrue(noKey.body().contains("Idempotency-Key"), noKey.body());
    }

    @Test
    void aKnownPayeeWithAnotherNameIs422AndNothingIsCreated() throws Exception {
        String me = Ids.next(CX);
        String token = Tokens.resident(me);
        assertEquals(201, place(token, key(), order(CX, 2021, "alipay", me, "钱七")).status());
        long orders = count("select count(*) from payment_order");
        String newcomer = Ids.next(CX);
        Http.Reply r = place(token, key(), order(CX, 2021, "alipay", newcomer, "新人", me, "钱八"));
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("payees[1].name"), r.body());
        assertEquals(orders, count("select count(*) from payment_order"));
        assertEquals(0, count("select count(*) from person where id_number = '" + newcomer + "'"), "a refused order registers nobody");
    }

    @Test
    void aPayeeWhoAlreadyPaidOrWhoseWindowIsClosedStopsTheOrder() {
        String me = Ids.next(CX);
        String token = Tokens.resident(me);
        Http.Reply o = place(token, key(), order(CX, 2021, "alipay", me, "孙九"));
        String id = o.object().getString("id");
        assertEquals(200, notify(id, "ali-" + id, 280, "SUCCESS", "test-alipay-secret-91c2").status());
        Http.Reply again = place(token, key(), order(CX, 2021, "alipay", me, "孙九"));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("payees[0].idNumber"), again.body());

        String ml = Ids.next("532823");
        Http.Reply closed = place(Tokens.resident(ml), key(), order("532823", 2019, "alipay", ml, "岩温"));
        assertEquals(422, closed.status(), closed.body());
        assertTrue(closed.body().contains("今天不能为此人缴费"), closed.body());
    }

    @Test
    void anUnstatedAmountIsNeverInvented() {
        String dj = Ids.next("340602");
        String officer = Tokens.officer("dj-01", "340602");
        importList(officer, "340602", 2020, ("idNumber,name,group,validFrom,validTo\n" + dj + ",周优抚,重点优抚对象,,\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        // 杜集's window (2020-09-01..12-31) is open today; 重点优抚对象's subsidy is 按有关文件规定执行
        Http.Reply r = place(Tokens.resident(dj), key(), order("340602", 2020, "alipay", dj, "周优抚"));
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("通知未写明"), r.body());
    }

    // ---- notifications -------------------------------------------------------------------------------------------

    @Test
    void notificationsAreVerifiedAndAppliedOnce() throws Exception {
        String me = Ids.next(CX);
        String token = Tokens.resident(me);
        String id = place(token, key(), order(CX, 2021, "wechat-pay", me, "吴十")).object().getString("id");
        assertEquals(401, notify(id, "tx-a-" + id, 280, "SUCCESS", "not-the-secret").status());
        assertEquals("PENDING", coverage(token, me, CX).getString("status"));
        Http.Reply wrongAmount = notify(id, "tx-a-" + id, 279.99, "SUCCESS", WECHAT_SECRET);
        assertEquals(409, wrongAmount.status(), wrongAmount.body());
        String other = place(Tokens.resident(Ids.next(CX)), key(), order(CX, 2021, "wechat-pay", Ids.next(CX), "郑一")).object().getString("id");
        String body = "{\"orderId\":\"" + other + "\",\"channelTransactionId\":\"tx-x\",\"amount\":280,\"status\":\"SUCCESS\"}";
        Http.Reply mismatch = http.postJson("/api/v1/payment-orders/" + id + "/notifications", body,
                "X-Signature", PaymentChannels.sign(WECHAT_SECRET, body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(409, mismatch.status(), mismatch.body());
        assertEquals("PENDING", coverage(token, me, CX).getString("status"));

        assertEquals(200, notify(id, "tx-a-" + id, 280, "SUCCESS", WECHAT_SECRET).status());
        Http.Reply replay = notify(id, "tx-a-" + id, 280, "SUCCESS", WECHAT_SECRET);
        assertEquals(200, replay.status());
        assertEquals("PAID", replay.object().getString("status"));
        assertEquals(409, notify(id, "tx-b-" + id, 280, "SUCCESS", WECHAT_SECRET).status(), "a second transaction cannot pay again");
        assertEquals(1, count("select count(*) from channel_notification where order_id = '" + id + "'"));
        assertEquals(1, count("select count(*) from coverage where order_id = '" + id + "' and status = 'PAID' and amount_paid = 280"));
        assertEquals(1, count("select count(*) from payment_order where id = '" + id + "' and status = 'PAID' "
                + "and payment_date is not null and paid_at is not null and channel_transaction_id = 'tx-a-" + id + "'"));
        assertEquals(1, count("select count(*) from audit_log where action = 'PAY' and subject = 'order:" + id + "'"));

        // a transaction id already used for one order cannot pay another
        String third = place(token, key(), order(CX, 2021, "wechat-pay", Ids.next(CX), "王五")).object().getString("id");
        assertEquals(409, notify(third, "tx-a-" + id, 280, "SUCCESS", WECHAT_SECRET).status());
        assertEquals(1, count("select count(*) from payment_order where id = '" + third + "' and status = 'PENDING'"));
        assertEquals(0, count("select count(*) from coverage where order_id = '" + third + "'"));
        assertEquals(0, count("select count(*) from audit_log where action = 'PAY' and subject = 'order:" + third + "'"));
    }

    @Test
    void aCallbackThatCannotBeReadIsAProblemAndChangesNothing() throws Exception {
        String me = Ids.next(CX);
        String id = place(Tokens.resident(me), key(), order(CX, 2021, "wechat-pay", me, "蒋六")).object().getString("id");
        String path = "/api/v1/payment-orders/" + id + "/notifications";
        String good = "{\"orderId\":\"" + id + "\",\"channelTransactionId\":\"e-" + id + "\",\"amount\":280,\"status\":\"SUCCESS\"}";
        String signature = PaymentChannels.sign(WECHAT_SECRET, good.getBytes(StandardCharsets.UTF_8));

        Http.Reply text = http.send("POST", path, "text/plain", good, "X-Signature", signature);
        assertEquals(415, text.status(), text.body());
        assertTrue(text.contentType().startsWith("application/problem+json"), text.contentType());
        Http.Reply get = http.send("GET", path, null, null);
        assertEquals(405, get.status(), get.body());
        assertEquals("POST", get.header("allow"));
        assertTrue(get.contentType().startsWith("application/problem+json"), get.contentType());

        // unsigned junk learns only "bad signature"; signed junk is told what is wrong, in English when asked
        String junk = "{\"orderId\":";
        Http.Reply unsigned = http.postJson(path, junk, "X-Signature", "00");
        assertEquals(401, unsigned.status(), unsigned.body());
        assertTrue(unsigned.body().contains("签名"), unsigned.body());
        Http.Reply signed = http.postJson(path, junk, "X-Signature", PaymentChannels.sign(WECHAT_SECRET, junk.getBytes(StandardCharsets.UTF_8)),
                "Accept-Language", "en");
        assertEquals(400, signed.status(), signed.body());
        assertEquals("/problems/malformed-json", signed.object().getString("type"));
        String noAmount = "{\"orderId\":\"" + id + "\",\"channelTransactionId\":\"e-" + id + "\",\"status\":\"SUCCESS\"}";
        Http.Reply missing = http.postJson(path, noAmount, "X-Signature", PaymentChannels.sign(WECHAT_SECRET, noAmount.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, missing.status(), missing.body());
        assertEquals("amount", missing.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply big = http.postJson(path, "{\"pad\":\"" + "x".repeat(70_000) + "\"}", "X-Signature", "00");
        assertEquals(413, big.status(), big.body());
        Http.Reply unknown = http.postJson("/api/v1/payment-orders/no-such-order/notifications", good, "X-Signature", signature);
        assertEquals(404, unknown.status(), unknown.body());

        assertEquals(0, count("select count(*) from channel_notification where order_id = '" + id + "'"));
        assertEquals(1, count("select count(*) from payment_order where id = '" + id + "' and status = 'PENDING'"));
        assertEquals(200, http.postJson(path, good, "X-Signature", signature).status());
    }

    @Test
    void aFailedPaymentReleasesThePayee() {
        String me = Ids.next(CX);
        String token = Tokens.resident(me);
        String id = place(token, key(), order(CX, 2021, "alipay", me, "冯二")).object().getString("id");
        assertEquals(409, place(token, key(), order(CX, 2021, "alipay", me, "冯二")).status(), "held by the pending order");
        Http.Reply failed = notify(id, "f-" + id, 280, "FAILED", "test-alipay-secret-91c2");
        assertEquals("FAILED", failed.object().getString("status"));
        assertEquals("UNPAID", coverage(token, me, CX).getString("status"));
        assertEquals(201, place(token, key(), order(CX, 2021, "alipay", me, "冯二")).status());
    }

    @Test
    void concurrentOrdersForOnePersonCannotBothBeMade() throws Exception {
        String payee = Ids.next(CX);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String payer = Ids.next(CX);
                results.add(pool.submit(() -> place(Tokens.resident(payer), key(), order(CX, 2021, "alipay", payer, "付款人", payee, "陈三")).status()));
            }
            int created = 0;
            for (Future<Integer> f : results) {
                int s = f.get(60, TimeUnit.SECONDS);
                if (s == 201) created++; else assertEquals(409, s);
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentReplaysCreditOnce() throws Exception {
        String me = Ids.next(CX);
        String id = place(Tokens.resident(me), key(), order(CX, 2021, "wechat-pay", me, "褚四")).object().getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) calls.add(() -> notify(id, "same-" + id, 280, "SUCCESS", WECHAT_SECRET).status());
            for (Future<Integer> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) assertEquals(200, f.get());
            List<Callable<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                others.add(() -> notify(id, "other-" + n + "-" + id, 280, "SUCCESS", WECHAT_SECRET).status());
            }
            for (Future<Integer> f : pool.invokeAll(others, 60, TimeUnit.SECONDS)) assertEquals(409, f.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from channel_notification where order_id = '" + id + "'"));
        assertEquals(1, count("select count(*) from coverage where order_id = '" + id + "'"));
    }

    // ---- who may see what ------------------------------------------------------------------------------------------

    @Test
    void nobodySeesAnotherCallersDataAndNothingLeaks() {
        String alice = Ids.next(CX);
        String alicesMother = Ids.next(CX, "19550505");
        String bob = Ids.next(CX);
        String a = Tokens.resident(alice);
        String b = Tokens.resident(bob);
        post("/api/v1/me/family", a, "{\"idNumber\":\"" + alicesMother + "\",\"name\":\"卫母\",\"relation\":\"父母\"}");
        String id = place(a, key(), order(CX, 2021, "alipay", alice, "卫一", alicesMother, "卫母")).object().getString("id");

        Http.Reply foreign = get("/api/v1/payment-orders/" + id, b);
        assertEquals(404, foreign.status());
        assertFalse(foreign.body().contains(alice.substring(14)), foreign.body());
        assertEquals(404, get("/api/v1/persons/" + alicesMother + "/coverage?region=" + CX + "&year=2021", b).status());
        assertEquals(404, get("/api/v1/persons/" + alice + "/coverage?region=" + CX + "&year=2021", b).status());
        assertEquals(0, get("/api/v1/me/family", b).object().getJsonArray("members").size());
        assertEquals(404, http.send("DELETE", "/api/v1/me/family/" + alicesMother, null, null, "Authorization", "Bearer " + b).status());
        assertEquals(200, get("/api/v1/payment-orders/" + id, a).status());

        String partner = Tokens.partner("bank-app", "payments");
        assertEquals(404, get("/api/v1/payment-orders/" + id, partner).status());
        assertEquals(404, get("/api/v1/persons/" + alice + "/coverage?region=" + CX + "&year=2021", partner).status());
        String paid = Ids.next(CX);
        assertEquals(201, place(partner, key(), order(CX, 2021, "alipay", paid, "蒋五")).status());
        assertEquals(200, get("/api/v1/persons/" + paid + "/coverage?region=" + CX + "&year=2021", partner).status());

        assertEquals(200, get("/api/v1/persons/" + alice + "/coverage?region=" + CX + "&year=2021", Tokens.officer("cx-02", CX)).status());
        assertEquals(404, get("/api/v1/persons/" + alice + "/coverage?region=" + CX + "&year=2021", Tokens.officer("sx-01", "421321")).status());
        assertEquals(403, get("/api/v1/admin/reconciliation?region=" + CX, Tokens.officer("sx-01", "421321")).status());
        assertEquals(403, importList(Tokens.officer("sx-01", "421321"), CX, 2021, "idNumber,name,group\n".getBytes(StandardCharsets.UTF_8), "text/csv").status());
    }

    @Test
    void tokenAttacksAreRefused() {
        String me = Ids.next(CX);
        for (String bad : List.of(Tokens.unsigned(me), Tokens.signedByAnotherKey(me), Tokens.expired(me), Tokens.wrongIssuer(me), "garbage.token.here")) {
            Http.Reply r = get("/api/v1/me/family", bad);
            assertEquals(401, r.status(), bad.substring(0, Math.min(20, bad.length())) + " → " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"));
        }
        assertEquals(401, get("/api/v1/me/family", null).status());
        assertEquals(403, get("/api/v1/me/family", Tokens.officer("cx-01", CX)).status());
        assertEquals(403, get("/api/v1/me/family", Tokens.role("admin", me)).status());
        assertEquals(403, get("/api/v1/me/family", Tokens.resident("123")).status(), "a resident token needs a valid idn");
        assertEquals(403, place(Tokens.partner("app", "read"), key(), order(CX, 2021, "alipay", me, "王")).status());
        assertEquals(403, get("/api/v1/admin/reconciliation?region=" + CX, Tokens.resident(me)).status());
    }

    // ---- family -----------------------------------------------------------------------------------------------------

    @Test
    void familyListRules() {
        String me = Ids.next(CX);
        String kid = Ids.next(CX, "20150601");
        String t = Tokens.resident(me);
        assertEquals(201, post("/api/v1/me/family", t, "{\"idNumber\":\"" + kid + "\",\"name\":\"沈小\",\"relation\":\"子女\"}").status());
        assertEquals(200, post("/api/v1/me/family", t, "{\"idNumber\":\"" + kid + "\",\"name\":\"沈小\",\"relation\":\"子女\"}").status());
        assertEquals(422, post("/api/v1/me/family", t, "{\"idNumber\":\"" + kid + "\",\"name\":\"沈大\",\"relation\":\"子女\"}").status());
        assertEquals(400, post("/api/v1/me/family", t, "{\"idNumber\":\"" + me + "\",\"name\":\"我\",\"relation\":\"户主\"}").status());
        Http.Reply bad = post("/api/v1/me/family", t, "{\"idNumber\":\"" + Ids.broken(kid) + "\",\"name\":\"x\",\"relation\":\"朋友\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("\"idNumber\"") && bad.body().contains("\"relation\""), bad.body());
        JsonObject list = get("/api/v1/me/family", t).object();
        assertEquals(1, list.getJsonArray("members").size());
        assertEquals("沈*", list.getJsonArray("members").getJsonObject(0).getString("name"));
        assertEquals(204, http.send("DELETE", "/api/v1/me/family/" + kid, null, null, "Authorization", "Bearer " + t).status());
        assertEquals(404, http.send("DELETE", "/api/v1/me/family/" + kid, null, null, "Authorization", "Bearer " + t).status());
    }

    // ---- officers' lists ---------------------------------------------------------------------------------------------

    @Test
    void listImportsKeepGoodRowsRejectBadOnesAndReadGbk() throws Exception {
        String officer = Tokens.officer("sx-01", "421321");
        String a = Ids.next("421321");
        String b = Ids.next("421321");
        String csv = "idNumber,name,group,validFrom,validTo\n"
                + a + ",欧阳娜娜,最低生活保障对象,2020-09-01,2021-12-31\n"
                + Ids.broken(b) + ",错号,MINIMUM_LIVING,,\n"
                + b + ",钟馗,不存在的类别,,\n"
                + b + ",钟馗,ORPHAN,2021-12-31,2021-01-01\n"
                + b + ",钟馗,孤儿,,\n";
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));
        JsonObject r = importList(officer, "421321", 2021, gbk, "text/csv").object();
        assertEquals(2, r.getInt("imported"), r.toString());
        assertEquals("GBK", r.getString("encoding"));
        assertEquals(List.of(3, 4, 5), r.getJsonArray("rejected").stream().map(x -> x.asJsonObject().getInt("line")).toList());
        JsonObject again = importList(officer, "421321", 2021, gbk, "text/csv").object();
        assertEquals(0, again.getInt("imported"));
        assertEquals(2, again.getInt("unchanged"));
        // the name was read as 欧阳娜娜, not garbled: an order with that name is accepted and gets the full subsidy
        Http.Reply o = place(Tokens.resident(a), key(), order("421321", 2021, "alipay", a, "欧阳娜娜"));
        assertEquals(201, o.status(), o.body());
        assertEquals(0, o.object().getJsonNumber("totalAmount").intValue());
        assertEquals("欧阳**", o.object().getJsonArray("items").getJsonObject(0).getString("name"));

        byte[] garbage = {(byte) 0xff, (byte) 0xfe, (byte) 0x80, (byte) 0x81, 0x0a};
        assertEquals(415, importList(officer, "421321", 2021, garbage, "text/csv").status());
        assertEquals(400, importList(officer, "421321", 2021, "name,id\n".getBytes(StandardCharsets.UTF_8), "text/csv").status());
    }

    @Test
    void idNumbersNeverReachTheLogsUnmasked() {
        List<LogRecord> seen = new ArrayList<>();
        Handler h = new Handler() {
            @Override public void publish(LogRecord r) { seen.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        h.setFilter(new MaskingLogFilter());
        Logger root = Logger.getLogger("");
        root.addHandler(h);
        try {
            String me = Ids.next(CX);
            place(Tokens.resident(me), key(), order(CX, 2021, "alipay", me, "韩七"));
            Logger.getLogger("test").info("a careless line with " + me);
            assertNotNull(seen);
            for (LogRecord r : seen) {
                String msg = new java.util.logging.SimpleFormatter().formatMessage(r);
                assertFalse(msg.contains(me), "unmasked ID logged: " + msg);
            }
            assertTrue(seen.stream().anyMatch(r -> r.getMessage().contains("careless")));
        } finally {
            root.removeHandler(h);
        }
    }
}
