package cn.jumin.yibao.policy.load;

import cn.jumin.yibao.policy.model.SpecialGroup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Special-group labels and the notices' many wordings for each group (vocabulary/groups.json). */
public final class GroupVocabulary {
    private final Map<SpecialGroup, String> labels;
    private final Map<SpecialGroup, List<String>> wordings;
    private final Map<String, SpecialGroup> byWording;
    /** The age a member must have reached on the payment day (低收入家庭60周岁以上老年人: 60), where the group's name sets one. */
    private final Map<SpecialGroup, Integer> minAges;
    /** A family group held by the children only while under this age (农村独生子女家庭: 父母及未满18周岁子女). */
    private final Map<SpecialGroup, Integer> childrenUnder;

    private GroupVocabulary(Map<SpecialGroup, String> labels, Map<SpecialGroup, List<String>> wordings, Map<SpecialGroup, Integer> minAges,
                            Map<SpecialGroup, Integer> childrenUnder) {
        this.labels = labels;
        this.wordings = wordings;
        this.minAges = minAges;
        this.childrenUnder = childrenUnder;
        Map<String, SpecialGroup> w = new LinkedHashMap<>();
        wordings.forEach((g, list) -> list.forEach(s -> w.put(normalize(s), g)));
        labels.forEach((g, l) -> w.putIfAbsent(normalize(l), g));
        this.byWording = Collections.unmodifiableMap(w);
    }

    public static GroupVocabulary load() {
        String path = "vocabulary/groups.json";
        JsonArray arr = Json.createReader(new StringReader(Resources.text(path))).readArray();
        Map<SpecialGroup, String> labels = new EnumMap<>(SpecialGroup.class);
        Map<SpecialGroup, List<String>> wordings = new EnumMap<>(SpecialGroup.class);
        Map<SpecialGroup, Integer> minAges = new EnumMap<>(SpecialGroup.class);
        Map<SpecialGroup, Integer> childrenUnder = new EnumMap<>(SpecialGroup.class);
        for (int i = 0; i < arr.size(); i++) {
            JsonObject o = arr.getJsonObject(i);
            SpecialGroup g;
            try {
                g = SpecialGroup.valueOf(o.getString("code"));
            } catch (IllegalArgumentException e) {
                throw new PolicyDataException(path + ": [" + i + "].code: unknown group " + o.getString("code"));
            }
            labels.put(g, o.getString("label"));
            if (o.containsKey("minAge")) minAges.put(g, o.getInt("minAge"));
            if (o.containsKey("childrenUnder")) childrenUnder.put(g, o.getInt("childrenUnder"));
            wordings.put(g, o.getJsonArray("wordings").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList());
        }
        List<SpecialGroup> missing = new ArrayList<>();
        for (SpecialGroup g : SpecialGroup.values()) if (!labels.containsKey(g)) missing.add(g);
        if (!missing.isEmpty()) throw new PolicyDataException(path + ": no label for " + missing);
        return new GroupVocabulary(labels, wordings, minAges, childrenUnder);
    }

    public String label(SpecialGroup g) { return labels.get(g); }

    public List<String> wordings(SpecialGroup g) { return wordings.getOrDefault(g, List.of()); }

    public Optional<Integer> minAge(SpecialGroup g) { return Optional.ofNullable(minAges.get(g)); }

    public Optional<Integer> childrenUnder(SpecialGroup g) { return Optional.ofNullable(childrenUnder.get(g)); }

    /** A group by its code (any case) or by one of its Chinese wordings. */
    public Optional<SpecialGroup> find(String codeOrWording) {
        if (codeOrWording == null) return Optional.empty();
        String s = codeOrWording.strip();
        try {
            return Optional.of(SpecialGroup.valueOf(s.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.ofNullable(byWording.get(normalize(s)));
        }
    }

    /** All wordings, longest first, for finding groups inside free text. */
    public Map<String, SpecialGroup> wordingIndex() { return byWording; }

    static String normalize(String s) {
        return Verbatim.withoutWhitespace(s).replace('（', '(').replace('）', ')').replace('–', '—').replace('-', '—');
    }
}
