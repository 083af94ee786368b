package cn.jumin.yibao.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.policy.load.Corpus;
import cn.jumin.yibao.policy.load.Notice;
import cn.jumin.yibao.policy.load.PolicyDataException;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.load.PolicyLoader;
import cn.jumin.yibao.policy.load.Verbatim;
import cn.jumin.yibao.policy.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PolicyDataTest {
    static final PolicyLibrary LIB = PolicyLibrary.load();

    @Test
    void everyNoticeHasExactlyOnePolicyFile() {
        List<String> docs = LIB.corpus().notices().stream().map(Notice::documentId).sorted().toList();
        List<String> policies = LIB.all().stream().map(Policy::documentId).sorted().toList();
        assertEquals(docs, policies);
    }

    @Test
    void everyQuoteIsVerbatimInItsNotice() {
        List<String> bad = new ArrayList<>();
        int[] count = {0};
        for (Policy p : LIB.all()) {
            String text = LIB.corpus().notice(p.documentId()).orElseThrow().text();
            PolicyLoader.forEachCite(p, "", (path, cite) -> {
                count[0]++;
                if (!Verbatim.isIn(cite.quote(), text)) bad.add(p.documentId() + " " + path + ": " + cite.quote());
            });
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
        assertTrue(count[0] > 200, "expected many cites, found " + count[0]);
    }

    @Test
    void verbatimCheckRejectsAChangedWord() {
        String text = LIB.corpus().notice("532301-2021").orElseThrow().text();
        assertTrue(Verbatim.isIn("2021 年度城乡居民医保个人缴费标准为每人 280 元。", text));
        assertFalse(Verbatim.isIn("2021 年度城乡居民医保个人缴费标准为每人 320 元。", text));
    }

    @Test
    void everyPolicyFileOnDiskIsListed() throws IOException {
        Path dir = Path.of("src/main/resources/policies");
        List<String> listed = cn.jumin.yibao.policy.load.Resources.lines(PolicyLoader.LISTING);
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .forEach(f -> assertTrue(listed.contains(f), f + " is not in policies.list"));
        }
    }

    @Test
    void aBrokenFileStopsLoadingNamingFileAndPath() throws Exception {
        String good = cn.jumin.yibao.policy.load.Resources.text("policies/532301-2021.json");
        String broken = good.replaceFirst("\"amount\": 280,", "\"amount\": -5,");
        PolicyDataException e = assertThrows(PolicyDataException.class, () -> loadOne(broken));
        assertTrue(e.getMessage().contains("policies/532301-2021.json: standards[0].amount"), e.getMessage());

        String misquoted = good.replace("每人 280 元。\"}", "每人 290 元。\"}");
        e = assertThrows(PolicyDataException.class, () -> loadOne(misquoted));
        assertTrue(e.getMessage().contains("standards[0].cite.quote: not verbatim"), e.getMessage());

        String unknownField = good.replaceFirst("\"year\": 2021,", "\"year\": 2021, \"yaer\": 1,");
        e = assertThrows(PolicyDataException.class, () -> loadOne(unknownField));
        assertTrue(e.getMessage().startsWith("policies/532301-2021.json: cannot be read"), e.getMessage());
    }

    private static Policy loadOne(String json) throws Exception {
        var m = PolicyLoader.class.getDeclaredMethod("load", String.class, String.class, jakarta.json.bind.Jsonb.class,
                jakarta.validation.Validator.class);
        m.setAccessible(true);
        try (var jsonb = jakarta.json.bind.JsonbBuilder.create(new jakarta.json.bind.JsonbConfig()
                .setProperty("jsonb.fail-on-unknown-properties", true));
             var vf = jakarta.validation.Validation.byDefaultProvider().configure()
                     .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                     .buildValidatorFactory()) {
            return (Policy) m.invoke(new PolicyLoader(Corpus.load()), "policies/532301-2021.json", json, jsonb, vf.getValidator());
        } catch (java.lang.reflect.InvocationTargetException ite) {
            throw (Exception) ite.getCause();
        }
    }

    @Test
    void areasResolveByCodeAndTypedName() {
        assertEquals("532301", LIB.resolveRegion("楚雄").orElseThrow());
        assertEquals("500119", LIB.resolveRegion("南城街道").orElseThrow());
        assertEquals("421321", LIB.resolveRegion("随州随县").orElseThrow());
        assertEquals("532823", LIB.resolveRegion("532823").orElseThrow());
        assertTrue(LIB.resolveRegion("北京").isEmpty());
    }
}
