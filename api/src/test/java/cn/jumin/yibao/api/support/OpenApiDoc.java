package cn.jumin.yibao.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** openapi/openapi.yaml, and validation of a response body against the schema the document gives for it. */
public final class OpenApiDoc {
    public static final Path FILE = Path.of("../openapi/openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode doc;

    public OpenApiDoc() throws IOException { this.doc = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile()); }

    public JsonNode root() { return doc; }

    public boolean has(String path, String method) {
        return doc.path("paths").path(path).has(method.toLowerCase(java.util.Locale.ROOT));
    }

    /** Problems found validating {@code body} against the response schema of path, method, status and media type. */
    public List<String> validate(String path, String method, int status, String mediaType, String body) throws IOException {
        JsonNode responses = doc.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT)).path("responses");
        JsonNode response = responses.path(String.valueOf(status));
        if (response.isMissingNode()) return List.of("no response " + status + " documented for " + method + " " + path);
        String pointer;
        if (response.has("$ref")) {
            String ref = response.get("$ref").asText();
            JsonNode resolved = doc.at(ref.substring(1));
            if (!resolved.path("content").has(mediaType)) return List.of("response " + ref + " has no " + mediaType);
            pointer = ref + "/content/" + escape(mediaType) + "/schema";
        } else {
            if (!response.path("content").has(mediaType)) return List.of(method + " " + path + " " + status + " has no " + mediaType);
            pointer = "#/paths/" + escape(path) + "/" + method.toLowerCase(java.util.Locale.ROOT) + "/responses/" + status
                    + "/content/" + escape(mediaType) + "/schema";
        }
        ObjectNode schemaNode = doc.deepCopy();
        schemaNode.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schemaNode.put("$ref", pointer);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(body));
        return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static String escape(String s) { return s.replace("~", "~0").replace("/", "~1"); }
}
