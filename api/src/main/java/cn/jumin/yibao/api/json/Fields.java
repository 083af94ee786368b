package cn.jumin.yibao.api.json;

import cn.jumin.yibao.api.problem.Fault;
import cn.jumin.yibao.api.problem.ProblemException;
import cn.jumin.yibao.policy.id.ResidentId;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Typed reads from a JSON request with the path of each field (e.g. {@code members[2].birthDate}); every problem is
 * collected so one 400 names all the fields at fault.
 */
public final class Fields {
    private final List<Fault> faults = new ArrayList<>();

    public void fail(String field, String key, Object... args) { faults.add(Fault.of(field, key, args)); }

    public boolean ok() { return faults.isEmpty(); }

    public boolean hasFault(String field) { return faults.stream().anyMatch(f -> f.field().equals(field)); }

    /** Throws the collected faults as one 400 problem, if any. */
    public void throwIfAny() {
        if (!faults.isEmpty()) throw ProblemException.invalid(List.copyOf(faults));
    }

    private static boolean absent(JsonObject o, String key) {
        return o == null || !o.containsKey(key) || o.get(key).getValueType() == JsonValue.ValueType.NULL;
    }

    private static String path(String prefix, String key) { return prefix.isEmpty() ? key : prefix + "." + key; }

    private boolean missing(JsonObject o, String prefix, String key, boolean required) {
        if (!absent(o, key)) return false;
        if (required) fail(path(prefix, key), "field.required");
        return true;
    }

    public String string(JsonObject o, String prefix, String key, boolean required, int maxLength) {
        if (missing(o, prefix, key, required)) return null;
        JsonValue v = o.get(key);
        if (v.getValueType() != JsonValue.ValueType.STRING) { fail(path(prefix, key), "field.type.string"); return null; }
        String s = ((JsonString) v).getString();
        if (s.isBlank() && required) { fail(path(prefix, key), "field.required"); return null; }
        if (s.length() > maxLength) { fail(path(prefix, key), "field.too-long", maxLength); return null; }
        return s.strip();
    }

    public Integer integer(JsonObject o, String prefix, String key, boolean required, int min, int max) {
        if (missing(o, prefix, key, required)) return null;
        JsonValue v = o.get(key);
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            fail(path(prefix, key), "field.type.integer");
            return null;
        }
        JsonNumber n = (JsonNumber) v;
        if (n.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(min)) < 0
                || n.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            fail(path(prefix, key), "field.range", min, max);
            return null;
        }
        return n.intValue();
    }

    public Boolean bool(JsonObject o, String prefix, String key, boolean required) {
        if (missing(o, prefix, key, required)) return null;
        JsonValue v = o.get(key);
        if (v == JsonValue.TRUE) return true;
        if (v == JsonValue.FALSE) return false;
        fail(path(prefix, key), "field.type.boolean");
        return null;
    }

    public LocalDate date(JsonObject o, String prefix, String key, boolean required) {
        String s = string(o, prefix, key, required, 10);
        if (s == null) return null;
        try {
            if (!isIsoDateShape(s)) throw new DateTimeParseException("format", s, 0);
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            fail(path(prefix, key), "field.date");
            return null;
        }
    }

    /** yyyy-MM-dd with ASCII digits only (LocalDate.parse alone would accept +12021-01-01 and other ISO forms). */
    private static boolean isIsoDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) continue;
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    public <E extends Enum<E>> E enumValue(JsonObject o, String prefix, String key, boolean required, Class<E> type) {
        String s = string(o, prefix, key, required, 64);
        if (s == null) return null;
        try {
            return Enum.valueOf(type, s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fail(path(prefix, key), "field.enum", Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public JsonArray array(JsonObject o, String prefix, String key, boolean required) {
        if (missing(o, prefix, key, required)) return null;
        JsonValue v = o.get(key);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) { fail(path(prefix, key), "field.type.array"); return null; }
        return (JsonArray) v;
    }

    public JsonObject object(JsonObject o, String prefix, String key, boolean required) {
        if (missing(o, prefix, key, required)) return null;
        JsonValue v = o.get(key);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) { fail(path(prefix, key), "field.type.object"); return null; }
        return (JsonObject) v;
    }

    /** A resident ID number, validated per GB 11643 and returned with an upper-case X. */
    public String idNumber(JsonObject o, String prefix, String key, boolean required) {
        String s = string(o, prefix, key, required, 32);
        if (s == null) return null;
        var problem = ResidentId.problem(s);
        if (problem.isPresent()) {
            fail(path(prefix, key), "id." + problem.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            return null;
        }
        return ResidentId.normalize(s);
    }
}
