package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.AppClock;
import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.auth.Callers;
import cn.jumin.yibao.api.calc.Areas;
import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.json.JsonIn;
import cn.jumin.yibao.api.problem.Lang;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Policy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.LocalDate;

/** Officers' tools, for the area named in their token: special-group list imports and daily reconciliation. */
@Path("/api/v1/admin")
@ApplicationScoped
@RolesAllowed("officer")
public class AdminResource {
    static final int MAX_CSV = 8 * 1024 * 1024;

    private final ListImports imports;
    private final Reconciliation reconciliation;
    private final PolicyLibrary library;
    private final Callers callers;
    private final AppClock clock;

    @Inject
    public AdminResource(ListImports imports, Reconciliation reconciliation, PolicyLibrary library, Callers callers, AppClock clock) {
        this.imports = imports;
        this.reconciliation = reconciliation;
        this.library = library;
        this.callers = callers;
        this.clock = clock;
    }

    @POST
    @Path("/special-group-lists")
    @Consumes({"text/csv", "text/plain", "application/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    public ListImports.Result importList(@QueryParam("region") String region, @QueryParam("year") String year,
                                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, InputStream body) {
        Caller officer = callers.require(Caller.Kind.OFFICER);
        Policy policy = policyFor(officer, region, year);
        byte[] bytes = JsonIn.read(body, MAX_CSV);
        String charset = MediaType.valueOf(contentType == null ? "text/csv" : contentType).getParameters().get("charset");
        return imports.importCsv(officer, policy.region(), policy.year(), bytes, charset, Lang.of(language));
    }

    @GET
    @Path("/reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    public Reconciliation.Report reconcile(@QueryParam("region") String region, @QueryParam("date") String date) {
        Caller officer = callers.require(Caller.Kind.OFFICER);
        Fields f = new Fields();
        String code = region == null || region.isBlank() ? officer.region() : Areas.regionField(library, f, "region", region);
        LocalDate day = clock.today();
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException e) {
                f.fail("date", "field.date");
            }
        }
        f.throwIfAny();
        if (!officer.region().equals(code)) throw ProblemException.of(ProblemException.Kind.FORBIDDEN, "detail.other-region");
        return reconciliation.of(officer, code, day);
    }

    private Policy policyFor(Caller officer, String region, String year) {
        Fields f = new Fields();
        if (region == null || region.isBlank()) f.fail("region", "field.required");
        String code = region == null || region.isBlank() ? null : Areas.regionField(library, f, "region", region);
        Integer y = null;
        if (year == null || year.isBlank()) f.fail("year", "field.required");
        else {
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                f.fail("year", "field.type.integer");
            }
        }
        f.throwIfAny();
        if (!officer.region().equals(code)) throw ProblemException.of(ProblemException.Kind.FORBIDDEN, "detail.other-region");
        Policy p = Areas.policyField(library, f, "year", code, y);
        f.throwIfAny();
        return p;
    }
}
