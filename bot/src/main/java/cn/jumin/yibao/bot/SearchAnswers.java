package cn.jumin.yibao.bot;

import cn.jumin.yibao.kb.ClauseIndex;
import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.Verbatim;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** When nothing can be computed: the clause that answers best, in the notice's own words, or an honest "not found". */
final class SearchAnswers {
    private static final float MIN_SCORE = 3.0f;
    private static final Pattern BABY_WORDS = Pattern.compile("娃娃|娃儿|娃|伢儿|伢子|伢|小孩子|小孩|宝宝");
    private final KnowledgeBase kb;

    SearchAnswers(KnowledgeBase kb) { this.kb = kb; }

    /** "文号是好多", "依据哪个文件": the notice itself — title, number, issuer, date — cited at its opening. */
    private static final String[] ABOUT_THE_NOTICE = Phrases.of("aboutTheNotice");
    /** "能退不", "退回来", "退给我": a refund asked for. */
    private static final String[] REFUND = Phrases.of("refund");
    private static final Pattern REFUND_IN_NOTICE = Pattern.compile("返还|退还|退费|退回|退款");

    /** "依据的是州里哪个文件", "引用的市里方案": a document the notice refers to, found in its clauses. */
    private static final String[] REFERRED_DOCUMENT = Phrases.of("referredDocument");

    Answer answer(Policy p, Understanding u, String question) {
        if (Parser.containsAny(u.text(), ABOUT_THE_NOTICE) && !Parser.containsAny(u.text(), REFERRED_DOCUMENT)) return aboutTheNotice(p);
        // "交的钱能退回来不": a notice that says nothing of refunds is not made to answer by its nearest clause
        if (Parser.containsAny(u.text(), REFUND) && !REFUND_IN_NOTICE.matcher(noticeText(p.documentId())).find()) {
            return Answer.of(Intent.SEARCH, Words.notice(p) + "的参保缴费通知没有写已缴的医保费能不能退。" + Words.HOTLINE, List.of());
        }
        // "娃儿在读初中": a pupil, not a newborn; the baby words would pull the newborn clauses up
        String query = u.student() != null ? BABY_WORDS.matcher(question).replaceAll("") : question;
        List<ClauseIndex.Hit> hits = new ArrayList<>(kb.search(query, p.region(), p.year(), 3));
        // "金佛村今年分了好多任务": a table of the notice with a row the question names is a candidate, wherever it ranks
        for (var c : kb.clauses()) {
            if (!c.documentId().equals(p.documentId()) || c.text().indexOf('\t') < 0) continue;
            if (hits.stream().anyMatch(h -> h.clause().equals(c.path()))) continue;
            ClauseIndex.Hit table = new ClauseIndex.Hit(c.documentId(), c.region(), c.year(), c.path(), c.title(), c.text(), MIN_SCORE);
            if (rows(table).stream().anyMatch(r -> rowNamed(r, u.text()))) hits.add(table);
        }
        // "低保对象是哪个部门认定的": the clauses that say who does what are candidates, wherever they rank
        boolean asksWho = Parser.containsAny(u.text(), ASKS_WHO);
        if (asksWho) {
            for (var c : kb.clauses()) {
                if (!c.documentId().equals(p.documentId()) || sentences(c.text()).stream().noneMatch(SearchAnswers::says)) continue;
                if (hits.stream().anyMatch(h -> h.clause().equals(c.path()))) continue;
                hits.add(new ClauseIndex.Hit(c.documentId(), c.region(), c.year(), c.path(), c.title(), c.text(), MIN_SCORE));
            }
        }
        // "村委会多久把缴费人员表交给医保经办": how often is asked; the clauses that say 每周 / 每月 are candidates too
        boolean asksHowOften = Parser.containsAny(u.text(), HOW_OFTEN);
        if (asksHowOften && !hits.isEmpty()) {
            for (var c : kb.clauses()) {
                if (!c.documentId().equals(p.documentId()) || !OFTEN.matcher(c.text()).find()) continue;
                if (hits.stream().anyMatch(h -> h.clause().equals(c.path()))) continue;
                hits.add(new ClauseIndex.Hit(c.documentId(), c.region(), c.year(), c.path(), c.title(), c.text(), MIN_SCORE));
            }
        }
        if (hits.isEmpty() || hits.get(0).score() < MIN_SCORE) {
            return Answer.of(Intent.SEARCH, Words.notice(p) + "的参保缴费通知里没有找到这个问题的规定。" + Words.HOTLINE, List.of());
        }
        // The sentence that answers: within the best clauses, the one sharing most two-character words with the
        // question; ties go to the better-ranked clause and the earlier sentence. A long clause's answer is rarely
        // its first sentence ("要开票不" is answered in the middle of 四、).
        Set<String> asked = bigrams(u.text());
        // "能退吗" is answered by a sentence on 返还: the notice's words the synonym map gives count as asked
        for (String t : kb.index().queryTerms(query)) if (t.length() >= 2 && !u.text().contains(t)) asked.addAll(allBigrams(t));
        java.util.Map<String, Double> weight = weights(p.documentId(), asked);
        ClauseIndex.Hit best = hits.get(0);
        String bestSentence = null;
        double bestScore = -1;
        for (int rank = 0; rank < hits.size(); rank++) {
            ClauseIndex.Hit h = hits.get(rank);
            if (h.score() < MIN_SCORE || onlyAnAttachmentTitle(h)) continue;
            // a paragraph ends a sentence too: an attachment's form has no full stop before "本表一式两份"
            List<String> sentences = isTable(h) ? rows(h) : sentences(h.text().replaceFirst(NUMBERED, ""));
            // a table row means what its title and header say of it ("金佛 6073" is 金佛's 任务数)
            String context = isTable(h) ? tableRow(h, "") : "";
            for (int i = 0; i < sentences.size(); i++) {
                // the attachment's own title line is shown as its name already; it answers nothing
                if (sentences.get(i).replaceFirst("^附件[:：]?", "").strip().equals(h.title())) continue;
                double score = overlap(asked, context + sentences.get(i), weight) - Math.min(rank, 3) * 1.0 - i * 0.01
                        + (isTable(h) && rowNamed(sentences.get(i), u.text()) ? ROW_NAMED : 0)
                        + (!isTable(h) && headNamed(sentences.get(i), u.text()) ? HEAD_NAMED : 0)
                        + (asksWho && says(sentences.get(i)) ? SAYS_WHO : 0)
                        + (asksWho && subjectNamed(sentences.get(i), u.text()) ? HEAD_NAMED : 0)
                        + (asksHowOften && OFTEN.matcher(sentences.get(i)).find() ? SAYS_HOW_OFTEN : 0);
                if (score > bestScore) { bestScore = score; best = h; bestSentence = sentences.get(i); }
            }
        }
        if (asksWho && bestSentence != null && !isTable(best)) bestSentence = firstOfSeveralAsked(best, bestSentence, asked, weight);
        String body = body(best);
        // "村里多久报一次表": the sentence saying how often answers, though it shares no word with the question
        boolean matched = bestSentence != null && (overlap(asked, bestSentence, weight) > 0 || asksHowOften && OFTEN.matcher(bestSentence).find());
        String shown = !matched ? body
                : isTable(best) ? tableRow(best, bestSentence) // the table's title, its header and the row asked about
                : withHead(body, fromSentence(body, withinLongSentence(bestSentence, asked, weight, asksHowOften)));
        // shown without the extraction's padding spaces ("2021 年 6 月 30 日" → "2021年6月30日"); the citation stays verbatim
        String quote = Words.shorten(unpad(shown), 150);
        String named = best.title().equals(best.clause()) ? "" : "（" + best.title() + "）";
        String text = Words.notice(p) + "通知" + best.clause() + named + "规定：" + quote;
        // the citation quotes the clause verbatim (as much as fits), never a paraphrase
        String verbatim = Verbatim.isIn(quote.replace("…", ""), best.text()) ? quote.replace("…", "") : best.text().replace("\n", "");
        return Answer.of(Intent.SEARCH, text, List.of(new Citation(p.documentId(), p.title(), best.clause(), verbatim)));
    }

