package cn.jumin.yibao.bot;

import cn.jumin.yibao.kb.ClauseIndex;
import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.Verbatim;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Policy;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** When nothing can be computed: the clause that answers best, in the notice's own words, or an honest "not found". */
final class SearchAnswers {
    private static final float MIN_SCORE = 3.0f;
    private static final Pattern BABY_WORDS = Pattern.compile("娃娃|娃儿|娃|伢儿|伢子|伢|小孩子|小孩|宝宝");
    private final KnowledgeBase kb;

    SearchAnswers(KnowledgeBase kb) { this.kb = kb; }

    Answer answer(Policy p, Understanding u, String question) {
        // "娃儿在读初中": a pupil, not a newborn; the baby words would pull the newborn clauses up
        String query = u.student() != null ? BABY_WORDS.matcher(question).replaceAll("") : question;
        List<ClauseIndex.Hit> hits = kb.search(query, p.region(), p.year(), 3);
        if (hits.isEmpty() || hits.get(0).score() < MIN_SCORE) {
            return Answer.of(Intent.SEARCH, Words.notice(p) + "的参保缴费通知里没有找到这个问题的规定。" + Words.HOTLINE, List.of());
        }
        // The sentence that answers: within the best clauses, the one sharing most two-character words with the
        // question; ties go to the better-ranked clause and the earlier sentence. A long clause's answer is rarely
        // its first sentence ("要开票不" is answered in the middle of 四、).
        Set<String> asked = bigrams(u.text());
        ClauseIndex.Hit best = hits.get(0);
        String bestSentence = null;
        double bestScore = -1;
        for (int rank = 0; rank < hits.size(); rank++) {
            ClauseIndex.Hit h = hits.get(rank);
            if (h.score() < MIN_SCORE || h.score() < hits.get(0).score() * 0.6) continue;
            List<String> sentences = sentences(body(h));
            for (int i = 0; i < sentences.size(); i++) {
                double score = overlap(asked, sentences.get(i)) - rank * 1.5 - i * 0.01;
                if (score > bestScore) { bestScore = score; best = h; bestSentence = sentences.get(i); }
            }
        }
        String body = body(best);
        String shown = bestSentence == null || overlap(asked, bestSentence) == 0 ? body : fromSentence(body, bestSentence);
        // shown without the extraction's padding spaces ("2021 年 6 月 30 日" → "2021年6月30日"); the citation stays verbatim
        String quote = Words.shorten(unpad(shown), 150);
        String text = Words.notice(p) + "通知" + best.clause() + "（" + best.title() + "）规定：" + quote;
        // the citation quotes the clause verbatim (as much as fits), never a paraphrase
        String verbatim = Verbatim.isIn(quote.replace("…", ""), best.text()) ? quote.replace("…", "") : best.text().replace("\n", "");
        return Answer.of(Intent.SEARCH, text, List.of(new Citation(p.documentId(), p.title(), best.clause(), verbatim)));
    }

    private static String body(ClauseIndex.Hit h) {
        return h.text().replaceFirst("^[（(]?[一二三四五六七八九十\\d]+[)）、.．]\\s*", "").replace("\n", "");
    }

    private static String unpad(String s) {
        return PADDING.matcher(s).replaceAll("");
    }

    private static final java.util.regex.Pattern PADDING =
            java.util.regex.Pattern.compile("(?<=[\\p{IsHan}，。、；：:（）()])\\s+|\\s+(?=[\\p{IsHan}，。、；：:（）()])");

    /** The clause from the chosen sentence on, so the answer starts where the question is answered. */
    private static String fromSentence(String body, String sentence) {
        int at = body.indexOf(sentence);
        return at <= 0 ? body : body.substring(at);
    }

    static List<String> sentences(String body) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
                if (i + 1 > start) out.add(body.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < body.length()) out.add(body.substring(start));
        return out;
    }

    /** Two-character words of the question, without the ones every notice is full of. */
    static Set<String> bigrams(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        String t = unpad(text);
        for (int i = 0; i + 1 < t.length(); i++) {
            char a = t.charAt(i), b = t.charAt(i + 1);
            if (Character.UnicodeScript.of(a) != Character.UnicodeScript.HAN || Character.UnicodeScript.of(b) != Character.UnicodeScript.HAN) continue;
            String bg = "" + a + b;
            if (!COMMON.contains(bg)) out.add(bg);
        }
        return out;
    }

    private static final Set<String> COMMON = Set.of("医保", "参保", "缴费", "交医", "居民", "城乡", "保险", "医疗", "基本", "可以",
            "能不", "什么", "怎么", "咋个", "哪里", "还要", "要不", "是不", "不是", "我们", "我的", "你们", "需要", "的人", "的时", "时候");

    private static int overlap(Set<String> asked, String sentence) {
        String s = unpad(sentence);
        int n = 0;
        for (String bg : asked) if (s.contains(bg)) n++;
        return n;
    }
}
