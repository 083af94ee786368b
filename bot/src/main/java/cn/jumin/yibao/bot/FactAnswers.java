package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Fact;
import cn.jumin.yibao.policy.model.Policy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts the policy files record beside the rules (筹资 and 财政补助, 一次性缴纳, 小票, who registers pupils …): when a
 * question asks about one (lexicon "facts") and the area's notice states it, the reply says it with its clause. It
 * replaces a retrieved clause, which is less precise, and is added to a computed answer ("交好多，政府补好多").
 */
final class FactAnswers {
    private final Map<String, List<String>> triggers;

    FactAnswers(Lexicon lexicon) { this.triggers = lexicon.facts; }

    Answer with(Answer a, Policy p, Understanding u) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> outright = new LinkedHashSet<>();
        askedKeys(u.text(), keys, outright);
        // named outright only by a fact this notice has (南川's 花名册 deadline is no answer in 勐腊)
        boolean pointed = !facts(p, outright).isEmpty();
        // "听说一个人要交830，真的假的": a figure only a fact states (筹资 830) is asked about by naming it
        for (Fact f : p.facts()) if (namesItsFigure(u.text(), f, p)) { keys.add(f.key()); pointed = true; }
        List<Fact> asked = facts(p, keys);
        if (asked.isEmpty()) return a;
        // "多的那份么样退": the notice's silence on refunds (a search answer without a clause) is the answer; a fact
        // sharing another word with the question is not
        if (a.intent() == Intent.SEARCH && a.citations().isEmpty() && Parser.containsAny(u.text(), REFUND)) return a;
        String said = String.join("", asked.stream().map(Fact::text).toList());
        List<Cite> cites = asked.stream().map(Fact::cite).toList();
        List<Citation> citations = new ArrayList<>(cites.stream().map(p::cite).toList());
        // a papers answer that only says the notice lists none ("给开啥票") gives way to the fact asked about
        boolean nothingListed = a.intent() == Intent.DOCUMENTS && a.text().contains("通知没有列出");
        // "税务部门开具什么凭证把钱缴入国库": a clause found by the question's own words answers better than a fact
        // one of its words happened to name; not when a phrase named the fact outright ("户口在…哪边交")
        boolean clauseAnswersBetter = !pointed && a.intent() == Intent.SEARCH && !a.citations().isEmpty()
                && shared(u.text(), a.text()) >= shared(u.text(), said) + 3;
        if (clauseAnswersBetter) return a;
        if (a.intent() == Intent.SEARCH || a.citations().isEmpty() || nothingListed) {
            return Answer.of(a.intent(), Words.notice(p) + "：" + said + Words.basis(cites), citations);
        }
        if (asked.stream().allMatch(f -> a.text().contains(f.text()))) return a;
        Set<Citation> all = new LinkedHashSet<>(a.citations());
        all.addAll(citations);
        return new Answer(a.intent(), a.text() + said + Words.basis(cites), List.copyOf(all), a.needsClarification(), a.suggestions());
    }

    private static final String[] REFUND = Phrases.of("refund");

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("(?<![\\d.])\\d{3,4}(?![\\d.年月号日多天个岁%])");

    /** The message names a figure of three or four digits, not a year, that this fact states and no personal standard is. */
    private static boolean namesItsFigure(String text, Fact f, Policy p) {
        java.util.regex.Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String n = m.group();
            if (n.matches("(19|20)\\d\\d")) continue; // a year ("杜集 2020 医保方案")
            boolean standard = p.standards().stream().anyMatch(s -> s.amount().stripTrailingZeros().toPlainString().equals(n));
            if (!standard && figures(f.text()).contains(n)) return true;
        }
        return false;
    }

    /** The figures a text states, each once (the same pattern as the message's, so "830" never matches "1830"). */
    private static Set<String> figures(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = FIGURE.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** How many of the question's two-character words a text holds. */
    private static int shared(String question, String text) {
        int n = 0;
        for (String bg : SearchAnswers.bigrams(question)) if (text.contains(bg)) n++;
        return n;
    }

    /** The message asks about one of the recorded facts ("另外那140谁出"), whatever the area. */
    boolean asks(String text) {
        Set<String> keys = new LinkedHashSet<>();
        askedKeys(text, keys, new LinkedHashSet<>());
        return !keys.isEmpty();
    }

    /** A trigger "大学|学生+在哪|哪里": one word of every part appears in the message ("伢在外地读大学，医保在哪交"). */
    private static boolean allParts(String text, String trigger) {
        for (String part : trigger.split("\\+")) {
            boolean any = false;
            for (String w : part.split("\\|")) any |= text.contains(w);
            if (!any) return false;
        }
        return true;
    }

    /** Fills the keys of the facts the text asks about, and those a phrase marked "!" (named outright) asked for. */
    private void askedKeys(String text, Set<String> keys, Set<String> outrightKeys) {
        String rest = text;
        for (Map.Entry<String, List<String>> t : triggers.entrySet()) {
            // "!户口在|…+还是|哪边": a phrase that names the fact outright, over any clause sharing more words
            boolean outright = t.getKey().startsWith("!");
            String phrase = outright ? t.getKey().substring(1) : t.getKey();
            if (phrase.contains("+")) {
                if (allParts(text, phrase)) { keys.addAll(t.getValue()); if (outright) outrightKeys.addAll(t.getValue()); }
            } else if (rest.contains(phrase)) {
                keys.addAll(t.getValue());
                rest = rest.replace(phrase, "□");
                if (outright) outrightKeys.addAll(t.getValue());
            }
        }
    }

    private static List<Fact> facts(Policy p, Set<String> keys) {
        List<Fact> out = new ArrayList<>();
        for (String k : keys) p.facts().stream().filter(f -> f.key().equals(k)).findFirst().ifPresent(out::add);
        return out;
    }
}
