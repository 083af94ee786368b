package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.load.Resources;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words the chat engine listens for (bot/lexicon.json): typos, groups, intents, students, enrollment, off-topic. */
public final class Lexicon {
    final Map<String, String> typos;
    final Map<String, SpecialGroup> groups;
    final Map<Intent, List<String>> intents;
    final Map<String, String> outOfScope;
    final List<String> otherPlaces;
    final Map<String, Student> students;
    final Map<String, Enrollment> enrollments;
    final List<String> searchHints;
    /** Groups a household holds through its parents only (勐腊 四、(二): 双女结扎户家庭的父母): the couple, not the children. */
    final java.util.Set<SpecialGroup> parentsOnly;
    /** Villages and communities a notice names, with the area they are in (南城街道's 18 社区/村), longest first. */
    final Map<String, String> places;
    /** A group a person is in when they are said to be in all of the listed ones (重度残疾 + 低收入). */
    final Map<SpecialGroup, java.util.Set<SpecialGroup>> combinedGroups;
    /** Groups held by the parents and their minor children, not by grandparents (农村独生子女家庭). */
    final java.util.Set<SpecialGroup> nuclearFamilyOnly;
    /** Phrases that ask about a fact the policy files record (facts[].key), longest first. */
    final Map<String, List<String>> facts;

    private Lexicon(JsonObject o) {
        typos = longestFirst(strings(o.getJsonObject("typos")));
        groups = longestFirst(mapValues(strings(o.getJsonObject("groups")), SpecialGroup::valueOf));
        intents = new EnumMap<>(Intent.class);
        o.getJsonObject("intents").forEach((k, v) -> intents.put(Intent.valueOf(k),
                v.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        outOfScope = longestFirst(strings(o.getJsonObject("outOfScope")));
        otherPlaces = o.getJsonArray("otherPlaces").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        students = longestFirst(mapValues(strings(o.getJsonObject("students")), Student::valueOf));
        enrollments = longestFirst(mapValues(strings(o.getJsonObject("enrollments")), Enrollment::valueOf));
        searchHints = o.getJsonArray("searchHints").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        parentsOnly = o.containsKey("parentsOnly") ? o.getJsonArray("parentsOnly").getValuesAs(JsonString.class).stream()
                .map(v -> SpecialGroup.valueOf(v.getString())).collect(java.util.stream.Collectors.toUnmodifiableSet()) : java.util.Set.of();
        nuclearFamilyOnly = o.containsKey("nuclearFamilyOnly") ? o.getJsonArray("nuclearFamilyOnly").getValuesAs(JsonString.class).stream()
                .map(v -> SpecialGroup.valueOf(v.getString())).collect(java.util.stream.Collectors.toUnmodifiableSet()) : java.util.Set.of();
        places = longestFirst(cn.jumin.yibao.kb.Places.load());
        combinedGroups = new EnumMap<>(SpecialGroup.class);
        if (o.containsKey("combinedGroups")) {
            o.getJsonObject("combinedGroups").forEach((k, v) -> combinedGroups.put(SpecialGroup.valueOf(k), v.asJsonArray()
                    .getValuesAs(JsonString.class).stream().map(x -> SpecialGroup.valueOf(x.getString())).collect(java.util.stream.Collectors.toUnmodifiableSet())));
        }
        Map<String, List<String>> f = new LinkedHashMap<>();
        JsonObject fo = o.containsKey("facts") ? o.getJsonObject("facts") : JsonObject.EMPTY_JSON_OBJECT;
        fo.forEach((k, v) -> {
            if (!k.startsWith("_")) f.put(k, v.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        });
        facts = longestFirst(f);
    }

    public static Lexicon load() {
        return new Lexicon(Json.createReader(new StringReader(Resources.text("bot/lexicon.json"))).readObject());
    }

    private static Map<String, String> strings(JsonObject o) {
        Map<String, String> m = new LinkedHashMap<>();
        o.forEach((k, v) -> m.put(k, ((JsonString) v).getString()));
        return m;
    }

    private static <T> Map<String, T> mapValues(Map<String, String> m, java.util.function.Function<String, T> f) {
        Map<String, T> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }

    /** Longest keys first, so 一般贫困户 is found before 贫困户. */
    private static <T> Map<String, T> longestFirst(Map<String, T> m) {
        List<Map.Entry<String, T>> entries = new ArrayList<>(m.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, T> e) -> e.getKey().length()).reversed());
        Map<String, T> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
