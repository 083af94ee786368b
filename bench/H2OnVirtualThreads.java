import cn.jumin.yibao.api.db.Database;
import cn.jumin.yibao.api.db.DatabaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Embedded H2 under contention, called from virtual threads as Helidon's request threads call it: 16 callers, each
 * transaction registers a new person and a person shared with 7 others (a row lock wait, then a unique violation),
 * and appends to the audit log. Prints the slowest transaction. {@code direct} runs the transactions on the virtual
 * threads themselves, {@code service} through {@link Database#inTransaction} as the service does. Bounded: 3,000
 * transactions per caller and 60 s. Usage: java -cp ... bench/H2OnVirtualThreads.java direct|service
 */
public class H2OnVirtualThreads {
    public static void main(String[] args) throws Exception {
        boolean direct = args[0].equals("direct");
        Path dir = Files.createTempDirectory("h2vt");
        Database db = new Database("jdbc:h2:mem:h2vt;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000",
                "sa", "", null, 16, dir, false);
        AtomicLong slowest = new AtomicLong(), failed = new AtomicLong(), done = new AtomicLong();
        AtomicInteger seq = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 16; t++) callers.submit(() -> {
                for (int i = 0; i < 3000 && System.nanoTime() < deadline; i++) {
                    long t0 = System.nanoTime();
                    Database.Work<Void> work = c -> {
                        int n = seq.incrementAndGet();
                        for (String id : new String[] {"P" + n, "S" + n / 8}) {
                            try (PreparedStatement ps = c.prepareStatement("insert into person (id_number, name, created_at) values (?, ?, ?)")) {
                                ps.setString(1, id);
                                ps.setString(2, "x");
                                ps.setObject(3, OffsetDateTime.now());
                                ps.executeUpdate();
                            }
                        }
                        try (PreparedStatement ps = c.prepareStatement("insert into audit_log (at, actor, action) values (?, 'bench', 'PLACE')")) {
                            ps.setObject(1, OffsetDateTime.now());
                            ps.executeUpdate();
                        }
                        return null;
                    };
                    try {
                        if (direct) {
                            try (var c = db.dataSource().getConnection()) {
                                try { work.run(c); c.commit(); } catch (Exception e) { c.rollback(); throw e; }
                            }
                        } else {
                            db.inTransaction(work);
                        }
                    } catch (Exception e) {
                        if (!DatabaseException.isUniqueViolation(e)) {
                            failed.incrementAndGet();
                            System.out.println(e.getMessage().lines().findFirst().orElse(""));
                        }
                    }
                    slowest.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                    done.incrementAndGet();
                }
                return null;
            });
        }
        db.close();
        System.out.printf("%s: %d transactions, %d failed other than the expected unique violations, slowest %d ms%n",
                direct ? "on the virtual threads" : "through Database.inTransaction", done.get(), failed.get(), slowest.get());
    }
}
