package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.EligibilityRule;
import cn.jumin.yibao.policy.model.EligibilityRule.Condition;
import cn.jumin.yibao.policy.model.EligibilityRule.Eligible;
import cn.jumin.yibao.policy.model.Identity;
import cn.jumin.yibao.policy.model.Item;
import cn.jumin.yibao.policy.model.Policy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a notice's 参保范围 rules to a person: NO if any NO rule holds, else CONDITIONAL if any conditional one
 * holds, else YES if a YES rule holds; when none holds the facts given are not enough, which is CONDITIONAL with the
 * notice's own conditions. Unknown facts never satisfy a condition. Identity defaults to CITIZEN.
 */
public final class EligibilityEngine {

    public Eligibility check(Policy policy, PersonFacts person) {
        Identity identity = person.identity() == null ? Identity.CITIZEN : person.identity();
        Boolean localHukou = person.hukouRegion() != null
                ? Boolean.valueOf(policy.area().localHukouPrefixes().stream().anyMatch(person.hukouRegion()::startsWith))
                : person.localHukou();
        List<EligibilityRule> matched = policy.eligibility().stream()
                .filter(r -> holds(r.when(), person, identity, localHukou)).toList();

        Eligible outcome = matched.stream().map(EligibilityRule::outcome).anyMatch(o -> o == Eligible.NO) ? Eligible.NO
                : matched.stream().anyMatch(r -> r.outcome() == Eligible.CONDITIONAL) ? Eligible.CONDITIONAL
                : matched.isEmpty() ? Eligible.CONDITIONAL : Eligible.YES;

        List<EligibilityRule> shown = matched.stream().filter(r -> r.outcome() == outcome).toList();
        List<Eligibility.Reason> reasons;
        if (shown.isEmpty()) {
            // Not enough facts: show the rules the known facts do not contradict, so the resident sees the conditions.
            List<EligibilityRule> open = policy.eligibility().stream()
                    .filter(r -> !contradicted(r.when(), person, identity, localHukou))
                    .sorted(java.util.Comparator.comparing((EligibilityRule r) -> switch (r.outcome()) {
                        case CONDITIONAL -> 0;
                        case NO -> 1;
                        case YES -> 2;
                    }))
                    .limit(3).toList();
            reasons = new java.util.ArrayList<>();
            reasons.add(new Eligibility.Reason("要看具体情况：所填信息还不足以判断。", List.of()));
            open.forEach(r -> reasons.add(reason(policy, r)));
            shown = open;
        } else {
            reasons = shown.stream().map(r -> reason(policy, r)).toList();
        }
        Set<String> documents = new LinkedHashSet<>();
        if (outcome != Eligible.NO) {
            shown.forEach(r -> documents.addAll(r.documents()));
            policy.documents().stream().map(Item::text).forEach(documents::add);
        }
        Set<Citation> cites = new LinkedHashSet<>();
        reasons.forEach(r -> cites.addAll(r.citations()));
        // the notice's general papers are listed with the rule's own, so their clauses are cited too
        if (outcome != Eligible.NO) policy.documents().forEach(i -> cites.add(policy.cite(i.cite())));
        return new Eligibility(outcome, List.copyOf(reasons), List.copyOf(documents), List.copyOf(cites));
    }

    private static Eligibility.Reason reason(Policy policy, EligibilityRule r) {
        return new Eligibility.Reason(r.text(), List.of(policy.cite(r.cite())));
    }

    static boolean holds(Condition c, PersonFacts p, Identity identity, Boolean localHukou) {
        return same(c.employeeInsured(), p.employeeInsured())
                && same(c.insuredElsewhere(), p.insuredElsewhere())
                && (c.identity() == null || c.identity().contains(identity))
                && same(c.localHukou(), localHukou)
                && same(c.residencePermit(), p.residencePermit())
                && same(c.employed(), p.employed())
                && (c.student() == null || (p.student() != null && c.student().contains(p.student())))
                && (c.enrollment() == null || (p.enrollment() != null && c.enrollment().contains(p.enrollment())));
    }

    private static boolean same(Boolean wanted, Boolean actual) { return wanted == null || wanted.equals(actual); }

    /** A rule some known fact rules out (unknown facts rule nothing out). */
    static boolean contradicted(Condition c, PersonFacts p, Identity identity, Boolean localHukou) {
        return differs(c.employeeInsured(), p.employeeInsured()) || differs(c.insuredElsewhere(), p.insuredElsewhere())
                || (c.identity() != null && !c.identity().contains(identity))
                || differs(c.localHukou(), localHukou) || differs(c.residencePermit(), p.residencePermit())
                || differs(c.employed(), p.employed())
                || (c.student() != null && p.student() != null && !c.student().contains(p.student()))
                || (c.enrollment() != null && p.enrollment() != null && !c.enrollment().contains(p.enrollment()));
    }

    private static boolean differs(Boolean wanted, Boolean actual) { return wanted != null && actual != null && !wanted.equals(actual); }
}
