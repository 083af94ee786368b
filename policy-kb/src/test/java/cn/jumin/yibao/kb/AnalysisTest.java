package cn.jumin.yibao.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Token streams of the analysis chains, and the colloquial synonym map applied to questions. */
class AnalysisTest {
    static final Analysis A = new Analysis();

    @Test
    void smartChainSegmentsWords() {
        // SmartCN's HMM dictionary does not know 医保 or 低保: they come out as single characters
        assertEquals(List.of("城乡", "居民", "医", "保", "个人", "缴费", "标准"), Analysis.tokens(A.smartIndex(), "城乡居民医保个人缴费标准"));
        assertEquals(List.of("新生儿", "出生", "90", "天", "内"), Analysis.tokens(A.smartIndex(), "新生儿出生90天内"));
    }

    @Test
    void bigramChainMakesOverlappingPairsAndFoldsWidth() {
        assertEquals(List.of("低保", "保对", "对象"), Analysis.tokens(A.bigramIndex(), "低保对象"));
        assertEquals(List.of("280", "元"), Analysis.tokens(A.bigramIndex(), "２８０ 元"));
    }

    @Test
    void colloquialGroupWordsBecomeTheNoticesTerms() {
        for (String word : List.of("低保户", "底保户", "低保护")) {
            List<String> smart = Analysis.tokens(A.smartQuery(), word);
            assertEquals(List.of("低", "保", "对象"), smart, word);
            List<String> bigram = Analysis.tokens(A.bigramQuery(), word);
            assertTrue(bigram.containsAll(List.of("低保", "对象")), word + " → " + bigram);
        }
        assertEquals(List.of("建档立卡"), Analysis.tokens(A.smartQuery(), "贫困户"));
        assertEquals(List.of("建档", "档立", "立卡"), Analysis.tokens(A.bigramQuery(), "贫困户"));
    }

    @Test
    void childrenMoneyAndReturningWorkers() {
        for (String word : List.of("娃儿", "伢", "宝宝", "小孩")) {
            assertTrue(Analysis.tokens(A.smartQuery(), word + "生了").contains("新生儿"), word + " → " + Analysis.tokens(A.smartQuery(), word));
        }
        assertTrue(Analysis.tokens(A.smartQuery(), "交医保").contains("缴费"), Analysis.tokens(A.smartQuery(), "交医保").toString());
        assertTrue(Analysis.tokens(A.smartQuery(), "要好多钱").contains("标准"), Analysis.tokens(A.smartQuery(), "要好多钱").toString());
        assertTrue(Analysis.tokens(A.smartQuery(), "打工回来").contains("返乡"), Analysis.tokens(A.smartQuery(), "打工回来").toString());
        // "能不能分两次交": the notices answer it where they say the year is paid 一次性
        assertTrue(Analysis.tokens(A.smartQuery(), "能不能分两次交").contains("一次性"), Analysis.tokens(A.smartQuery(), "能不能分两次交").toString());
        assertTrue(Analysis.tokens(A.bigramQuery(), "分期交").containsAll(List.of("一次", "次性")), Analysis.tokens(A.bigramQuery(), "分期交").toString());
    }

    @Test
    void hukouElsewhereStillSubsidisedAndChannels() {
        // "户口不在这边，住了好几年": the notices' 外地户籍 and 居住证
        assertTrue(Analysis.tokens(A.bigramQuery(), "户口不在这边").containsAll(List.of("外地", "户籍")), Analysis.tokens(A.bigramQuery(), "户口不在这边").toString());
        assertTrue(Analysis.tokens(A.bigramQuery(), "住了好几年").containsAll(List.of("居住", "住证")), Analysis.tokens(A.bigramQuery(), "住了好几年").toString());
        // "7月份才交，还有资助没得": the clause that dates the subsidy
        assertTrue(Analysis.tokens(A.bigramQuery(), "还有资助没得").containsAll(List.of("资助", "时间")), Analysis.tokens(A.bigramQuery(), "还有资助没得").toString());
        assertTrue(Analysis.tokens(A.smartQuery(), "有哪些渠道").contains("方式"), Analysis.tokens(A.smartQuery(), "有哪些渠道").toString());
        assertTrue(Analysis.tokens(A.bigramQuery(), "dibao户").containsAll(List.of("低保", "对象")), Analysis.tokens(A.bigramQuery(), "dibao户").toString());
    }

    @Test
    void wordsKeptBesideTheirSynonyms() {
        // 补助 is the notices' own word too (财政补助): it stays beside 资助; 学生 beside 在校生; 参保率 is 参保缴费率
        List<String> subsidy = Analysis.tokens(A.bigramQuery(), "政府给每人补助多少");
        assertTrue(subsidy.containsAll(List.of("补助", "资助")), subsidy.toString());
        List<String> pupils = Analysis.tokens(A.bigramQuery(), "学生代收");
        assertTrue(pupils.containsAll(List.of("学生", "在校", "校生")), pupils.toString());
        List<String> pinyin = Analysis.tokens(A.bigramQuery(), "weixin zhifubao");
        assertTrue(pinyin.containsAll(List.of("微信", "支付", "付宝")), pinyin.toString());
        List<String> premium = Analysis.tokens(A.bigramQuery(), "保费");
        assertTrue(premium.containsAll(List.of("保费", "缴费", "标准")), premium.toString());
        List<String> allowance = Analysis.tokens(A.bigramQuery(), "每人补贴多少");
        assertTrue(allowance.containsAll(List.of("资助", "补助")), allowance.toString());
        List<String> rate = Analysis.tokens(A.bigramQuery(), "参保率目标");
        assertTrue(rate.containsAll(List.of("保缴", "费率")), rate.toString());
        // who collects: the notices say which department 负责…医疗保险费征收
        List<String> collects = Analysis.tokens(A.bigramQuery(), "医保费谁征收");
        assertTrue(collects.containsAll(List.of("负责", "征收", "医疗", "险费")), collects.toString());
        List<String> office = Analysis.tokens(A.bigramQuery(), "报给人社局");
        assertTrue(office.containsAll(List.of("人社", "社局", "资源", "保障")), office.toString());
        List<String> misuse = Analysis.tokens(A.bigramQuery(), "乱收钱");
        assertTrue(misuse.containsAll(List.of("多收", "乱收", "查处")), misuse.toString());
    }

    @Test
    void indexChainsDoNotExpandSynonyms() {
        assertEquals(List.of("底", "保", "户"), Analysis.tokens(A.smartIndex(), "底保户"));
        assertEquals(List.of("底保", "保户"), Analysis.tokens(A.bigramIndex(), "底保户"));
    }

    @Test
    void aBrokenSynonymFileFailsLoudly() {
        try {
            new Analysis("低保户 => \n => =>");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains("synonyms"), e.getMessage());
            return;
        }
        throw new AssertionError("expected a parse failure");
    }
}
