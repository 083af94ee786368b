package cn.jumin.yibao.api.calc;

import cn.jumin.yibao.api.AppClock;
import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.json.JsonIn;
import cn.jumin.yibao.policy.engine.NewbornPlan;
import cn.jumin.yibao.policy.engine.NewbornPlanner;
import cn.jumin.yibao.policy.engine.NewbornRequest;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Policy;
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

/**
 * POST /api/v1/newborn-plans: how and by when to enroll a newborn. Without {@code year}, the notice of the birth
 * year is used (the notices speak of newborns born in their own year).
 */
@Path("/api/v1/newborn-plans")
@ApplicationScoped
@PermitAll
public class NewbornPlanResource {
    private final PolicyLibrary library;
    private final NewbornPlanner planner;
    private final AppClock clock;

    @Inject
    public NewbornPlanResource(PolicyLibrary library, NewbornPlanner planner, AppClock clock) {
        this.library = library;
        this.planner = planner;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public NewbornPlan plan(InputStream body) {
        JsonObject o = JsonIn.object(body);
        Fields f = new Fields();
        String region = Areas.regionField(library, f, "region", f.string(o, "", "region", true, 64));
        Integer year = f.integer(o, "", "year", false, 1900, 2200);
        LocalDate birth = f.date(o, "", "birthDate", true);
        LocalDate hukou = f.date(o, "", "hukouRegisteredDate", false);
        JsonObject parents = f.object(o, "", "parentsInsured", true);
        Boolean father = parents == null ? null : f.bool(parents, "parentsInsured", "father", true);
        Boolean mother = parents == null ? null : f.bool(parents, "parentsInsured", "mother", true);
        Boolean compliant = f.bool(o, "", "familyPlanningCompliant", false);
        LocalDate planned = f.date(o, "", "plannedPaymentDate", false);
        if (birth != null && hukou != null && hukou.isBefore(birth)) f.fail("hukouRegisteredDate", "hukouRegisteredDate.before-birth");
        if (birth != null && planned != null && planned.isBefore(birth)) f.fail("plannedPaymentDate", "plannedPaymentDate.before-birth");
        if (year == null && birth != null) year = birth.getYear();
        Policy policy = Areas.policyField(library, f, o.containsKey("year") ? "year" : "birthDate", region, year);
        f.throwIfAny();
        return planner.plan(policy, new NewbornRequest(birth, hukou, father, mother, compliant, planned));
    }
}
