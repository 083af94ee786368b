package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.auth.Caller;
import cn.jumin.yibao.api.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** GET /api/v1/me/payment-orders: the orders this caller placed, newest first, including those for others. */
@Path("/api/v1/me/payment-orders")
@ApplicationScoped
@RolesAllowed({"resident", "partner"})
public class MyOrdersResource {
    public record Orders(List<OrderView> orders) {}

    private final PaymentOrders orders;
    private final Callers callers;

    @Inject
    public MyOrdersResource(PaymentOrders orders, Callers callers) {
        this.orders = orders;
        this.callers = callers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Orders mine() { return new Orders(orders.placedBy(callers.require(Caller.Kind.RESIDENT, Caller.Kind.PARTNER), 200)); }
}
