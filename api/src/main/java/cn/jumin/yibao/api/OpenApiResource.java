package cn.jumin.yibao.api;

import cn.jumin.yibao.policy.load.Resources;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * GET /openapi: the OpenAPI 3.1 document (openapi/openapi.yaml) exactly as written. Served as a file because
 * Helidon 4.3's OpenAPI support parses documents into the OpenAPI 3.0 model and rejects 3.1 constructs.
 */
@Path("/openapi")
@ApplicationScoped
@PermitAll
public class OpenApiResource {
    private final String document = Resources.text("META-INF/openapi.yaml");

    @GET
    @Produces({"application/yaml", "application/vnd.oai.openapi", "text/plain"})
    public String document() { return document; }
}
