package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.load.Resources;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * The chat's named word lists (bot/phrases.json), kept as data so that a word residents use is added without touching
 * the Java that reads it. Loaded once; a list named in the code but missing from the file stops the class from loading.
 */
final class Phrases {
    private static final Map<String, String[]> LISTS = load();

    private Phrases() {}

    static String[] of(String name) {
        String[] words = LISTS.get(name);
        if (words == null) throw new IllegalStateException("bot/phrases.json has no list \"" + name + "\"");
        return words;
    }

    private static Map<String, String[]> load() {
        JsonObject o = Json.createReader(new StringReader(Resources.text("bot/phrases.json"))).readObject();
        Map<String, String[]> lists = new HashMap<>();
        o.forEach((k, v) -> {
            if (!k.startsWith("_")) lists.put(k, v.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray(String[]::new));
        });
        return Map.copyOf(lists);
    }
}
