package cn.jumin.yibao.api.calc;

import cn.jumin.yibao.api.json.JsonbSetup;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Area;
import cn.jumin.yibao.policy.model.Policy;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import static cn.jumin.yibao.api.json.Jsonp.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** GET /api/v1/regions and GET /api/v1/regions/{region}/policies/{year}: the areas, and each notice as structured data. */
@Path("/api/v1/regions")
@ApplicationScoped
@PermitAll
public class RegionsResource {
    public record RegionInfo(String region, String name, String fullName, List<String> aliases, List<Integer> years,
                             String coverageNote) {}
    public record Regions(List<RegionInfo> regions) {}

    private final PolicyLibrary library;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    @Inject
    public RegionsResource(PolicyLibrary library) { this.library = library; }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Regions regions() {
        return new Regions(library.regions().stream().map(r -> {
            Area a = library.area(r);
            return new RegionInfo(r, a.name(), a.fullName(), a.aliases(), library.years(r), a.coverageNote());
        }).toList());
    }

    @GET
    @Path("/{region}/policies/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    public String policy(@PathParam("region") String region, @PathParam("year") String year) {
        int y;
        try {
            y = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            y = -1;
        }
        Policy p = Areas.policyOr404(library, region, y);
        return rendered.computeIfAbsent(p.documentId(), id -> render(p));
    }

    /**
     * The policy file as the API shows it: every {@code cite} becomes a {@code citation} naming the notice, and the
     * notice's metadata and all citations are listed at the top level.
     */
    static String render(Policy p) {
        JsonObject raw = JSON.createReader(new StringReader(JsonbSetup.jsonb().toJson(p))).readObject();
        Map<String, JsonObject> all = new LinkedHashMap<>();
        JsonObject body = (JsonObject) withCitations(raw, p, all);
        JsonObjectBuilder out = JSON.createObjectBuilder(body);
        out.add("title", p.title());
        out.add("notice", JSON.createObjectBuilder()
                .add("title", p.title())
                .add("titleInSource", p.source().title() != null)
                .add("number", nullable(p.source().docNumber()))
                .add("issuer", nullable(p.source().issuer()))
                .add("issued", nullable(p.source().issued() == null ? null : p.source().issued().toString()))
                .add("note", nullable(p.source().titleNote())));
        JsonArrayBuilder cites = JSON.createArrayBuilder();
        all.values().forEach(cites::add);
        out.add("citations", cites);
        return out.build().toString();
    }

    private static JsonValue withCitations(JsonValue v, Policy p, Map<String, JsonObject> all) {
        if (v instanceof JsonObject o) {
            if (o.size() == 2 && o.containsKey("clause") && o.containsKey("quote")) {
                JsonObject c = JSON.createObjectBuilder().add("documentId", p.documentId()).add("title", p.title())
                        .add("clause", o.getString("clause")).add("quote", o.getString("quote")).build();
                all.putIfAbsent(c.getString("clause") + "|" + c.getString("quote"), c);
                return c;
            }
            JsonObjectBuilder b = JSON.createObjectBuilder();
            o.forEach((k, x) -> b.add(k.equals("cite") ? "citation" : k.endsWith("Cite") ? k.substring(0, k.length() - 4) + "Citation" : k,
                    withCitations(x, p, all)));
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray a) {
            JsonArrayBuilder b = JSON.createArrayBuilder();
            a.forEach(x -> b.add(withCitations(x, p, all)));
            return b.build();
        }
        return v;
    }

    private static JsonValue nullable(String s) { return s == null ? JsonValue.NULL : JSON.createValue(s); }
}
