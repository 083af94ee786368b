package cn.jumin.yibao.api.db;

import java.sql.SQLException;

/** A database failure that is not the caller's fault (connection lost, constraint the service did not expect). */
public class DatabaseException extends RuntimeException {
    public DatabaseException(SQLException cause) { super(cause.getMessage(), cause); }

    /** SQLSTATE 23505: a unique or primary key would be broken. */
    public static boolean isUniqueViolation(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof SQLException s && "23505".equals(s.getSQLState())) return true;
        }
        return false;
    }

    /** Serialization failure or deadlock: the transaction may simply be retried. */
    public static boolean isRetryable(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().equals("40001") || s.getSQLState().equals("40P01") || s.getSQLState().startsWith("HYT"))) return true;
        }
        return false;
    }
}
