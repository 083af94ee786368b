package cn.jumin.yibao.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.policy.load.PolicyLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index packaged by the build answers exactly as one built at start-up would. */
class PrebuiltIndexTest {
    static final PolicyLibrary LIB = PolicyLibrary.load();

    static final List<String> QUESTIONS = List.of("楚雄低保户交医保自己要出好多", "娃儿生了快5个月才去上医保从啥时候能报",
            "随县伢在读初中医保跟大人交的一样吗", "杜集底保户医保自己还要掏多少", "勐腊什么时候交", "南川二档多少钱",
            "随县打工回来2月份还能交吗", "楚雄在哪里交医保", "外国人能参保吗", "新生儿要带什么材料", "建档立卡户资助多少",
            "过了集中期还能补缴吗", "南城街道监狱服刑人员怎么交", "返乡农民工续保延长到什么时候");

    @Test
    void thePackagedIndexIsPresentAndAnswersAsAFreshlyBuiltOne() {
        assertTrue(PrebuiltIndex.read(KnowledgeBase.DEFAULT_CHOICE, LIB.corpus()).isPresent(),
                "the build (exec plugin, process-classes) packages the index for this data");
        KnowledgeBase packaged = KnowledgeBase.load(LIB);
        KnowledgeBase built = new KnowledgeBase(LIB.corpus(), new Analysis(), KnowledgeBase.DEFAULT_CHOICE, LIB);
        assertEquals(built.clauses(), packaged.clauses());
        for (String q : QUESTIONS) {
            for (String region : java.util.Arrays.asList(null, "532301", "421321")) {
                assertEquals(hits(built, q, region), hits(packaged, q, region), q + " in " + region);
            }
        }
    }

    @Test
    void theFingerprintCoversTheData() {
        String f = PrebuiltIndex.fingerprint(LIB.corpus());
        assertEquals(64, f.length());
        assertEquals(f, PrebuiltIndex.fingerprint(LIB.corpus()), "stable");
    }

    static List<String> hits(KnowledgeBase kb, String q, String region) {
        return kb.search(q, region, null, 5).stream().map(h -> h.documentId() + " " + h.clause() + " " + h.score()).toList();
    }
}
