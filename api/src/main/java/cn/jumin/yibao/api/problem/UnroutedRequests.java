package cn.jumin.yibao.api.problem;

import io.helidon.http.NotFoundException;
import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;

/** A request no route takes (neither JAX-RS nor /health, /metrics) gets a 404 problem, not the server's bare 404. */
@ApplicationScoped
public class UnroutedRequests {
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 50) @Initialized(ApplicationScoped.class) Object ignored,
                  BeanManager beans) {
        ServerCdiExtension server = beans.getExtension(ServerCdiExtension.class);
        server.serverRoutingBuilder().error(NotFoundException.class, (req, res, e) -> WebServerProblems.send(req, res,
                ProblemException.of(ProblemException.Kind.NOT_FOUND, "detail.route-not-found", req.path().path())));
    }
}
