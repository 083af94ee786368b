package cn.jumin.yibao.api.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that write one after another inside the caller's transaction. On PostgreSQL they are prepared as one
 * multi-statement text, which the driver sends in one round trip: each round trip costs the database a wake-up and a
 * reply, and on a busy server that was a larger share of its CPU than the writes themselves (docs/performance.md,
 * "Payment notifications"). H2 prepares one statement at a time. Either way a failing statement throws and the
 * caller's transaction rolls back, so the writes land together or not at all.
 */
public final class Writes {
    private record Write(String sql, Object[] args) {}

    private final List<Write> writes = new ArrayList<>();

    public Writes add(String sql, Object... args) {
        writes.add(new Write(sql, args));
        return this;
    }

    /** Runs the writes in order and returns each one's update count. */
    public int[] run(Connection c, boolean oneRoundTrip) throws SQLException {
        int[] counts = new int[writes.size()];
        if (!oneRoundTrip) {
            for (int k = 0; k < writes.size(); k++) {
                try (PreparedStatement ps = c.prepareStatement(writes.get(k).sql())) {
                    bind(ps, 1, writes.get(k).args());
                    counts[k] = ps.executeUpdate();
                }
            }
            return counts;
        }
        StringBuilder text = new StringBuilder();
        for (Write w : writes) text.append(text.isEmpty() ? "" : ";\n").append(w.sql());
        try (PreparedStatement ps = c.prepareStatement(text.toString())) {
            int next = 1;
            for (Write w : writes) next = bind(ps, next, w.args());
            ps.execute();
            for (int k = 0; k < counts.length; k++) {
                counts[k] = ps.getUpdateCount();
                ps.getMoreResults();
            }
        }
        return counts;
    }

    private static int bind(PreparedStatement ps, int first, Object[] args) throws SQLException {
        int i = first;
        for (Object a : args) {
            if (a == null) ps.setNull(i++, Types.NULL);
            else ps.setObject(i++, a);
        }
        return i;
    }
}
