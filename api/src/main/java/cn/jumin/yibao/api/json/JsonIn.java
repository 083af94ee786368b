package cn.jumin.yibao.api.json;

import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.api.problem.ProblemException.Kind;
import static cn.jumin.yibao.api.json.Jsonp.JSON;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body as one JSON object, refusing bodies over a size limit before parsing them. */
public final class JsonIn {
    public static final int DEFAULT_LIMIT = 64 * 1024;

    private JsonIn() {}

    public static JsonObject object(InputStream body) { return object(body, DEFAULT_LIMIT); }

    public static JsonObject object(InputStream body, int limit) {
        byte[] bytes = read(body, limit);
        if (isBlank(bytes)) throw ProblemException.of(Kind.BAD_REQUEST, "detail.empty-body");
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
            JsonStructure s = reader.read();
            if (s.getValueType() != JsonValue.ValueType.OBJECT) throw ProblemException.of(Kind.BAD_REQUEST, "detail.not-object");
            return (JsonObject) s;
        }
    }

    /** The body's bytes; 413 as soon as more than {@code limit} bytes arrive. */
    public static byte[] read(InputStream body, int limit) {
        if (body == null) return new byte[0];
        try {
            byte[] bytes = body.readNBytes(limit + 1);
            if (bytes.length > limit) throw ProblemException.of(Kind.PAYLOAD_TOO_LARGE, "detail.payload-too-large", limit);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') return false;
        return true;
    }
}
