package cn.jumin.yibao.api.auth;

import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.policy.id.ResidentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns the verified token of the current request into a {@link Caller}, for the roles an endpoint accepts. */
@ApplicationScoped
public class Callers {
    private final JsonWebToken token;

    @Inject
    public Callers(JsonWebToken token) { this.token = token; }

    /** The caller in the first of the given roles the token holds; 403 when it holds none or its claims are unusable. */
    public Caller require(Caller.Kind... kinds) {
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        for (Caller.Kind k : kinds) {
            String role = k.name().toLowerCase(java.util.Locale.ROOT);
            if (!groups.contains(role)) continue;
            String sub = token.getSubject() == null ? token.getName() : token.getSubject();
            switch (k) {
                case RESIDENT -> {
                    String idn = claim("idn");
                    if (idn == null || !ResidentId.isValid(idn)) throw forbidden();
                    return new Caller(k, sub, ResidentId.normalize(idn), null, Set.of());
                }
                case PARTNER -> {
                    String scope = claim("scope");
                    Set<String> scopes = scope == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
                    if (sub == null || sub.isBlank()) throw forbidden();
                    return new Caller(k, sub, null, null, scopes);
                }
                case OFFICER -> {
                    String region = claim("region");
                    if (region == null || !region.matches("\\d{6}") || sub == null) throw forbidden();
                    return new Caller(k, sub, null, region, Set.of());
                }
            }
        }
        throw forbidden();
    }

    private String claim(String name) {
        Object v = token.getClaim(name);
        if (v == null) return null;
        if (v instanceof jakarta.json.JsonString s) return s.getString();
        return v.toString();
    }

    static ProblemException forbidden() { return ProblemException.of(ProblemException.Kind.FORBIDDEN, "detail.forbidden"); }
}
