package cn.jumin.yibao.api.chat;

import cn.jumin.yibao.api.calc.Areas;
import cn.jumin.yibao.api.json.Fields;
import cn.jumin.yibao.kb.ClauseIndex;
import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * GET /api/v1/kb/search: clauses of the notices ranked for a question. Without {@code region}, an area named in the
 * question (楚雄, 南城街道 …) filters the search.
 */
@Path("/api/v1/kb/search")
@ApplicationScoped
@PermitAll
public class KbSearchResource {
    public record Hit(String documentId, String region, int year, String clause, String title, String text, float score) {}
    public record Hits(List<Hit> hits) {}

    private final KnowledgeBase kb;
    private final PolicyLibrary library;

    @Inject
    public KbSearchResource(KnowledgeBase kb, PolicyLibrary library) {
        this.kb = kb;
        this.library = library;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Hits search(@QueryParam("q") String q, @QueryParam("region") String region, @QueryParam("year") String year,
                       @QueryParam("limit") String limit) {
        Fields f = new Fields();
        if (q == null || q.isBlank()) f.fail("q", "field.required");
        else if (q.length() > 500) f.fail("q", "field.too-long", 500);
        String code = region == null || region.isBlank() ? null : Areas.regionField(library, f, "region", region);
        Integer y = intParam(f, "year", year, 1900, 2200);
        Integer n = intParam(f, "limit", limit, 1, 50);
        f.throwIfAny();
        List<ClauseIndex.Hit> hits = kb.search(q, code, y, n == null ? 5 : n);
        return new Hits(hits.stream().map(h -> new Hit(h.documentId(), h.region(), h.year(), h.clause(), h.title(), h.text(), h.score())).toList());
    }

    private static Integer intParam(Fields f, String name, String value, int min, int max) {
        if (value == null || value.isBlank()) return null;
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) { f.fail(name, "field.range", min, max); return null; }
            return v;
        } catch (NumberFormatException e) {
            f.fail(name, "field.type.integer");
            return null;
        }
    }
}
