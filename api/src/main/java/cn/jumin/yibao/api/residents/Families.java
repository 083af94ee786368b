package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.db.Database;
import cn.jumin.yibao.api.db.DatabaseException;
import cn.jumin.yibao.api.problem.Fault;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.api.problem.ProblemException.Kind;
import cn.jumin.yibao.policy.id.ResidentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A resident's family list: the people they pay for and may see. Members' ID numbers and names are masked. */
@ApplicationScoped
public class Families {
    /** Relations as notice 004's registration form words them (与户主关系), plus 配偶 and 本人's common synonyms. */
    public static final List<String> RELATIONS = List.of("户主", "配偶", "夫", "妻", "子女", "孙子女", "外孙子女",
            "父母", "祖父母", "外祖父母", "曾祖父母", "兄弟姐妹", "嫂媳", "其他");

    public record Member(String idNumber, String name, String relation) {}

    private final Database db;

    @Inject
    public Families(Database db) { this.db = db; }

    public List<Member> list(Caller caller) {
        return db.inTransaction(c -> People.family(c, caller.idNumber()).stream()
                .map(m -> new Member(ResidentId.mask(m.idNumber()), ResidentId.maskName(m.name()), m.relation())).toList());
    }

    /** Adds a member; true when added, false when already on the list. */
    public boolean add(Caller caller, String id, String name, String relation) {
        if (caller.is(id)) throw ProblemException.invalid(Fault.of("idNumber", "family.self"));
        try {
            return db.inTransaction(c -> {
                if (People.findOrRegister(c, id, name).isEmpty()) {
                    throw new ProblemException(Kind.UNPROCESSABLE, "detail.payees", List.of(1), List.of(Fault.of("name", "payee.name-mismatch")));
                }
                boolean added = People.addFamily(c, caller.idNumber(), id, relation);
                if (added) Audit.record(c, caller.masked(), "ADD_FAMILY", ResidentId.mask(id), relation);
                return added;
            });
        } catch (DatabaseException e) {
            if (DatabaseException.isUniqueViolation(e)) return false;
            throw e;
        }
    }

    public boolean remove(Caller caller, String id) {
        return db.inTransaction(c -> {
            boolean removed = People.removeFamily(c, caller.idNumber(), id);
            if (removed) Audit.record(c, caller.masked(), "REMOVE_FAMILY", ResidentId.mask(id), null);
            return removed;
        });
    }
}
