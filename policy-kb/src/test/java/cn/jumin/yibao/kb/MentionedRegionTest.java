package cn.jumin.yibao.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.jumin.yibao.policy.load.PolicyLibrary;
import org.junit.jupiter.api.Test;

class MentionedRegionTest {
    private static final KnowledgeBase KB = KnowledgeBase.load(PolicyLibrary.load());

    @Test
    void areaNamesFirstThenTownsAndVillages() {
        assertEquals("532301", KB.mentionedRegion("楚雄低保户交多少"));
        assertEquals("532301", KB.mentionedRegion("东瓜镇低保户缴医保自己要出多少"));
        assertEquals("421321", KB.mentionedRegion("厉山镇医保交几多"));
        assertEquals("500119", KB.mentionedRegion("金佛村今年任务数"));
        // a traditional-character question finds the same area
        assertEquals("532823", KB.search("勐臘建檔立卡貧困戶繳多少錢", null, null, 1).get(0).region());
        assertNull(KB.mentionedRegion("医保交多少"));
    }
}
