package cn.jumin.yibao.policy.load;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The notices shipped in policy-kb (corpus/), read once. The project never reads ../shared at run or test time. */
public final class Corpus {
    public static final String INDEX = "corpus/index.json";

    private final Map<String, Notice> byDocumentId;

    private Corpus(Map<String, Notice> byDocumentId) { this.byDocumentId = byDocumentId; }

    public static Corpus load() {
        JsonArray index;
        try {
            index = Json.createReader(new StringReader(Resources.text(INDEX))).readArray();
        } catch (JsonParsingException e) {
            throw new PolicyDataException(INDEX + ": malformed JSON: " + e.getMessage(), e);
        }
        Map<String, Notice> notices = new LinkedHashMap<>();
        for (int i = 0; i < index.size(); i++) {
            JsonObject o = index.getJsonObject(i);
            String file = o.getString("file");
            Notice n = new Notice(file, o.getString("region"), o.getString("regionName"), o.getInt("insuranceYear"),
                    str(o, "title"), str(o, "titleNote"), str(o, "issuer"), str(o, "docNumber"),
                    Optional.ofNullable(str(o, "issued")).map(LocalDate::parse).orElse(null),
                    Resources.text("corpus/" + file));
            if (notices.put(n.documentId(), n) != null) {
                throw new PolicyDataException(INDEX + ": [" + i + "]: a second notice for " + n.documentId());
            }
        }
        return new Corpus(Map.copyOf(notices));
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(key);
    }

    public Optional<Notice> notice(String documentId) { return Optional.ofNullable(byDocumentId.get(documentId)); }

    public Optional<Notice> byFile(String file) {
        return byDocumentId.values().stream().filter(n -> n.file().equals(file)).findFirst();
    }

    public List<Notice> notices() {
        return byDocumentId.values().stream().sorted(java.util.Comparator.comparing(Notice::file)).toList();
    }
}
