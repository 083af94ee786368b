package cn.jumin.yibao.api.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider. {@code jakarta.json.Json.createReader} and friends look the provider up through the
 * ServiceLoader on every call, which scans the class path jars: 14% of a quote's CPU before this was cached.
 */
public final class Jsonp {
    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {}
}
