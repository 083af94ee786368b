package cn.jumin.yibao.api.auth;

import cn.jumin.yibao.policy.id.ResidentId;
import java.util.Set;

/**
 * Who is calling, from a verified token: a resident (claim {@code idn}), a partner app (claim {@code scope}) or an
 * officer (claim {@code region}). {@code key} names them in orders and the audit log.
 */
public record Caller(Kind kind, String subject, String idNumber, String region, Set<String> scopes) {
    public enum Kind { RESIDENT, PARTNER, OFFICER }

    public String key() {
        return switch (kind) {
            case RESIDENT -> "resident:" + idNumber;
            case PARTNER -> "partner:" + subject;
            case OFFICER -> "officer:" + subject;
        };
    }

    /** How the caller appears in logs and in answers to others. */
    public String masked() {
        return kind == Kind.RESIDENT ? "resident:" + ResidentId.mask(idNumber) : key();
    }

    public boolean is(String idNumber) { return kind == Kind.RESIDENT && this.idNumber.equals(idNumber); }
}