    /**
     * A message none of the resident's words gives a meaning to, which the area's notice matches clearly: a query
     * typed as into a search box. Measured: such queries score 19–41 at the top, chatter ("今天天气怎么样",
     * "附近有啥好吃的") 2–6.4.
     */
    boolean findsClearly(String region, String text) {
        if (text.isBlank()) return false;
        List<ClauseIndex.Hit> hits = kb.search(text, region, null, 1);
        return !hits.isEmpty() && hits.get(0).score() >= CLEAR_MATCH;
    }

    private static final float CLEAR_MATCH = 12.0f;

    /** "附件：…目标任务分解表" whose table is not in the text: names the attachment, answers nothing. */
    private static boolean onlyAnAttachmentTitle(ClauseIndex.Hit h) {
        String t = h.text().strip();
        return t.startsWith("附件") && t.indexOf('\t') < 0 && t.indexOf('\n') < 0;
    }

    private Answer aboutTheNotice(Policy p) {
        var src = p.source();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("的依据是《").append(p.title()).append("》");
        b.append(src.docNumber() != null ? "，文号" + src.docNumber() : "，通知文本没有写文号");
        if (src.issuer() != null) b.append("，").append(src.issuer()).append(src.issued() != null ? "于" + Words.date(src.issued()) : "").append("发布");
        b.append("。");
        // cited at the notice's opening clause, quoting its number (or its title) as the text has it
        String opening = kb.clauses().stream().filter(c -> c.documentId().equals(p.documentId())).findFirst().map(c -> c.path()).orElse("前言");
        String quote = src.docNumber() != null ? src.docNumber() : p.title();
        String text = noticeText(p.documentId());
        List<Citation> cites = Verbatim.isIn(quote, text) ? List.of(new Citation(p.documentId(), p.title(), opening, quote)) : List.of();
        return Answer.of(Intent.SEARCH, b.toString(), cites);
    }

