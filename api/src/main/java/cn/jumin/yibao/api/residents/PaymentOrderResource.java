package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.auth.Callers;
import cn.jumin.yibao.api.calc.Areas;
import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.json.JsonIn;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.api.problem.ProblemException.Kind;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import static cn.jumin.yibao.api.json.Jsonp.JSON;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * POST /api/v1/payment-orders (resident, or partner with scope "payments") and GET /api/v1/payment-orders/{id} (the
 * caller who placed it). The channel's signed callback, POST /api/v1/payment-orders/{id}/notifications, is served by
 * {@link ChannelCallbacks}.
 */
@Path("/api/v1/payment-orders")
@ApplicationScoped
public class PaymentOrderResource {
    static final int MAX_PAYEES = 20;

    private final PaymentOrders orders;
    private final PaymentChannels channels;
    private final PolicyLibrary library;
    private final Callers callers;

    @Inject
    public PaymentOrderResource(PaymentOrders orders, PaymentChannels channels, PolicyLibrary library, Callers callers) {
        this.orders = orders;
        this.channels = channels;
        this.library = library;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({"resident", "partner"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response place(@HeaderParam("Idempotency-Key") String key, InputStream body) {
        Caller caller = callers.require(Caller.Kind.RESIDENT, Caller.Kind.PARTNER);
        if (caller.kind() == Caller.Kind.PARTNER && !caller.scopes().contains("payments")) {
            throw ProblemException.of(Kind.FORBIDDEN, "detail.scope", "payments");
        }
        Fields f = new Fields();
        if (key == null || key.isBlank()) f.fail("Idempotency-Key", "field.required");
        else if (key.length() > 128 || !key.matches("[\\x21-\\x7E]+")) f.fail("Idempotency-Key", "idempotency.format");
        JsonObject o = JsonIn.object(body);
        String region = Areas.regionField(library, f, "region", f.string(o, "", "region", true, 64));
        Integer year = f.integer(o, "", "year", true, 1900, 2200);
        String channel = f.string(o, "", "channel", true, 32);
        if (channel != null && !channels.exists(channel)) f.fail("channel", "field.enum", channels.names().toString());
        List<OrderRequest.Payee> payees = payees(f, f.array(o, "", "payees", true));
        Areas.policyField(library, f, "year", region, year);
        f.throwIfAny();
        PaymentOrders.Placed placed = orders.place(caller, key, new OrderRequest(region, year, channel, payees));
        return Response.status(placed.created() ? Response.Status.CREATED : Response.Status.OK).entity(placed.order()).build();
    }

    private static List<OrderRequest.Payee> payees(Fields f, JsonArray arr) {
        List<OrderRequest.Payee> out = new ArrayList<>();
        if (arr == null) return out;
        if (arr.isEmpty()) { f.fail("payees", "members.empty"); return out; }
        if (arr.size() > MAX_PAYEES) { f.fail("payees", "members.too-many", MAX_PAYEES); return out; }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = "payees[" + i + "]";
            if (arr.get(i).getValueType() != JsonValue.ValueType.OBJECT) { f.fail(p, "field.type.object"); continue; }
            JsonObject o = arr.getJsonObject(i);
            String id = f.idNumber(o, p, "idNumber", true);
            String name = f.string(o, p, "name", true, 64);
            if (id != null && !seen.add(id)) f.fail(p + ".idNumber", "payee.duplicate");
            if (id != null && name != null) out.add(new OrderRequest.Payee(id, name));
        }
        return out;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"resident", "partner"})
    @Produces(MediaType.APPLICATION_JSON)
    public OrderView get(@PathParam("id") String id) {
        Caller caller = callers.require(Caller.Kind.RESIDENT, Caller.Kind.PARTNER);
        // another caller's order is indistinguishable from no order
        if (orders.placedBy(id).filter(caller.key()::equals).isEmpty()) {
            throw ProblemException.of(Kind.NOT_FOUND, "detail.not-found", "order " + id);
        }
        return orders.find(id).orElseThrow();
    }

    static JsonObject empty() { return JSON.createObjectBuilder().build(); }
}
