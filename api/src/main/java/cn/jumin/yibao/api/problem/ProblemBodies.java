package cn.jumin.yibao.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Error responses made without an exception (the JWT filter's 401 and 403) get a problem body too, so every error
 * a client sees has the same shape.
 */
@Provider
public class ProblemBodies implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        int s = res.getStatus();
        if (s < 400 || res.hasEntity() || s == 404) return;
        ProblemException.Kind kind = switch (s) {
            case 401 -> ProblemException.Kind.UNAUTHORIZED;
            case 403 -> ProblemException.Kind.FORBIDDEN;
            case 405 -> ProblemException.Kind.METHOD_NOT_ALLOWED;
            case 413 -> ProblemException.Kind.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemException.Kind.UNSUPPORTED_MEDIA_TYPE;
            default -> s >= 500 ? ProblemException.Kind.INTERNAL : ProblemException.Kind.BAD_REQUEST;
        };
        Lang lang = Lang.of(req.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = kind == ProblemException.Kind.INTERNAL ? "detail.internal" : "detail." + kind.slug;
        res.setEntity(ProblemMapper.render(ProblemException.of(kind, detail, "-"), lang, "/" + req.getUriInfo().getPath()),
                null, ProblemMapper.PROBLEM_JSON);
        if (s == 401 && res.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) == null) res.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
