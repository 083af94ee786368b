package cn.jumin.yibao.kb;

import cn.jumin.yibao.policy.load.Resources;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Towns, townships and villages residents name instead of their area ({@code kb/places.json}: place → area code). The
 * notices only list 南城街道's villages; the other places come from the national administrative divisions and say
 * nothing but which area a question is about.
 */
public final class Places {
    static final String FILE = "kb/places.json";

    private Places() {}

    /** Place → area code, in the file's order. */
    public static Map<String, String> load() {
        Map<String, String> m = new LinkedHashMap<>();
        Json.createReader(new StringReader(Resources.text(FILE))).readObject().getJsonObject("places")
                .forEach((k, v) -> m.put(k, ((JsonString) v).getString()));
        return m;
    }
}
