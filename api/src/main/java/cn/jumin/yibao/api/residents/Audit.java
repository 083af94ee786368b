package cn.jumin.yibao.api.residents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Appends to the audit log within the caller's transaction. Subjects must already be masked. */
final class Audit {
    private Audit() {}

    static void record(Connection c, String actor, String action, String subject, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_log (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)")) {
            ps.setObject(1, OffsetDateTime.now());
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, subject);
            ps.setString(5, detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail);
            ps.executeUpdate();
        }
    }
}
