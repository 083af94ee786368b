package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.auth.Callers;
import cn.jumin.yibao.api.calc.Areas;
import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.policy.id.ResidentId;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Policy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/persons/{idNumber}/coverage?region=&year=: whether a payment went through. */
@Path("/api/v1/persons/{idNumber}/coverage")
@ApplicationScoped
@RolesAllowed({"resident", "partner", "officer"})
public class CoverageResource {
    private final Coverages coverages;
    private final PolicyLibrary library;
    private final Callers callers;

    @Inject
    public CoverageResource(Coverages coverages, PolicyLibrary library, Callers callers) {
        this.coverages = coverages;
        this.library = library;
        this.callers = callers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CoverageView coverage(@PathParam("idNumber") String idNumber, @QueryParam("region") String region,
                                 @QueryParam("year") String year) {
        Caller caller = callers.require(Caller.Kind.RESIDENT, Caller.Kind.PARTNER, Caller.Kind.OFFICER);
        Fields f = new Fields();
        if (!ResidentId.isValid(idNumber)) {
            throw ProblemException.of(ProblemException.Kind.NOT_FOUND, "detail.not-found", ResidentId.mask(idNumber));
        }
        if (region == null || region.isBlank()) f.fail("region", "field.required");
        String code = region == null || region.isBlank() ? null : Areas.regionField(library, f, "region", region);
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                f.fail("year", "field.type.integer");
            }
        }
        if (code != null && y == null && !f.hasFault("year")) y = library.latest(code).orElseThrow().year();
        Policy policy = Areas.policyField(library, f, "year", code, y);
        f.throwIfAny();
        return coverages.of(caller, ResidentId.normalize(idNumber), policy);
    }
}
