package cn.jumin.yibao.api.problem;

import cn.jumin.yibao.policy.engine.InputError;
import cn.jumin.yibao.policy.engine.PolicyInputException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become {@code application/problem+json} (RFC 9457), worded in Chinese by default and
 * in English for {@code Accept-Language: en}. Never a stack trace, never HTML.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context HttpHeaders headers;
    @Context UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable t) {
        String path = uriInfo == null ? null : "/" + uriInfo.getPath();
        if (t instanceof NotFoundException && uriInfo != null && uriInfo.getMatchedResources().isEmpty()) {
            // No JAX-RS resource matched: answer an empty 404 so Helidon goes on to its other routes (/health,
            // /metrics); if none takes the request, UnroutedRequests answers with a problem.
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        ProblemException p = classify(t);
        Lang lang = Lang.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem body = render(p, lang, path);
        Response.ResponseBuilder r = Response.status(p.kind().status).type(PROBLEM_JSON).entity(body);
        if (t instanceof NotAuthorizedException) r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        if (t instanceof NotAllowedException na) r.allow(na.getResponse().getAllowedMethods());
        return r.build();
    }

    public static Problem render(ProblemException p, Lang lang, String instance) {
        List<Problem.FieldError> errors = p.faults().stream()
                .map(f -> new Problem.FieldError(f.field(), lang.text(f.key(), f.args().toArray()))).toList();
        return new Problem("/problems/" + p.kind().slug, lang.text("title." + p.kind().slug), p.kind().status,
                lang.text(p.detailKey(), p.detailArgs().toArray()), instance, errors.isEmpty() ? null : errors);
    }

    /** Any failure as the problem it is shown as (an unexpected one is logged with an id and shown as 500). */
    public static ProblemException classify(Throwable t) {
        if (t instanceof ProblemException p) return p;
        if (t instanceof PolicyInputException e) {
            return ProblemException.invalid(e.errors().stream().map(ProblemMapper::fault).toList());
        }
        if (t instanceof JsonParsingException e) {
            var loc = e.getLocation();
            return ProblemException.of(ProblemException.Kind.MALFORMED_JSON, "detail.malformed-json",
                    loc == null ? "?" : loc.getLineNumber(), loc == null ? "?" : loc.getColumnNumber());
        }
        if (t instanceof NotFoundException) {
            return ProblemException.of(ProblemException.Kind.NOT_FOUND, "detail.route-not-found", "");
        }
        if (t instanceof NotSupportedException) {
            return ProblemException.of(ProblemException.Kind.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type", "application/json");
        }
        if (t instanceof NotAllowedException) {
            return ProblemException.of(ProblemException.Kind.METHOD_NOT_ALLOWED, "detail.method-not-allowed");
        }
        if (t instanceof NotAcceptableException) {
            return ProblemException.of(ProblemException.Kind.NOT_ACCEPTABLE, "detail.not-acceptable");
        }
        if (t instanceof NotAuthorizedException) {
            return ProblemException.of(ProblemException.Kind.UNAUTHORIZED, "detail.unauthorized");
        }
        if (t instanceof ForbiddenException) {
            return ProblemException.of(ProblemException.Kind.FORBIDDEN, "detail.forbidden");
        }
        if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int s = w.getResponse().getStatus();
            ProblemException.Kind kind = switch (s) {
                case 401 -> ProblemException.Kind.UNAUTHORIZED;
                case 403 -> ProblemException.Kind.FORBIDDEN;
                case 404 -> ProblemException.Kind.NOT_FOUND;
                case 413 -> ProblemException.Kind.PAYLOAD_TOO_LARGE;
                case 415 -> ProblemException.Kind.UNSUPPORTED_MEDIA_TYPE;
                default -> ProblemException.Kind.BAD_REQUEST;
            };
            return ProblemException.of(kind, "detail." + kind.slug, "");
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "unhandled failure " + id, t);
        return ProblemException.of(ProblemException.Kind.INTERNAL, "detail.internal", id);
    }

    private static Fault fault(InputError e) {
        Object[] args = e.args().stream().map(a -> a instanceof List<?> l ? l.toString() : a).toArray();
        return Fault.of(e.field(), e.key(), args);
    }
}
