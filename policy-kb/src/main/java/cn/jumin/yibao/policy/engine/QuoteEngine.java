package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.load.GroupVocabulary;
import cn.jumin.yibao.policy.model.Benefit;
import cn.jumin.yibao.policy.model.BenefitOverride;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.Standard;
import cn.jumin.yibao.policy.model.Student;
import cn.jumin.yibao.policy.model.WindowStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What each member of a household pays under one notice on one payment date: standard, the one highest subsidy,
 * the personal contribution (never below zero), whether payment is allowed that day, and the cover it buys.
 * A pure function of its arguments; every figure comes from the policy data with its clause.
 */
public final class QuoteEngine {
    private final GroupVocabulary vocabulary;

    /** A newborn's cover depends on the birth date (从出生之日起 / 出生后超过N天); without it the engine does not guess. */
    private static final Benefit NEWBORN_WITHOUT_BIRTH = new Benefit(Benefit.Kind.NOT_STATED, null, null, null,
            "新生儿的待遇起始日取决于出生日期，请提供出生日期（birthDate）。", null);

    public QuoteEngine(GroupVocabulary vocabulary) { this.vocabulary = vocabulary; }

    public HouseholdQuote quote(Policy policy, LocalDate paymentDate, List<MemberInput> members) {
        List<InputError> errors = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Integer tier = members.get(i).tier();
            if (tier != null && !policy.tiers().contains(tier)) {
                errors.add(InputError.of("members[" + i + "].tier", "tier.unknown", tier, policy.area().name(), policy.tiers()));
            }
        }
        if (!errors.isEmpty()) throw new PolicyInputException(errors);