    private String noticeText(String documentId) {
        return String.join("\n", kb.clauses().stream().filter(c -> c.documentId().equals(documentId)).map(c -> c.text()).toList());
    }

    private static final String NUMBERED = "^[（(]?[一二三四五六七八九十\\d]+[)）、.．]\\s*";

    private static String body(ClauseIndex.Hit h) {
        return h.text().replaceFirst(NUMBERED, "").replace("\n", "");
    }

    private static String unpad(String s) {
        return Verbatim.readable(s);
    }

    /** The clause from the chosen sentence on, so the answer starts where the question is answered. */
    /**
     * A sentence longer than a phone line runs on over many commas (勐腊 五、(一) is one sentence of 300 characters):
     * the answer starts at the phrase that shares most words with the question, one phrase before it for context.
     */
    private static String withinLongSentence(String sentence, Set<String> asked, java.util.Map<String, Double> weight, boolean howOften) {
        if (sentence.length() <= 120) return sentence;
        String[] phrases = sentence.split("(?<=[，,])");
        int best = 0;
        double bestScore = 0;
        for (int i = 0; i < phrases.length; i++) {
            double score = overlap(asked, phrases[i], weight) + (howOften && OFTEN.matcher(phrases[i]).find() ? SAYS_HOW_OFTEN : 0);
            if (score > bestScore) { bestScore = score; best = i; }
        }
        return best <= 1 ? sentence : String.join("", java.util.Arrays.copyOfRange(phrases, best - 1, phrases.length));
    }

    /** "市教育体育局：指定专人…": a clause headed by who does it keeps its head when the answer starts further on. */
    private static String withHead(String body, String shown) {
        java.util.regex.Matcher m = WHO_DOES_IT.matcher(body);
        if (!m.lookingAt() || shown.startsWith(m.group(1))) return shown;
        return m.group(1) + "：…" + shown;
    }

