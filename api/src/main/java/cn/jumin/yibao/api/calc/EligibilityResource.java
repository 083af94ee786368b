package cn.jumin.yibao.api.calc;

import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.json.JsonIn;
import cn.jumin.yibao.policy.engine.Eligibility;
import cn.jumin.yibao.policy.engine.EligibilityEngine;
import cn.jumin.yibao.policy.engine.PersonFacts;
import cn.jumin.yibao.policy.id.ResidentId;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Identity;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.Student;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.LocalDate;

/** POST /api/v1/eligibility: may this person join the resident scheme in this area, this year? */
@Path("/api/v1/eligibility")
@ApplicationScoped
@PermitAll
public class EligibilityResource {
    private final PolicyLibrary library;
    private final EligibilityEngine engine;

    @Inject
    public EligibilityResource(PolicyLibrary library, EligibilityEngine engine) {
        this.library = library;
        this.engine = engine;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Eligibility check(InputStream body) {
        JsonObject o = JsonIn.object(body);
        Fields f = new Fields();
        String region = Areas.regionField(library, f, "region", f.string(o, "", "region", true, 64));
        Integer year = f.integer(o, "", "year", true, 1900, 2200);
        JsonObject p = f.object(o, "", "person", true);
        PersonFacts person = null;
        if (p != null) {
            String id = f.idNumber(p, "person", "idNumber", false);
            LocalDate birth = f.date(p, "person", "birthDate", false);
            if (id != null && birth == null) birth = ResidentId.birthDate(id);
            String hukou = f.string(p, "person", "hukouRegion", false, 64);
            if (hukou != null && !hukou.matches("\\d{6}")) {
                String resolved = library.resolveRegion(hukou).orElse(null);
                if (resolved == null) f.fail("person.hukouRegion", "region.format"); else hukou = resolved;
            }
            person = new PersonFacts(birth, f.enumValue(p, "person", "identity", false, Identity.class), hukou, null,
                    f.bool(p, "person", "residencePermit", false), f.bool(p, "person", "employeeInsured", false),
                    f.bool(p, "person", "employed", false), f.enumValue(p, "person", "student", false, Student.class),
                    f.enumValue(p, "person", "enrollment", false, Enrollment.class),
                    f.bool(p, "person", "insuredElsewhere", false));
        }
        Policy policy = Areas.policyField(library, f, "year", region, year);
        f.throwIfAny();
        return engine.check(policy, person);
    }
}
