package cn.jumin.yibao.bot.eval;

import cn.jumin.yibao.bot.ChatEngine;
import cn.jumin.yibao.bot.ChatReply;
import cn.jumin.yibao.bot.ChatRequest;
import cn.jumin.yibao.kb.Analysis;
import cn.jumin.yibao.kb.ClauseIndex;
import cn.jumin.yibao.kb.KnowledgeBase;
import cn.jumin.yibao.policy.load.PolicyLibrary;
import cn.jumin.yibao.policy.model.Citation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Anserini-style evaluation: prints answer accuracy, refusal accuracy, and search hit@1, hit@3 and MRR per analyzer.
 * Usage: Evaluate [questions.jsonl …] (default bot/eval/questions.jsonl). Add -v to list every failure.
 */
public final class Evaluate {
    /** An amount of money in a reply: a figure the notices must state or the engine must compute. */
    static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?\\s*元|\\d+(\\.\\d+)?\\s*%");

    public record Scores(int answered, int answeredRight, int refusals, int refusalsRight, List<String> failures) {}

    public record Retrieval(int n, double hit1, double hit3, double mrr) {}

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        List<Path> files = List.of(args).stream().filter(a -> !a.startsWith("-")).map(Path::of).toList();
        if (files.isEmpty()) files = List.of(Path.of("eval/questions.jsonl"));
        PolicyLibrary lib = PolicyLibrary.load();
        Analysis analysis = new Analysis();
        for (Path f : files) {
            List<Question> qs = Question.load(f);
            System.out.printf(Locale.ROOT, "%n== %s: %d questions ==%n", f, qs.size());
            System.out.println("search, clause level (region given | as the API does: area named in the question | notice found, no area):");
            System.out.printf(Locale.ROOT, "  %-9s %6s %6s %6s | %6s %6s %6s | notice hit@1 (no filter)%n", "analyzer", "hit@1", "hit@3", "MRR", "hit@1", "hit@3", "MRR");
            for (Analysis.Choice choice : Analysis.Choice.values()) {
                KnowledgeBase kb = new KnowledgeBase(lib.corpus(), analysis, choice, lib);
                List<String> misses = new ArrayList<>();
                Retrieval withRegion = retrieval(kb, qs, true, false, misses);
                Retrieval without = retrieval(kb, qs, false, false);
                Retrieval notice = retrieval(kb, qs, false, true);
                System.out.printf(Locale.ROOT, "  %-9s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f   (n=%d)%n", choice,
                        withRegion.hit1, withRegion.hit3, withRegion.mrr, without.hit1, without.hit3, without.mrr, notice.hit1, withRegion.n);
                if (verbose && choice == KnowledgeBase.DEFAULT_CHOICE) misses.forEach(m -> System.out.println("    MISS " + m));
            }
            Scores s = answers(new ChatEngine(lib, KnowledgeBase.load(lib)), qs);
            System.out.printf(Locale.ROOT, "chat (analysis %s):%n  answered right with the right citation: %d/%d = %.1f%%%n",
                    KnowledgeBase.DEFAULT_CHOICE, s.answeredRight, s.answered, 100.0 * s.answeredRight / Math.max(1, s.answered));
            System.out.printf(Locale.ROOT, "  out-of-scope declined without a figure:  %d/%d = %.1f%%%n",
                    s.refusalsRight, s.refusals, 100.0 * s.refusalsRight / Math.max(1, s.refusals));
            if (verbose) s.failures.forEach(x -> System.out.println("  FAIL " + x));
            else System.out.println("  failures: " + s.failures.size() + " (run with -v to list them)");
        }
    }

    /** Search quality: a hit is a clause of the expected notice whose path is, or lies under, an expected clause. */
    public static Retrieval retrieval(KnowledgeBase kb, List<Question> qs, boolean withRegion, boolean noticeOnly) {
        return retrieval(kb, qs, withRegion, noticeOnly, new ArrayList<>());
    }

    /** As above; every question whose clause is not in the top three is added to {@code misses}. */
    public static Retrieval retrieval(KnowledgeBase kb, List<Question> qs, boolean withRegion, boolean noticeOnly, List<String> misses) {
        int n = 0;
        double h1 = 0, h3 = 0, rr = 0;
        for (Question q : qs) {
            if (q.documentId() == null || q.clauses().isEmpty()) continue;
            n++;
            String text = String.join(" ", q.history()) + " " + q.question();
            List<ClauseIndex.Hit> hits = noticeOnly ? kb.index().search(text, null, null, 10)
                    : kb.search(text, withRegion ? q.region() : null, null, 10);
            int rank = -1;
            for (int i = 0; i < hits.size(); i++) {
                ClauseIndex.Hit h = hits.get(i);
                boolean right = h.documentId().equals(q.documentId())
                        && (noticeOnly || q.clauses().stream().anyMatch(c -> h.clause().startsWith(c)));
                if (right) {
                    if (i == 0) h1++;
                    if (i < 3) h3++;
                    rr += 1.0 / (i + 1);
                    rank = i + 1;
                    break;
                }
            }
            if (rank < 0 || rank > 3) {
                misses.add(q.id() + " " + q.question() + " → want " + q.clauses() + (rank < 0 ? ", not in the top 10" : ", at rank " + rank)
                        + "; got " + hits.stream().limit(3).map(ClauseIndex.Hit::clause).toList());
            }
        }
        return new Retrieval(n, h1 / Math.max(1, n), h3 / Math.max(1, n), rr / Math.max(1, n));
    }

    public static Scores answers(ChatEngine engine, List<Question> qs) {
        int answered = 0, right = 0, refusals = 0, refusedRight = 0;
        List<String> failures = new ArrayList<>();
        for (Question q : qs) {
            String user = "eval-" + q.id();
            for (String h : q.history()) engine.reply(new ChatRequest(user, h, null));
            ChatReply r = engine.reply(new ChatRequest(user, q.question(), null));
            String why = judge(q, r);
            if (q.outOfScope()) {
                refusals++;
                if (why == null) refusedRight++;
            } else {
                answered++;
                if (why == null) right++;
            }
            if (why != null) failures.add(q.id() + " " + q.question() + " → " + why + "\n       reply: " + r.reply());
        }
        return new Scores(answered, right, refusals, refusedRight, failures);
    }

    /** Null when the reply is right; otherwise what is wrong with it. */
    public static String judge(Question q, ChatReply r) {
        String reply = r.reply();
        for (String must : q.mustContain()) if (!reply.contains(must)) return "missing \"" + must + "\"";
        for (String not : q.mustNotContain()) if (!not.isEmpty() && reply.contains(not)) return "contains \"" + not + "\"";
        if (q.outOfScope() || q.intent().equals("CLARIFY") || q.intent().equals("GREETING") || q.intent().equals("THANKS")) {
            if (AMOUNT.matcher(reply).find()) return "states a figure";
            if (q.intent().equals("CLARIFY") && (!r.needsClarification() || r.suggestions().isEmpty())) return "does not ask for the area";
            return null;
        }
        if (q.documentId() != null && !q.clauses().isEmpty()) {
            boolean cited = r.citations().stream().anyMatch(c -> c.documentId().equals(q.documentId())
                    && q.clauses().stream().anyMatch(cl -> c.clause().startsWith(cl) || cl.startsWith(c.clause())));
            if (!cited) return "no citation of " + q.documentId() + " " + q.clauses() + " (cited " + r.citations().stream().map(Citation::clause).toList() + ")";
        }
        return null;
    }
}