        List<MemberQuote> quotes = new ArrayList<>(members.size());
        boolean determinate = true;
        BigDecimal sum = BigDecimal.ZERO;
        Set<Citation> cites = new LinkedHashSet<>();
        for (MemberInput m : members) {
            MemberQuote q = member(policy, paymentDate, m);
            quotes.add(q);
            determinate &= q.determinate();
            if (q.determinate()) sum = sum.add(q.personalContribution());
            cites.addAll(q.citations());
        }
        BigDecimal total = determinate ? Money.yuan(sum) : null;
        return new HouseholdQuote(policy.region(), policy.year(), "CNY", paymentDate, List.copyOf(quotes), total, determinate, List.copyOf(cites));
    }

    MemberQuote member(Policy policy, LocalDate day, MemberInput in) {
        int tier = in.tier() == null ? 1 : in.tier();
        Student student = in.student() == null ? Student.NONE : in.student();
        Enrollment enrollment = in.enrollment() == null ? Enrollment.CONTINUING : in.enrollment();
        List<String> notes = new ArrayList<>();
        Set<Cite> cites = new LinkedHashSet<>();

        Standard standard = standardFor(policy, tier, student, day, notes);
        cites.add(standard.cite());
        BigDecimal amount = standard.amount();
        boolean determinate = !standard.payerBearsFiscalShare();
        if (standard.interpretation() != null) notes.add(standard.interpretation());

        Integer age = in.birthDate() == null || in.birthDate().isAfter(day) ? null : java.time.Period.between(in.birthDate(), day).getYears();
        SubsidyChoice subsidy = SubsidyChoice.choose(policy, vocabulary, in.groups(), tier, day, amount, age);
        notes.addAll(subsidy.notes());
        cites.addAll(subsidy.cites());
        determinate &= subsidy.determinate();
        BigDecimal personal = determinate ? amount.subtract(subsidy.amount()).max(BigDecimal.ZERO) : null;

        boolean newbornRules = enrollment == Enrollment.NEWBORN && in.birthDate() != null
                && in.birthDate().getYear() == policy.year();
        if (enrollment == Enrollment.NEWBORN && in.birthDate() != null && !newbornRules) {
            notes.add("出生于" + in.birthDate().getYear() + "年，不属于" + policy.year() + "年度通知所说的当年出生的新生儿，按一般参保人员计算。");
        }
        if (enrollment == Enrollment.NEWBORN && in.birthDate() != null && !newbornRules) enrollment = Enrollment.FIRST_TIME;
        WindowCheck.Result window = WindowCheck.check(policy, day, enrollment, in.birthDate());
        notes.add(window.reason());
        cites.addAll(window.cites());

        BenefitPeriod benefit = BenefitPeriod.UNKNOWN;
        if (window.paymentAllowed()) {
            benefit = BenefitPeriod.of(benefitRule(policy, standard, enrollment, newbornRules, in.birthDate(), day, window), day, in.birthDate());
            if (benefit.note() != null) notes.add(benefit.note());
            if (benefit.cite() != null) cites.add(benefit.cite());
        } else {
            notes.add("该日不能缴费，因此不产生待遇期。");
        }
        if (newbornRules && policy.newborn().free().rule() != cn.jumin.yibao.policy.model.Newborn.FreeRule.NOT_STATED) {
            notes.add("父母双方均已参加城乡居民医保并符合计划生育政策的新生儿，出生当年不用缴费（本报价按需缴费计算）。");
            cites.add(policy.newborn().free().cite());
        }

        String explanation = explain(standard, amount, subsidy, personal, determinate);
        return new MemberQuote(in.ref(), tier, Money.yuan(amount), Money.yuan(subsidy.amount()), subsidy.group(),
                Money.yuan(personal), determinate, window.paymentAllowed(), window.status(), benefit.start(), benefit.end(),
                explanation, List.copyOf(notes), citations(policy, cites));
    }

    private static List<Citation> citations(Policy policy, Set<Cite> cites) {
        List<Citation> out = new ArrayList<>(cites.size());
        for (Cite c : cites) out.add(policy.cite(c));
        return List.copyOf(out);
    }

    /** The standard for a tier and a student status on a day; the nearest period when none covers the day. */
    static Standard standardFor(Policy policy, int tier, Student student, LocalDate day, List<String> notes) {
        List<Standard> specific = new ArrayList<>(2);
        List<Standard> general = new ArrayList<>(2);
        for (Standard s : policy.standards()) {
            if (s.tier() != tier) continue;
            if (s.students().contains(student)) specific.add(s);
            else if (s.students().isEmpty()) general.add(s);
        }
        List<Standard> pool = specific.isEmpty() ? general : specific;
        Standard nearest = null;
        long nearestDistance = Long.MAX_VALUE;
        for (Standard s : pool) {
            if (s.appliesOn(day)) return s;
            long d = distance(s, day);
            if (d < nearestDistance) { nearest = s; nearestDistance = d; }
        }
        if (nearest == null) throw new java.util.NoSuchElementException("no standard for tier " + tier);
        notes.add("缴费日期不在通知所列缴费标准的适用期内，按最近的一期标准计算。");
        return nearest;
    }

    private static long distance(Standard s, LocalDate day) {
        if (s.paidFrom() != null && day.isBefore(s.paidFrom())) return ChronoUnit.DAYS.between(day, s.paidFrom());
        if (s.paidTo() != null && day.isAfter(s.paidTo())) return ChronoUnit.DAYS.between(s.paidTo(), day);
        return 0;
    }

    /** Newborn rule, then an enrollment-specific rule, then the standard's own period, then the window's. */
    static Benefit benefitRule(Policy policy, Standard standard, Enrollment enrollment, boolean newbornRules,
                               LocalDate birth, LocalDate day, WindowCheck.Result window) {
        if (newbornRules) {
            Integer onTime = policy.newborn().onTimeDays();
            boolean late = onTime != null && day.isAfter(DayCount.lastDayWithin(birth, onTime));
            return late ? policy.newborn().lateBenefit() : policy.newborn().onTimeBenefit();
        }
        if (enrollment == Enrollment.NEWBORN && birth == null) return NEWBORN_WITHOUT_BIRTH;
        for (BenefitOverride o : policy.benefitOverrides()) {
            if (o.enrollments().contains(enrollment)) return o.benefit();
        }
        if (standard.benefit() != null) return standard.benefit();
        return window.window().map(w -> w.benefit()).orElse(null);
    }

    private String explain(Standard standard, BigDecimal amount, SubsidyChoice subsidy, BigDecimal personal, boolean determinate) {
        StringBuilder b = new StringBuilder();
        b.append(standard.tierName().equals("一档") && standard.tier() == 1 ? "标准" : standard.tierName() + "标准")
                .append(Money.text(amount));
        if (standard.payerBearsFiscalShare()) b.append("，另需自行承担财政补助部分（金额通知未写明）");
        if (subsidy.group() == null) {
            b.append("；无适用资助");
        } else if (!subsidy.determinate()) {
            b.append("；").append(subsidy.wording()).append("资助金额通知未写明");
        } else {
            b.append("；").append(subsidy.wording())
                    .append(subsidy.amount().compareTo(amount) >= 0 ? "全额资助" : "资助").append(Money.text(subsidy.amount()));
            if (subsidy.notes().stream().anyMatch(n -> n.startsWith("同时符合多项资助条件"))) b.append("（就高不就低）");
        }
        b.append(determinate ? "；个人缴纳" + Money.text(personal) : "；个人应缴金额无法确定");
        return b.toString();
    }
}
