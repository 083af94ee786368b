package cn.jumin.yibao.api.residents;

import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.api.json.JsonIn;
import cn.jumin.yibao.api.json.JsonbSetup;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.api.problem.ProblemException.Kind;
import cn.jumin.yibao.api.problem.ProblemMapper;
import cn.jumin.yibao.api.problem.WebServerProblems;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * POST /api/v1/payment-orders/{id}/notifications: the payment channel's signed callback, served on the web server's
 * own routing rather than through JAX-RS. The caller is a machine authenticated by the HMAC signature of the body,
 * not by a token, so the JWT security, CDI interception and Jersey layers only cost time here: they were two thirds
 * of the service's CPU per callback (docs/performance.md, "Payment notifications"). Errors are the same problem
 * bodies {@link ProblemMapper} writes for every other endpoint.
 */
@ApplicationScoped
public class ChannelCallbacks {
    public static final String PATH = "/api/v1/payment-orders/{id}/notifications";
    /** The operations served here, for the check that the OpenAPI document and the routes agree. */
    public static final List<String> OPERATIONS = List.of("POST " + PATH);

    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 60) @Initialized(ApplicationScoped.class) Object ignored,
                  BeanManager beans, PaymentOrders orders) {
        // registered before the JAX-RS application, so this route is matched first
        beans.getExtension(ServerCdiExtension.class).serverRoutingBuilder()
                .route(Method.POST, PATH, (req, res) -> handle(orders, req, res))
                .any(PATH, ChannelCallbacks::notAllowed);
    }

    private static void handle(PaymentOrders orders, ServerRequest req, ServerResponse res) {
        try {
            if (!req.headers().contentType().map(t -> t.test(io.helidon.common.media.type.MediaTypes.APPLICATION_JSON)).orElse(false)) {
                throw ProblemException.of(Kind.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type", "application/json");
            }
            String id = req.path().pathParameters().get("id");
            String signature = req.headers().first(HeaderNames.create("X-Signature")).orElse(null);
            byte[] raw = JsonIn.read(req.content().inputStream(), JsonIn.DEFAULT_LIMIT);
            OrderView view = orders.notify(id, raw, signature, parse(orders, id, raw, signature));
            res.status(Status.OK_200);
            res.header(HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/json"));
            res.send(JsonbSetup.jsonb().toJson(view).getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            WebServerProblems.send(req, res, ProblemMapper.classify(e));
        }
    }

    /**
     * The notification in the body. A body that is malformed or misses fields is refused as unsigned when its
     * signature is wrong too: an unsigned caller learns no more than "bad signature".
     */
    static PaymentOrders.Notification parse(PaymentOrders orders, String id, byte[] raw, String signature) {
        JsonObject o;
        try {
            o = JsonIn.object(new ByteArrayInputStream(raw));
        } catch (ProblemException | jakarta.json.JsonException e) {
            if (!orders.signatureValid(id, raw, signature)) throw ProblemException.of(Kind.UNAUTHORIZED, "detail.bad-signature");
            throw e;
        }
        Fields f = new Fields();
        String orderId = f.string(o, "", "orderId", true, 64);
        String tx = f.string(o, "", "channelTransactionId", true, 128);
        BigDecimal amount = null;
        if (!o.containsKey("amount") || o.get("amount").getValueType() != JsonValue.ValueType.NUMBER) f.fail("amount", "field.type.number");
        else amount = o.getJsonNumber("amount").bigDecimalValue();
        OffsetDateTime paidAt = null;
        String paid = f.string(o, "", "paidAt", false, 64);
        if (paid != null) {
            try {
                paidAt = OffsetDateTime.parse(paid);
            } catch (DateTimeParseException e) {
                f.fail("paidAt", "field.datetime");
            }
        }
        String status = f.string(o, "", "status", true, 16);
        if (status != null && !status.equals("SUCCESS") && !status.equals("FAILED")) f.fail("status", "field.enum", "[SUCCESS, FAILED]");
        if (!f.ok() && !orders.signatureValid(id, raw, signature)) throw ProblemException.of(Kind.UNAUTHORIZED, "detail.bad-signature");
        f.throwIfAny();
        return new PaymentOrders.Notification(orderId, tx, amount, paidAt, status);
    }

    private static void notAllowed(ServerRequest req, ServerResponse res) {
        res.header(HeaderValues.create(HeaderNames.ALLOW, "POST"));
        WebServerProblems.send(req, res, ProblemException.of(Kind.METHOD_NOT_ALLOWED, "detail.method-not-allowed"));
    }
}
