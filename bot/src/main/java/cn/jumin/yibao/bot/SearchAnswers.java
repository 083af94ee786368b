package cn.jumin.yibao.bot;

import cn.jumin.yibao.kb.ClauseIndex;
import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.Verbatim;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Policy;
import java.util.List;

/** When nothing can be computed: the clause that answers best, in the notice's own words, or an honest "not found". */
final class SearchAnswers {
    private static final float MIN_SCORE = 3.0f;
    private final KnowledgeBase kb;

    SearchAnswers(KnowledgeBase kb) { this.kb = kb; }

    Answer answer(Policy p, Understanding u, String question) {
        List<ClauseIndex.Hit> hits = kb.search(question, p.region(), p.year(), 1);
        if (hits.isEmpty() || hits.get(0).score() < MIN_SCORE) {
            return Answer.of(Intent.SEARCH, Words.notice(p) + "的参保缴费通知里没有找到这个问题的规定。" + Words.HOTLINE, List.of());
        }
        ClauseIndex.Hit h = hits.get(0);
        String body = h.text().replaceFirst("^[（(]?[一二三四五六七八九十\\d]+[)）、.．]\\s*", "").replace("\n", "");
        // shown without the extraction's padding spaces ("2021 年 6 月 30 日" → "2021年6月30日"); the citation stays verbatim
        String quote = Words.shorten(body.replaceAll("(?<=[\\p{IsHan}，。、；：:（）()])\\s+|\\s+(?=[\\p{IsHan}，。、；：:（）()])", ""), 150);
        String text = Words.notice(p) + "通知" + h.clause() + "（" + h.title() + "）规定：" + quote;
        // the citation quotes the clause verbatim (as much as fits), never a paraphrase
        String verbatim = Verbatim.isIn(quote.replace("…", ""), h.text()) ? quote.replace("…", "") : h.text().replace("\n", "");
        return Answer.of(Intent.SEARCH, text, List.of(new Citation(p.documentId(), p.title(), h.clause(), verbatim)));
    }
}
