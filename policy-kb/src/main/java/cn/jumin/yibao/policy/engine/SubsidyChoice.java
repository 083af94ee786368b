package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.load.GroupVocabulary;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Subsidy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one subsidy a person gets: the highest applicable (就高不就低; never the sum), capped at the standard.
 * A group the notice subsidises without a figure makes the result indeterminate unless a known subsidy already
 * covers the whole standard.
 */
public record SubsidyChoice(BigDecimal amount, SpecialGroup group, boolean determinate, String wording,
                            List<String> notes, List<Cite> cites) {

    /** {@code age}: the member's age on the payment day, when known; a group named for an age (60周岁以上) needs it reached. */
    public static SubsidyChoice choose(Policy policy, GroupVocabulary vocabulary, Set<SpecialGroup> groups, int tier,
                                       LocalDate day, BigDecimal standard, Integer age) {
        BigDecimal best = null;
        SpecialGroup bestGroup = null;
        Subsidy bestRule = null;
        SpecialGroup unstatedGroup = null;
        Subsidy unstatedRule = null;
        List<String> notes = new ArrayList<>();
        Set<Cite> cites = new LinkedHashSet<>();
        int applicableGroups = 0;
        for (SpecialGroup g : sorted(groups)) {
            List<Subsidy> rules = new ArrayList<>(2);
            List<Subsidy> applicable = new ArrayList<>(2);
            for (Subsidy s : policy.subsidies()) {
                if (!s.groups().contains(g)) continue;
                rules.add(s);
                if (s.appliesTo(tier, day)) applicable.add(s);
            }
            if (rules.isEmpty()) {
                notes.add("本通知未把“" + vocabulary.label(g) + "”列为资助参保对象，不享受资助。");
                continue;
            }
            Integer minAge = vocabulary.minAge(g).orElse(null);
            if (minAge != null && age != null && age < minAge) {
                notes.add("“" + vocabulary.label(g) + "”须年满" + minAge + "周岁，该成员缴费时" + age + "周岁，不享受这项资助。");
                cites.add(rules.get(0).cite());
                continue;
            }
            if (applicable.isEmpty()) {
                Subsidy r = rules.get(0);
                notes.add("“" + vocabulary.label(g) + "”的资助不适用于" + Dates.zh(day) + "缴费"
                        + (r.interpretation() != null ? "：" + r.interpretation() : "。"));
                cites.add(r.cite());
                if (r.periodCite() != null) cites.add(r.periodCite());
                continue;
            }
            applicableGroups++;
            for (Subsidy s : applicable) {
                if (s.kind() == Subsidy.Kind.NOT_STATED) {
                    if (unstatedRule == null) { unstatedGroup = g; unstatedRule = s; }
                    continue;
                }
                BigDecimal v = s.kind() == Subsidy.Kind.FULL ? standard : s.amount().min(standard);
                if (best == null || v.compareTo(best) > 0) { best = v; bestGroup = g; bestRule = s; }
            }
        }
        boolean coveredInFull = best != null && best.compareTo(standard) >= 0;
        if (unstatedRule != null && !coveredInFull) {
            cites.add(unstatedRule.cite());
            if (bestRule != null) cites.add(bestRule.cite());
            notes.add("“" + vocabulary.label(unstatedGroup) + "”的资助金额通知未写明"
                    + (unstatedRule.interpretation() != null ? "（" + unstatedRule.interpretation() + "）" : "")
                    + "，个人缴费无法确定，请向当地医保经办机构咨询。");
            return new SubsidyChoice(null, unstatedGroup, false, wordingOf(policy, unstatedGroup, vocabulary), notes, List.copyOf(cites));
        }
        if (bestRule == null) return new SubsidyChoice(BigDecimal.ZERO, null, true, null, notes, List.copyOf(cites));
        cites.add(bestRule.cite());
        cites.addAll(bestRule.alsoStatedIn());
        if (bestRule.interpretation() != null) notes.add(bestRule.interpretation());
        if (applicableGroups > 1) {
            notes.add("同时符合多项资助条件，只按最高的一项资助，不叠加：" + policy.subsidyPrinciple());
            if (policy.subsidyPrincipleCite() != null) cites.add(policy.subsidyPrincipleCite());
        }
        return new SubsidyChoice(best, bestGroup, true, wordingOf(policy, bestGroup, vocabulary), notes, List.copyOf(cites));
    }

    /** In the enum's order, so that ties between equal subsidies resolve the same way whatever the input order. */
    private static Set<SpecialGroup> sorted(Set<SpecialGroup> groups) {
        if (groups instanceof EnumSet<SpecialGroup> e) return e;
        EnumSet<SpecialGroup> e = EnumSet.noneOf(SpecialGroup.class);
        e.addAll(groups);
        return e;
    }

    private static String wordingOf(Policy policy, SpecialGroup g, GroupVocabulary vocabulary) {
        return vocabulary.label(g);
    }
}
