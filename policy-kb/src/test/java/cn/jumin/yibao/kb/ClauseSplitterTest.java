package cn.jumin.yibao.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.policy.load.Corpus;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.load.PolicyLoader;
import cn.jumin.yibao.policy.load.Verbatim;
import cn.jumin.yibao.policy.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
    static final Corpus CORPUS = Corpus.load();

    static Map<String, Clause> clauses(String documentId) {
        return ClauseSplitter.split(CORPUS.notice(documentId).orElseThrow()).stream()
                .collect(Collectors.toMap(Clause::path, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void followsEachNoticesNumbering() {
        assertTrue(clauses("532301-2021").keySet().containsAll(List.of("前言", "一、(三)", "三、(一)", "六、(二)5.", "六、(六)", "附件")));
        assertTrue(clauses("500119-2021").keySet().containsAll(List.of("三、(二)", "四、(一)1.", "四、(一)2.", "五、(四)", "附表1")));
        assertTrue(clauses("421321-2021").keySet().containsAll(List.of("二、", "四、", "五、", "八、(二)", "附件")));
        assertTrue(clauses("532823-2019").keySet().containsAll(List.of("四、(一)", "五、(三)", "六、", "七、(三)")));
        assertTrue(clauses("340602-2020").keySet().containsAll(List.of("二、(三)", "四、", "五、(四)")));
    }

    @Test
    void headingsBecomeTitles() {
        assertEquals("缴费标准", clauses("532301-2021").get("二、").title());
        assertEquals("资助标准", clauses("500119-2021").get("五、(二)").title());
        assertEquals("待遇享受期", clauses("421321-2021").get("五、").title());
        assertEquals("加强领导，压实责任", clauses("532823-2019").get("七、(一)").title());
    }

    @Test
    void repairsSentencesBrokenAcrossPagesAndConverterArtefacts() {
        String chuxiong = clauses("532301-2021").get("六、(六)").text();
        assertTrue(chuxiong.contains("三级智力和精神残疾人、城乡低保对象"), chuxiong);
        String nanchuan = clauses("500119-2021").get("五、(二)").text();
        assertTrue(nanchuan.contains("计生优抚(奖抚)对象"), nanchuan);
        assertTrue(clauses("500119-2021").get("四、(一)1.").text().contains("享受 2021 年财政补助; 二档 655"));
        for (String doc : List.of("532301-2021", "532823-2019", "500119-2021", "340602-2020", "421321-2021")) {
            for (Clause c : clauses(doc).values()) {
                assertFalse(c.text().startsWith("- "), c.path());
                assertFalse(c.text().contains("**"), doc + " " + c.path());
            }
        }
    }

    @Test
    void keepsTheTaskTableAsAClause() {
        String table = clauses("500119-2021").get("附表1").text();
        assertTrue(table.contains("三圣路") && table.contains("55761"), table);
    }

    /** Every citation in the policy data stands in the clause it names (or one of its sub-clauses). */
    @Test
    void everyCitedClausePathHoldsItsQuote() {
        List<String> bad = new ArrayList<>();
        for (Policy p : PolicyLibrary.load().all()) {
            List<Clause> all = ClauseSplitter.split(CORPUS.notice(p.documentId()).orElseThrow());
            PolicyLoader.forEachCite(p, "", (path, cite) -> {
                String subtree = all.stream().filter(c -> c.path().startsWith(cite.clause()))
                        .map(Clause::text).collect(Collectors.joining("\n"));
                if (subtree.isEmpty() || !Verbatim.isIn(cite.quote(), subtree)) {
                    bad.add(p.documentId() + " " + path + " [" + cite.clause() + "]: " + cite.quote());
                }
            });
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
