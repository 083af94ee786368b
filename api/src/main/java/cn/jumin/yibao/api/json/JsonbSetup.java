package cn.jumin.yibao.api.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON-B as the API writes it: nulls are written (an unstated fact is {@code null}, not missing). */
@Provider
public class JsonbSetup implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    public static Jsonb jsonb() { return JSONB; }

    @Override
    public Jsonb getContext(Class<?> type) { return JSONB; }
}
