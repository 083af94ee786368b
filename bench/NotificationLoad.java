import cn.jumin.yibao.api.auth.DevTokens;
import cn.jumin.yibao.api.residents.PaymentChannels;
import cn.jumin.yibao.policy.id.ResidentId;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares and checks the notification load (bench/notifications.sh drives wrk in between), loopback only.
 * <pre>
 *   prepare &lt;url&gt; &lt;data-dir&gt; &lt;orders&gt; &lt;file&gt;   places orders (as a partner) and writes one signed callback per line
 *   verify  &lt;url&gt; &lt;data-dir&gt; &lt;file&gt;            checks every order answered was credited exactly once
 * </pre>
 */
public class NotificationLoad {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String SECRET = "dev-wechat-pay-secret";
    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        if (!Set.of("127.0.0.1", "localhost").contains(base.getHost())) throw new IllegalArgumentException("loopback only");
        Path data = Path.of(args[2]);
        if (args[0].equals("prepare")) prepare(base, data, Integer.parseInt(args[3]), Path.of(args[4]));
        else verify(base, data);
    }

    static void prepare(URI base, Path data, int orders, Path file) throws Exception {
        String partner = "Bearer " + DevTokens.mint(data, "partner", "load-test", "payments", 120);
        String stamp = String.valueOf(System.nanoTime() % 100000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger seq = new AtomicInteger();
        List<Future<String>> lines = new java.util.ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            lines.add(pool.submit(() -> {
                int n = seq.incrementAndGet();
                String first = "532301" + String.format("%04d%02d%02d", 1930 + (n / 28000) % 60, 1 + (n / 1000) % 12, 1 + (n / 12000) % 28)
                        + String.format("%03d", n % 1000);
                String id = first + ResidentId.checkChar(first);
                String body = "{\"region\":\"532301\",\"year\":2021,\"channel\":\"wechat-pay\",\"payees\":[{\"idNumber\":\"" + id + "\",\"name\":\"压测" + n + "\"}]}";
                HttpResponse<String> r = send(base.resolve("/api/v1/payment-orders"), body, "Authorization", partner, "Idempotency-Key", stamp + "-" + n);
                if (r.statusCode() != 201) return null;
                Matcher m = ID.matcher(r.body());
                m.find();
                String orderId = m.group(1);
                String cb = "{\"orderId\":\"" + orderId + "\",\"channelTransactionId\":\"load-" + orderId + "\",\"amount\":280,\"status\":\"SUCCESS\"}";
                return "/api/v1/payment-orders/" + orderId + "/notifications\t" + cb + "\t" + PaymentChannels.sign(SECRET, cb.getBytes(StandardCharsets.UTF_8));
            }));
        }
        int ok = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Future<String> f : lines) {
                String l = f.get();
                if (l != null) { w.println(l); ok++; }
            }
        }
        pool.shutdown();
        System.out.printf("placed %d orders in %.1f s → %s%n", ok, (System.nanoTime() - t0) / 1e9, file);
    }

    /** The officer's reconciliation must show exactly as many paid orders (and yuan) as distinct orders credited. */
    static void verify(URI base, Path data) throws Exception {
        String officer = DevTokens.mint(data, "officer", "bench", "532301", 60);
        HttpResponse<String> rec = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/admin/reconciliation?region=532301"))
                .header("Authorization", "Bearer " + officer).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher t = Pattern.compile("\"total\":\\{\"amount\":([0-9.]+),\"channel\":\"TOTAL\",\"orders\":([0-9]+)").matcher(rec.body());
        if (!t.find()) throw new IllegalStateException("reconciliation: " + rec.body());
        long orders = Long.parseLong(t.group(2));
        long amount = Math.round(Double.parseDouble(t.group(1)));
        System.out.printf("reconciliation: %d orders paid, %d yuan (%s)%n", orders, amount,
                amount == orders * 280 ? "exactly 280 yuan per paid order: no double credit" : "MISMATCH");
        if (amount != orders * 280) System.exit(1);
    }

    static HttpResponse<String> send(URI uri, String body, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
