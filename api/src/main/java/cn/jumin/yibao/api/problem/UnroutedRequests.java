package cn.jumin.yibao.api.problem;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;

/** A request no route takes (neither JAX-RS nor /health, /metrics) gets a 404 problem, not the server's bare 404. */
@ApplicationScoped
public class UnroutedRequests {
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 50) @Initialized(ApplicationScoped.class) Object ignored,
                  BeanManager beans) {
        ServerCdiExtension server = beans.getExtension(ServerCdiExtension.class);
        server.serverRoutingBuilder().error(NotFoundException.class, (req, res, e) -> {
            Lang lang = Lang.of(req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(null));
            String path = req.path().path();
            Problem p = ProblemMapper.render(ProblemException.of(ProblemException.Kind.NOT_FOUND, "detail.route-not-found", path), lang, path);
            res.status(Status.NOT_FOUND_404);
            res.header(HeaderValues.create(HeaderNames.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON.toString()));
            res.send(cn.jumin.yibao.api.json.JsonbSetup.jsonb().toJson(p).getBytes(StandardCharsets.UTF_8));
        });
    }
}
