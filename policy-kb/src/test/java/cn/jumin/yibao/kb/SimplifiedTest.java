package cn.jumin.yibao.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jumin.yibao.policy.load.Resources;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimplifiedTest {

    @Test
    void tableIsIcusHantToHansForEverySingleCharacter() {
        Transliterator icu = Transliterator.getInstance("Hant-Hans");
        List<String> lines = Resources.lines(Simplified.TABLE);
        StringBuilder traditional = new StringBuilder(), simplified = new StringBuilder();
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            String s = String.valueOf((char) c);
            String r = icu.transliterate(s);
            if (!r.equals(s) && r.length() == 1) { traditional.append(s); simplified.append(r); }
        }
        assertEquals(traditional.toString(), lines.get(0));
        assertEquals(simplified.toString(), lines.get(1));
    }

    @Test
    void foldsTraditionalAndLeavesSimplifiedAlone() {
        assertEquals("勐腊建档立卡贫困户缴多少钱", Simplified.fold("勐臘建檔立卡貧困戶繳多少錢"));
        assertEquals("随县医保交多少", Simplified.fold("隨縣醫保交多少"));
        String notice = Resources.text("corpus/000_8c9fa560145995ff.txt");
        assertTrue(notice.equals(Simplified.fold(notice)), "a notice in simplified characters is unchanged");
    }
}
