package cn.jumin.yibao.api.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;

/**
 * The database: embedded H2 under the data directory by default, PostgreSQL when {@code db.url} says so. Migrated by
 * Flyway at start-up; pooled by HikariCP. {@link #inTransaction} runs work in one transaction, committed or not at all.
 */
@ApplicationScoped
public class Database {
    private final HikariDataSource dataSource;
    private final boolean postgres;
    /**
     * Embedded H2 only: how many transactions may run in it at once from virtual threads (Helidon's request threads).
     * H2's locks spin and yield; with more sessions than carrier threads, sessions waiting for one row kept its holder
     * off this machine's two carriers for seconds, past H2's lock timeout (docs/performance.md, "H2 and virtual
     * threads"). With no more sessions than carriers, the holder always gets one. A transaction keeps its slot until it
     * ends, so a lock holder never waits for a slot. Null for PostgreSQL (its waits are socket reads).
     */
    private final Semaphore embeddedSlots;

    @Inject
    public Database(Config config) {
        this(config.getOptionalValue("db.url", String.class).orElse(null),
                config.getOptionalValue("db.user", String.class).orElse(null),
                config.getOptionalValue("db.password", String.class).orElse(""),
                config.getOptionalValue("db.schema", String.class).orElse(null),
                config.getOptionalValue("db.pool-size", Integer.class).orElse(16),
                config.getOptionalValue("db.embedded-sessions", Integer.class).orElse(AUTO),
                DataDir.of(config), config.getOptionalValue("db.test-clean", Boolean.class).orElse(false));
    }

    /** As many H2 sessions at once as the JVM has carrier threads for virtual threads (one per core), at most the pool. */
    public static final int AUTO = -1;

    public Database(String url, String user, String password, String schema, int poolSize, Path dataDir, boolean clean) {
        this(url, user, password, schema, poolSize, AUTO, dataDir, clean);
    }

    /**
     * {@code clean} drops everything in the schema first; tests use it for a fresh PostgreSQL schema, and it is only
     * honoured for schemas named test_*. {@code embeddedSessions}: H2 transactions at once from virtual threads, 0 for
     * no limit, {@link #AUTO} for the default.
     */
    public Database(String url, String user, String password, String schema, int poolSize, int embeddedSessions, Path dataDir,
                    boolean clean) {
        if (url == null || url.isBlank()) {
            try {
                Files.createDirectories(dataDir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
            }
            // WRITE_DELAY=0: every commit is written to the file before it returns, so a killed process loses nothing
            // it acknowledged. (H2 does not fsync each commit; PostgreSQL is the production database.)
            url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("medins")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
            user = user == null ? "sa" : user;
        }
        this.postgres = url.startsWith("jdbc:postgresql:");
        if (postgres && schema != null && !schema.isBlank() && !url.contains("currentSchema=")) {
            // every pooled connection starts in the schema (Flyway resets search_path on the connections it borrows)
            url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setUsername(user);
        hc.setPassword(password);
        hc.setMaximumPoolSize(poolSize);
        hc.setAutoCommit(false);
        hc.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        hc.setPoolName("medins");
        if (!postgres && schema != null && !schema.isBlank()) hc.setSchema(schema);
        this.dataSource = new HikariDataSource(hc);
        int sessions = embeddedSessions == AUTO ? Math.min(poolSize, Runtime.getRuntime().availableProcessors()) : embeddedSessions;
        this.embeddedSlots = postgres || sessions <= 0 ? null : new Semaphore(sessions, true);
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null && !schema.isBlank()) flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        boolean cleanFirst = clean && schema != null && schema.startsWith("test_");
        if (cleanFirst) flyway.cleanDisabled(false);
        var migrator = flyway.load();
        if (cleanFirst) migrator.clean();
        migrator.migrate();
    }

    public DataSource dataSource() { return dataSource; }

    public boolean isPostgres() { return postgres; }

    @FunctionalInterface
    public interface Work<T> { T run(Connection c) throws SQLException; }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        if (embeddedSlots == null || !Thread.currentThread().isVirtual()) return transaction(work);
        try {
            embeddedSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(new SQLException("interrupted while waiting for the database", "57014", e));
        }
        try {
            return transaction(work);
        } finally {
            embeddedSlots.release();
        }
    }

    private <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (RuntimeException | SQLException | Error e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    @PreDestroy
    public void close() { dataSource.close(); }
}
