package cn.jumin.yibao.api.calc;

import cn.jumin.yibao.api.AppClock;
import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.json.JsonIn;
import cn.jumin.yibao.policy.engine.HouseholdQuote;
import cn.jumin.yibao.policy.engine.MemberInput;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.id.ResidentId;
import cn.jumin.yibao.policy.load.GroupVocabulary;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** POST /api/v1/quotes: what each member of a household pays, after the one highest subsidy. */
@Path("/api/v1/quotes")
@ApplicationScoped
@PermitAll
public class QuoteResource {
    static final int MAX_MEMBERS = 50;

    private final PolicyLibrary library;
    private final QuoteEngine engine;
    private final AppClock clock;

    @Inject
    public QuoteResource(PolicyLibrary library, QuoteEngine engine, AppClock clock) {
        this.library = library;
        this.engine = engine;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public HouseholdQuote quote(InputStream body) {
        JsonObject o = JsonIn.object(body);
        Fields f = new Fields();
        String region = Areas.regionField(library, f, "region", f.string(o, "", "region", true, 64));
        Integer year = f.integer(o, "", "year", true, 1900, 2200);
        LocalDate paymentDate = f.date(o, "", "paymentDate", false);
        if (paymentDate == null && !f.hasFault("paymentDate")) paymentDate = clock.today();
        List<MemberInput> members = members(f, library.groups(), f.array(o, "", "members", true), paymentDate);
        Policy policy = Areas.policyField(library, f, "year", region, year);
        f.throwIfAny();
        return engine.quote(policy, paymentDate, members);
    }

    static List<MemberInput> members(Fields f, GroupVocabulary vocabulary, JsonArray arr, LocalDate paymentDate) {
        List<MemberInput> members = new ArrayList<>();
        if (arr == null) return members;
        if (arr.isEmpty()) { f.fail("members", "members.empty"); return members; }
        if (arr.size() > MAX_MEMBERS) { f.fail("members", "members.too-many", MAX_MEMBERS); return members; }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = "members[" + i + "]";
            if (arr.get(i).getValueType() != JsonValue.ValueType.OBJECT) { f.fail(p, "field.type.object"); continue; }
            JsonObject m = arr.getJsonObject(i);
            String ref = f.string(m, p, "ref", true, 64);
            if (ref != null && !refs.add(ref)) f.fail(p + ".ref", "ref.duplicate", ref);
            String id = f.idNumber(m, p, "idNumber", false);
            LocalDate birth = f.date(m, p, "birthDate", false);
            if (id != null) {
                LocalDate fromId = ResidentId.birthDate(id);
                if (birth != null && !birth.equals(fromId)) f.fail(p + ".birthDate", "birthDate.mismatch", fromId.toString());
                if (birth == null) birth = fromId;
            }
            if (birth != null && paymentDate != null && birth.isAfter(paymentDate)) f.fail(p + ".birthDate", "birthDate.after-payment");
            Integer tier = f.integer(m, p, "tier", false, 1, 2);
            Student student = f.enumValue(m, p, "student", false, Student.class);
            Enrollment enrollment = f.enumValue(m, p, "enrollment", false, Enrollment.class);
            Set<SpecialGroup> groups = groups(f, vocabulary, m, p);
            members.add(new MemberInput(ref, birth, tier, student, enrollment, groups));
        }
        return members;
    }

    private static Set<SpecialGroup> groups(Fields f, GroupVocabulary vocabulary, JsonObject m, String p) {
        JsonArray arr = f.array(m, p, "specialGroups", false);
        Set<SpecialGroup> groups = new LinkedHashSet<>();
        if (arr == null) return groups;
        for (int j = 0; j < arr.size(); j++) {
            String field = p + ".specialGroups[" + j + "]";
            if (arr.get(j).getValueType() != JsonValue.ValueType.STRING) { f.fail(field, "field.type.string"); continue; }
            String s = ((JsonString) arr.get(j)).getString();
            var g = vocabulary.find(s);
            if (g.isEmpty()) f.fail(field, "group.unknown", s); else groups.add(g.get());
        }
        return groups;
    }
}
