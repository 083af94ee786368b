package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.db.Writes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Appends to the audit log within the caller's transaction. Subjects must already be masked. */
final class Audit {
    private Audit() {}

    static void record(Connection c, String actor, String action, String subject, String detail) throws SQLException {
        entry(new Writes(), actor, action, subject, detail).run(c, false);
    }

    /** Adds the entry to {@code writes}, to be written with them. */
    static Writes entry(Writes writes, String actor, String action, String subject, String detail) {
        return writes.add("insert into audit_log (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)", OffsetDateTime.now(),
                actor, action, subject, detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail);
    }
}
