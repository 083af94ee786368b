package cn.jumin.yibao.api.problem;

import cn.jumin.yibao.api.json.JsonbSetup;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;

/** A problem answered on the web server's own routing (outside JAX-RS), in the body {@link ProblemMapper} writes. */
public final class WebServerProblems {
    private WebServerProblems() {}

    public static void send(ServerRequest req, ServerResponse res, ProblemException p) {
        Lang lang = Lang.of(req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(null));
        Problem body = ProblemMapper.render(p, lang, req.path().path());
        res.status(Status.create(p.kind().status));
        res.header(HeaderValues.create(HeaderNames.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON.toString()));
        res.send(JsonbSetup.jsonb().toJson(body).getBytes(StandardCharsets.UTF_8));
    }
}
