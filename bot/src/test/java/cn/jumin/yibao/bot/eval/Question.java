package cn.jumin.yibao.bot.eval;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of bot/eval/*.jsonl: a resident's question and what a right answer must contain. */
public record Question(String id, String question, List<String> history, String region, String documentId,
                       List<String> clauses, String intent, List<String> mustContain, List<String> mustNotContain,
                       boolean outOfScope) {

    public static List<Question> load(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> of(Json.createReader(new StringReader(l)).readObject())).toList();
    }

    static Question of(JsonObject o) {
        return new Question(o.getString("id"), o.getString("question"), strings(o, "history"), str(o, "region"),
                str(o, "documentId"), strings(o, "clauses"), o.getString("intent"), strings(o, "mustContain"),
                strings(o, "mustNotContain"), o.getBoolean("outOfScope", false));
    }

    private static String str(JsonObject o, String k) {
        return o.containsKey(k) && o.get(k).getValueType() == JsonValue.ValueType.STRING ? o.getString(k) : null;
    }

    private static List<String> strings(JsonObject o, String k) {
        if (!o.containsKey(k) || o.get(k).getValueType() != JsonValue.ValueType.ARRAY) return List.of();
        return o.getJsonArray(k).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