    /** "市教育体育局负责…", "县残联：…": the body that whose clause it is. */
    private static final java.util.regex.Pattern WHO_DOES_IT =
            java.util.regex.Pattern.compile("([^，。：:；]{1,12}?(局|办公室|办|中心|所|部门|政府|银行|委员会|委|残联|公司))(：|:|负责|要|应|牵头)");

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
            } else if (c == '\n') {
                if (i > start) out.add(body.substring(start, i));
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

    /** Each asked word weighs more the fewer of the notice's clauses hold it ("金佛" is in one row of one table). */
    private final java.util.Map<String, java.util.Map<String, Integer>> clausesWith = new java.util.concurrent.ConcurrentHashMap<>();

    private java.util.Map<String, Double> weights(String documentId, Set<String> asked) {
        java.util.Map<String, Integer> df = clausesWith.computeIfAbsent(documentId, this::documentFrequencies);
        int n = Math.max(1, df.getOrDefault("", 1));
        java.util.Map<String, Double> w = new java.util.HashMap<>();
        for (String bg : asked) w.put(bg, Math.log(1.0 + (double) n / Math.max(1, df.getOrDefault(bg, 0))) / Math.log(1.0 + n) * 2);
        return w;
    }

    private java.util.Map<String, Integer> documentFrequencies(String documentId) {
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        int n = 0;
        for (cn.jumin.yibao.kb.Clause c : kb.clauses()) {
            if (!c.documentId().equals(documentId)) continue;
            n++;
            for (String bg : new java.util.HashSet<>(allBigrams(unpad(c.text())))) df.merge(bg, 1, Integer::sum);
        }
        df.put("", n); // the number of clauses, under a key no bigram has
        return df;
    }

    private static List<String> allBigrams(String t) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < t.length(); i++) out.add(t.substring(i, i + 2));
        return out;
    }

    private static double overlap(Set<String> asked, String sentence, java.util.Map<String, Double> weight) {
        String s = unpad(sentence);
        double n = 0;
        for (String bg : asked) if (s.contains(bg)) n += weight.getOrDefault(bg, 1.0);
        return n;
    }

    private static boolean isTable(ClauseIndex.Hit h) { return h.text().indexOf('\t') >= 0; }

    /** A table row whose name the question says ("金佛村今年任务数"): that row is what is asked, whatever else matches. */
    private static final double ROW_NAMED = 5.0;

    private static final double HEAD_NAMED = 10.0;

    /**
     * "低保和建档立卡分别是哪个部门认定", "纳入什么考核，由谁负责检查": an earlier sentence of the same clause that shares
     * most of the rest of the question starts the answer, so both parts are shown.
     */
    private static String firstOfSeveralAsked(ClauseIndex.Hit h, String chosen, Set<String> asked, java.util.Map<String, Double> weight) {
        Set<String> rest = new java.util.LinkedHashSet<>(asked);
        rest.removeIf(bg -> unpad(chosen).contains(bg));
        List<String> sentences = sentences(h.text().replaceFirst(NUMBERED, ""));
        int at = sentences.indexOf(chosen);
        // the sentence that answers the other part best; if it comes later, the answer reaches it from the chosen one
        int other = -1;
        double most = OTHER_PART_ASKED;
        for (int i = 0; i < sentences.size(); i++) {
            double shared = i == at ? 0 : overlap(rest, sentences.get(i), weight);
            if (shared > most) { most = shared; other = i; }
        }
        if (other < 0 || other > at) return chosen;
        // shown from it to the chosen one, within a phone screen's quote
        return String.join("", sentences.subList(other, at + 1)).length() <= 150 ? sentences.get(other) : chosen;
    }

    /** "多久统计一回", "多长时间报一次": the question asks how often. */
    private static final String[] HOW_OFTEN = Phrases.of("howOften");
    /** A sentence saying how often: "每周", "每月10日前", "定期通报". */
    private static final Pattern OFTEN = Pattern.compile("每(月|周|日|天|季度?|旬|星期)|定期");
    /** Outweighs a sentence sharing only the question's subject words with it. */
    private static final double SAYS_HOW_OFTEN = 4.0;

    /** "哪个部门认定", "报给谁", "谁负责收", "是税务收还是医保局收", "系统里没标上低保，该找哪个": who does a task. */
    private static final String[] ASKS_WHO = Phrases.of("asksWho");
    /** A sentence saying who does what: "民政部门负责…认定工作", "县文化体育广播旅游局要大力宣传…". */
    private static boolean says(String sentence) {
        return sentence.contains("负责") || WHO_DOES_IT.matcher(sentence).lookingAt();
    }

    /** "是医保局收还是税务收": a sentence whose doer the question names ("税务部门负责…征收工作"). */
    private static boolean subjectNamed(String sentence, String question) {
        java.util.regex.Matcher m = WHO_DOES_IT.matcher(sentence);
        int duty = sentence.indexOf("负责");
        String subject = m.lookingAt() ? m.group(1) : duty >= 2 && duty <= 12 ? sentence.substring(0, duty) : null;
        if (subject == null) return false;
        for (String bg : bigrams(subject)) if (!bg.equals("部门") && question.contains(bg)) return true;
        return false;
    }

    /** How much of the rest of the question an earlier sentence must share to start the answer. */
    private static final double OTHER_PART_ASKED = 2.5;
    /** Outweighs a sentence that only shares the question's group words ("低保对象…给予每人250元"). */
    private static final double SAYS_WHO = 8.0;

    /** "县残联：负责认定…" when the question names 县残联: the sentence headed by what is asked about. */
    private static boolean headNamed(String sentence, String question) {
        int colon = sentence.indexOf('：');
        if (colon < 2 || colon > 12) return false;
        String head = sentence.substring(0, colon).replaceAll("^[\\d（）()、.\\s]+", "");
        return head.length() >= 2 && question.contains(head);
    }

    private static boolean rowNamed(String row, String question) {
        for (String cell : row.split("\t")) {
            String c = cell.strip();
            if (c.length() >= 2 && !c.matches("[\\d.%]+") && question.contains(c)) return true;
        }
        return false;
    }

    private static List<String> rows(ClauseIndex.Hit h) {
        return java.util.Arrays.stream(h.text().split("\n")).filter(r -> !r.isBlank()).toList();
    }

    private static String tableRow(ClauseIndex.Hit h, String row) {
        List<String> rows = rows(h);
        String header = rows.stream().filter(r -> r.indexOf('\t') >= 0).findFirst().orElse("");
        // the lines above the header name the table ("附表 1:", "南城街道 2021 年…筹资任务表")
        String title = String.join(" ", rows.stream().takeWhile(r -> r.indexOf('\t') < 0)
                .filter(r -> !r.strip().matches("附表\\s*\\d+\\s*[:：]?")).toList());
        if (title.isBlank()) title = h.title();
        String tidy = (title + "：" + header.strip() + "；" + (row.equals(header) ? "" : row.strip())).replaceAll("\t+", "，");
        return tidy.replaceAll("[；：]$", "");
    }
}
