package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.engine.Eligibility;
import cn.jumin.yibao.policy.engine.EligibilityEngine;
import cn.jumin.yibao.policy.engine.PersonFacts;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Policy;
import java.util.List;

/** May this person join? From the notice's 参保范围 rules, with the condition or reason in plain words. */
final class EligibilityAnswers {
    private final EligibilityEngine engine;

    EligibilityAnswers(EligibilityEngine engine) { this.engine = engine; }

    Answer answer(Policy p, Understanding u) { return answer(p, u, "不能参加城乡居民医保。"); }

    /** "老公在单位交的职工医保": said beside the family's total, of the relative left out of it. */
    Answer relativeInEmployeeScheme(Policy p, Understanding relative) { return answer(p, relative, "已参加职工医保的家人不用另交居民医保："); }

    /** An item of a cited list of those covered ("…、新生儿、宗教教职人员、…") that the question names, or null. */
    private static String listedIn(List<Citation> citations, String question) {
        for (Citation c : citations) {
            for (String item : c.quote().split("[、，,；;（）()：:。]")) {
                String name = item.replaceFirst("^(包括|含|以及|和|及)", "").strip();
                if (name.length() >= 3 && question.contains(name)) return name;
            }
        }
        return null;
    }

    /** The papers the notice asks of this person to join (a resident from elsewhere: 居住证, 未参保证明), if any. */
    java.util.Optional<Answer> documents(Policy p, Understanding u) {
        Eligibility e = check(p, u);
        if (e.requiredDocuments().isEmpty() || e.eligible() == cn.jumin.yibao.policy.model.EligibilityRule.Eligible.NO) return java.util.Optional.empty();
        String b = Words.notice(p) + "：需准备：" + String.join("、", e.requiredDocuments().stream().limit(4).toList()) + "。";
        List<Citation> cites = e.citations();
        return java.util.Optional.of(Answer.of(Intent.DOCUMENTS, b + Words.basis(cites.stream().map(c -> new Cite(c.clause(), c.quote())).toList()),
                FeeAnswers.dedupe(cites)));
    }

    private Eligibility check(Policy p, Understanding u) {
        // a resident who does not mention school is asking about themself, not a pupil
        return engine.check(p, new PersonFacts(null, u.identity(), null, u.localHukou(), u.residencePermit(),
                // "我们外县来打工的，娃在读初中": the pupil is asked about, not the parents who work
                u.employeeInsured(), u.student() != null ? null : Parser.employed(u.text()),
                u.student() == null ? cn.jumin.yibao.policy.model.Student.NONE : u.student(),
                u.enrollment(), Parser.insuredElsewhere(u.text())));
    }

    private Answer answer(Policy p, Understanding u, String refused) {
        Eligibility e = check(p, u);
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：");
        b.append(switch (e.eligible()) {
            case YES -> "可以参加城乡居民医保。";
            case NO -> refused;
            case CONDITIONAL -> e.reasons().get(0).citations().isEmpty() ? "" : "符合条件的可以参加：";
        });
        for (Eligibility.Reason r : e.reasons().stream().limit(3).toList()) b.append(r.text());
        // "寺庙里的宗教教职人员可以参加吗": the notice's own list of who is covered names them
        if (e.eligible() == cn.jumin.yibao.policy.model.EligibilityRule.Eligible.YES) {
            String listed = listedIn(e.citations(), u.text());
            if (listed != null) b.append("通知列明的参保对象包括“").append(listed).append("”。");
        }
        if (!e.requiredDocuments().isEmpty() && e.eligible() != cn.jumin.yibao.policy.model.EligibilityRule.Eligible.NO) {
            b.append("需准备：").append(String.join("、", e.requiredDocuments().stream().limit(3).toList())).append("。");
        }
        java.util.List<Citation> cites = new java.util.ArrayList<>(e.citations());
        if (e.reasons().get(0).citations().isEmpty()) b.append(Words.HOTLINE); // the notices cannot settle it
        // "刚刑满释放回来，还能参加吗": the window the notice opens for them, and when their cover starts
        if (e.eligible() != cn.jumin.yibao.policy.model.EligibilityRule.Eligible.NO) {
            java.util.Set<Cite> own = new java.util.LinkedHashSet<>();
            FeeAnswers.ownWindow(p, u, b, own);
            own.forEach(c -> cites.add(p.cite(c)));
        }
        return Answer.of(Intent.ELIGIBILITY, b + Words.basis(cites.stream().map(c -> new Cite(c.clause(), c.quote())).toList()), FeeAnswers.dedupe(cites));
    }
}
