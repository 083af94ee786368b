package cn.jumin.yibao.api.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Partial matching of an expected JSON value against an actual one, for golden scenarios written as data.
 * Objects: every expected key must match (null must be null). Numbers compare as decimals. Arrays match element by
 * element with equal length, except lists of citations, notes and the like, where every expected element must match
 * some actual element, and an expected string matches an actual string that contains it.
 */
public final class JsonMatch {
    private static final Set<String> SUBSET_ARRAYS = Set.of("citations", "notes", "steps", "documents", "offices",
            "paymentChannels", "reasons", "requiredDocuments", "errors", "suggestions", "hits", "rejected");

    private JsonMatch() {}

    public static List<String> mismatches(JsonValue expected, JsonValue actual) {
        List<String> out = new ArrayList<>();
        match("$", expected, actual, false, out);
        return out;
    }

    private static void match(String path, JsonValue exp, JsonValue act, boolean loose, List<String> out) {
        if (exp.getValueType() == JsonValue.ValueType.NULL) {
            if (act == null || act.getValueType() != JsonValue.ValueType.NULL) out.add(path + ": expected null, got " + act);
            return;
        }
        if (act == null) { out.add(path + ": missing, expected " + exp); return; }
        switch (exp.getValueType()) {
            case OBJECT -> {
                if (!(act instanceof JsonObject a)) { out.add(path + ": expected object, got " + act); return; }
                ((JsonObject) exp).forEach((k, v) -> match(path + "." + k, v, a.get(k), false, out));
            }
            case ARRAY -> {
                if (!(act instanceof JsonArray a)) { out.add(path + ": expected array, got " + act); return; }
                JsonArray e = (JsonArray) exp;
                String key = path.substring(path.lastIndexOf('.') + 1);
                if (SUBSET_ARRAYS.contains(key)) {
                    for (int i = 0; i < e.size(); i++) {
                        JsonValue want = e.get(i);
                        boolean found = a.stream().anyMatch(x -> { List<String> o = new ArrayList<>(); match(path, want, x, true, o); return o.isEmpty(); });
                        if (!found) out.add(path + ": no element matches " + want);
                    }
                } else if (e.size() != a.size()) {
                    out.add(path + ": expected " + e.size() + " elements, got " + a.size() + ": " + a);
                } else {
                    for (int i = 0; i < e.size(); i++) match(path + "[" + i + "]", e.get(i), a.get(i), false, out);
                }
            }
            case NUMBER -> {
                if (!(act instanceof JsonNumber n) || n.bigDecimalValue().compareTo(((JsonNumber) exp).bigDecimalValue()) != 0) {
                    out.add(path + ": expected " + exp + ", got " + act);
                }
            }
            case STRING -> {
                String want = ((JsonString) exp).getString();
                boolean ok = act instanceof JsonString s && (loose ? s.getString().contains(want) : s.getString().equals(want));
                if (!ok) out.add(path + ": expected \"" + want + "\", got " + act);
            }
            default -> { if (!exp.equals(act)) out.add(path + ": expected " + exp + ", got " + act); }
        }
    }
}
