package cn.jumin.yibao.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jumin.yibao.policy.engine.HouseholdQuote;
import cn.jumin.yibao.policy.engine.MemberInput;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written quote writer must say exactly what JSON-B would say about the same quote. */
class QuoteWriterTest {
    static PolicyLibrary library;
    static QuoteEngine engine;

    @BeforeAll
    static void load() {
        library = PolicyLibrary.load();
        engine = new QuoteEngine(library.groups());
    }

    static JsonValue parse(String json) {
        try (var r = Json.createReader(new StringReader(json))) { return r.readValue(); }
    }

    static void assertSameAsJsonb(HouseholdQuote q) {
        assertEquals(parse(JsonbSetup.jsonb().toJson(q)), parse(QuoteWriter.json(q)));
    }

    @Test
    void everyNoticeAndManyHouseholdsWriteAsJsonbWould() {
        List<MemberInput> household = List.of(
                new MemberInput("奶奶", LocalDate.of(1950, 1, 1), null, null, null, Set.of(SpecialGroup.MINIMUM_LIVING, SpecialGroup.SEVERE_DISABILITY)),
                new MemberInput("爷爷", null, null, null, null, Set.of(SpecialGroup.EXTREME_POVERTY)),
                new MemberInput("妈妈", null, null, null, null, Set.of(SpecialGroup.RURAL_ONLY_CHILD_FAMILY)),
                new MemberInput("娃", LocalDate.of(2012, 9, 1), null, Student.PRIMARY_SECONDARY, Enrollment.CONTINUING, Set.of()),
                new MemberInput("新生儿", null, null, null, Enrollment.NEWBORN, Set.of()));
        int written = 0;
        for (Policy p : library.all()) {
            for (LocalDate day = LocalDate.of(p.year() - 1, 8, 1); day.isBefore(LocalDate.of(p.year() + 1, 3, 1)); day = day.plusDays(17)) {
                assertSameAsJsonb(engine.quote(p, day, household));
                written++;
            }
        }
        assertEquals(true, written > 50, "quotes compared: " + written);
    }

    @Test
    void stringsThatNeedEscapingAreEscaped() {
        Policy p = library.policy("532301", 2021).orElseThrow();
        String awkward = "引号\"反斜杠\\换行\n制表\t响铃\u0007表情😀\u2028";
        HouseholdQuote q = engine.quote(p, LocalDate.of(2020, 10, 15),
                List.of(new MemberInput(awkward, null, null, null, null, Set.of())));
        assertSameAsJsonb(q);
        assertEquals(awkward, parse(QuoteWriter.json(q)).asJsonObject().getJsonArray("members").getJsonObject(0).getString("ref"));
    }
}
