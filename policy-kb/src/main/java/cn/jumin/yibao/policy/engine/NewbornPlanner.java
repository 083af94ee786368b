package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Channel;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Item;
import cn.jumin.yibao.policy.model.Newborn;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.Standard;
import cn.jumin.yibao.policy.model.Student;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The newborn plan of a notice: deadline and its basis, cost, whether the birth year is free, when cover starts. */
public final class NewbornPlanner {

    public NewbornPlan plan(Policy policy, NewbornRequest req) {
        Newborn rules = policy.newborn();
        List<String> notes = new ArrayList<>();
        Set<Cite> cites = new LinkedHashSet<>();

        LocalDate deadline = null;
        Newborn.Basis basis = null;
        if (rules.deadline() == null) {
            notes.add("通知没有规定新生儿参保登记的期限。");
        } else {
            basis = rules.deadline().basis();
            cites.add(rules.deadline().cite());
            if (rules.deadline().interpretation() != null) notes.add(rules.deadline().interpretation());
            if (basis == Newborn.Basis.BIRTH) {
                deadline = DayCount.lastDayWithin(req.birthDate(), rules.deadline().days());
                notes.add("须在出生后" + rules.deadline().days() + "天内办理，即" + Dates.zh(deadline) + "前（含当日；出生当天不计入）。");
            } else if (req.hukouRegisteredDate() != null) {
                deadline = DayCount.lastDayWithin(req.hukouRegisteredDate(), rules.deadline().days());
                notes.add("须在落户后" + rules.deadline().days() + "天内办理，即" + Dates.zh(deadline) + "前（含当日；落户当天不计入）。");
            } else {
                notes.add("期限从落户之日起算" + rules.deadline().days() + "天；请提供落户日期（hukouRegisteredDate）以计算截止日。");
            }
        }

        boolean onTime = isOnTime(rules, req);
        LocalDate assumedPayment = req.plannedPaymentDate() != null ? req.plannedPaymentDate()
                : rules.onTimeDays() != null ? DayCount.lastDayWithin(req.birthDate(), rules.onTimeDays())
                : deadline != null ? deadline : req.birthDate();
        if (req.plannedPaymentDate() == null) notes.add("未提供计划缴费日期，按在期限内办理计算。");

        Boolean free = null;
        if (rules.free().rule() == Newborn.FreeRule.BOTH_PARENTS_RESIDENT_INSURED_AND_COMPLIANT) {
            cites.add(rules.free().cite());
            boolean parents = req.fatherInsured() && req.motherInsured();
            free = parents && !Boolean.FALSE.equals(req.familyPlanningCompliant());
            if (parents && req.familyPlanningCompliant() == null) {
                notes.add("出生当年免缴须同时符合计划生育政策规定；未说明是否符合，按符合计算。");
            }
            if (!parents) notes.add("父母双方都参加城乡居民医保的，新生儿出生当年才免缴；本次不满足，需按标准缴费。");
        } else {
            notes.add(rules.free().interpretation() != null ? rules.free().interpretation() : "通知未写明新生儿出生当年是否免缴。");
            if (rules.free().cite() != null) cites.add(rules.free().cite());
        }

        BigDecimal amount;
        if (Boolean.TRUE.equals(free)) {
            amount = BigDecimal.ZERO;
        } else {
            Standard standard = QuoteEngine.standardFor(policy, 1, Student.NONE, assumedPayment, notes);
            cites.add(standard.cite());
            if (standard.payerBearsFiscalShare()) {
                amount = null;
                notes.add(standard.interpretation());
            } else {
                amount = standard.amount();
            }
        }

        BenefitPeriod benefit = BenefitPeriod.of(onTime ? rules.onTimeBenefit() : rules.lateBenefit(), assumedPayment, req.birthDate());
        if (benefit.cite() != null) cites.add(benefit.cite());
        if (benefit.note() != null) notes.add(benefit.note());
        if (!onTime) notes.add("计划缴费日期已超过出生后" + rules.onTimeDays() + "天，按逾期参保计算待遇起始日。");
        rules.notes().forEach(n -> { notes.add(n.text()); cites.add(n.cite()); });

        List<Item> offices = rules.offices().isEmpty() ? policy.offices() : rules.offices();
        rules.steps().forEach(s -> cites.add(s.cite()));
        rules.documents().forEach(s -> cites.add(s.cite()));
        offices.forEach(s -> cites.add(s.cite()));
        return new NewbornPlan(policy.region(), policy.year(), deadline, basis, Money.yuan(amount), free,
                benefit.start(), benefit.end(), texts(rules.steps()), texts(rules.documents()), texts(offices),
                policy.paymentChannels().stream().map(Channel::name).toList(), List.copyOf(notes),
                cites.stream().map(policy::cite).toList());
    }

    /** On time unless a planned payment falls after birth + the notice's on-time days. */
    static boolean isOnTime(Newborn rules, NewbornRequest req) {
        return rules.onTimeDays() == null || req.plannedPaymentDate() == null
                || !req.plannedPaymentDate().isAfter(DayCount.lastDayWithin(req.birthDate(), rules.onTimeDays()));
    }

    private static List<String> texts(List<Item> items) { return items.stream().map(Item::text).toList(); }
}
