package cn.jumin.yibao.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.api.auth.DevTokens;
import cn.jumin.yibao.api.residents.PaymentChannels;
import cn.jumin.yibao.api.support.Http;
import cn.jumin.yibao.api.support.Ids;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * kill -9 during a burst of payments: after a restart every acknowledged payment is there, and no order is half
 * written (an order is PAID exactly when its payees' coverage is PAID by it). Runs the packaged jar on the embedded
 * H2 database in a temporary data directory, on 127.0.0.1.
 */
class CrashRecoveryIT {
    static final String SECRET = "dev-wechat-pay-secret";
    static final int ORDERS = 240;

    record Placed(String id, String payee, int amount) {}

    @Test
    void acknowledgedPaymentsSurviveKillNine() throws Exception {
        Path data = Files.createTempDirectory("medins-crash");
        int port = freePort();
        Process server = start(data, port);
        try {
            Http http = new Http(URI.create("http://127.0.0.1:" + port));
            awaitHealthy(http);
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                String payee = Ids.next("532301");
                String token = DevTokens.mint(data, "resident", payee, null, 60);
                Http.Reply r = http.postJson("/api/v1/payment-orders", "{\"region\":\"532301\",\"year\":2021,\"channel\":\"wechat-pay\",\"payees\":[{\"idNumber\":\""
                        + payee + "\",\"name\":\"测试" + i + "\"}]}", "Authorization", "Bearer " + token, "Idempotency-Key", UUID.randomUUID().toString());
                assertEquals(201, r.status(), r.body());
                placed.add(new Placed(r.object().getString("id"), payee, r.object().getJsonNumber("totalAmount").intValue()));
            }

            Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                int lane = t;
                pool.submit(() -> {
                    for (int i = lane; i < placed.size() && !killed.get(); i += 8) {
                        Placed p = placed.get(i);
                        try {
                            if (notify(http, p).status() == 200) acknowledged.put(p.id(), true);
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            Instant until = Instant.now().plusSeconds(20);
            while (acknowledged.size() < ORDERS / 3 && Instant.now().isBefore(until)) Thread.sleep(5);
            server.destroyForcibly(); // SIGKILL
            killed.set(true);
            server.waitFor(20, TimeUnit.SECONDS);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            int acked = acknowledged.size();
            assertTrue(acked > 0 && acked < ORDERS, "the kill must land in the middle of the burst, acknowledged " + acked);

            server = start(data, port);
            awaitHealthy(http);
            int paid = 0;
            for (Placed p : placed) {
                String token = "Bearer " + DevTokens.mint(data, "resident", p.payee(), null, 60);
                JsonObject order = http.get("/api/v1/payment-orders/" + p.id(), "Authorization", token).object();
                JsonObject cov = http.get("/api/v1/persons/" + p.payee() + "/coverage?region=532301&year=2021", "Authorization", token).object();
                String status = order.getString("status");
                if (acknowledged.containsKey(p.id())) assertEquals("PAID", status, "acknowledged payment lost: " + p.id());
                if (status.equals("PAID")) {
                    paid++;
                    assertEquals("PAID", cov.getString("status"), "order paid without coverage: " + p.id());
                    assertEquals(p.id(), cov.getString("orderId"));
                } else {
                    assertEquals("PENDING", status);
                    assertTrue(!cov.getString("status").equals("PAID"), "coverage paid without its order: " + p.id());
                    // the channel retries after the crash: the payment goes through now
                    assertEquals(200, notify(http, p).status());
                }
            }
            assertTrue(paid >= acked, "paid " + paid + " < acknowledged " + acked);
            System.out.printf("crash test: %d orders, %d acknowledged before kill -9, %d found paid after restart%n", ORDERS, acked, paid);
        } finally {
            server.destroyForcibly();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static Http.Reply notify(Http http, Placed p) {
        String body = "{\"orderId\":\"" + p.id() + "\",\"channelTransactionId\":\"crash-" + p.id() + "\",\"amount\":" + p.amount() + ",\"status\":\"SUCCESS\"}";
        return http.postJson("/api/v1/payment-orders/" + p.id() + "/notifications", body,
                "X-Signature", PaymentChannels.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    static Process start(Path data, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = data.resolve("server-" + System.nanoTime() + ".log").toFile();
        return new ProcessBuilder(java, "-Xmx256m", "-Dapp.data-dir=" + data, "-Dserver.port=" + port, "-Dserver.host=127.0.0.1",
                "-Dapp.today=2020-10-15", "-Dapp.demo-data=false", "-jar", Path.of("target", "api.jar").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    static void awaitHealthy(Http http) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            try {
                if (http.get("/health").status() == 200) return;
            } catch (RuntimeException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server did not start");
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
