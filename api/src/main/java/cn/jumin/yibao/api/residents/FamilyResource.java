package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.auth.Callers;
import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.json.JsonIn;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.policy.id.ResidentId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/** GET/POST /api/v1/me/family and DELETE /api/v1/me/family/{idNumber}: the people a resident pays for. */
@Path("/api/v1/me/family")
@ApplicationScoped
@RolesAllowed("resident")
public class FamilyResource {
    public record FamilyList(List<Families.Member> members) {}

    private final Families families;
    private final Callers callers;

    @Inject
    public FamilyResource(Families families, Callers callers) {
        this.families = families;
        this.callers = callers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public FamilyList list() { return new FamilyList(families.list(callers.require(Caller.Kind.RESIDENT))); }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(InputStream body) {
        Caller caller = callers.require(Caller.Kind.RESIDENT);
        JsonObject o = JsonIn.object(body);
        Fields f = new Fields();
        String id = f.idNumber(o, "", "idNumber", true);
        String name = f.string(o, "", "name", true, 64);
        String relation = f.string(o, "", "relation", true, 16);
        if (relation != null && !Families.RELATIONS.contains(relation)) f.fail("relation", "field.enum", Families.RELATIONS.toString());
        f.throwIfAny();
        boolean added = families.add(caller, id, name, relation);
        return Response.status(added ? Response.Status.CREATED : Response.Status.OK)
                .entity(new Families.Member(ResidentId.mask(id), ResidentId.maskName(name), relation)).build();
    }

    @DELETE
    @Path("/{idNumber}")
    public Response remove(@PathParam("idNumber") String idNumber) {
        Caller caller = callers.require(Caller.Kind.RESIDENT);
        if (!ResidentId.isValid(idNumber) || !families.remove(caller, ResidentId.normalize(idNumber))) {
            throw ProblemException.of(ProblemException.Kind.NOT_FOUND, "detail.not-found", ResidentId.mask(idNumber));
        }
        return Response.noContent().build();
    }
}
