package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.engine.HouseholdQuote;
import cn.jumin.yibao.policy.engine.MemberInput;
import cn.jumin.yibao.policy.engine.MemberQuote;
import cn.jumin.yibao.policy.engine.QuoteEngine;
import cn.jumin.yibao.policy.model.Benefit;
import cn.jumin.yibao.policy.model.BenefitOverride;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Fact;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.Window;
import cn.jumin.yibao.policy.model.WindowStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** When to pay (windows, late and mid-year payment) and when cover starts, from the notice's windows. */
final class WindowAnswers {
    private final QuoteEngine quotes;

    WindowAnswers(QuoteEngine quotes) { this.quotes = quotes; }

    Answer deadline(Policy p, Understanding u) {
        boolean after = Parser.containsAny(u.text(), "错过", "过了", "之后", "以后", "后还", "后头", "没赶上", "没来得及", "没交上", "没交成", "那时候没交", "时候我没交", "时候没交", "时没交", "忘交", "忘了交");
        if ((u.date() != null || u.monthDay() != null) && !after) return onDay(p, u, Intent.DEADLINE);
        Set<Cite> cites = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：");
        // "大学刚毕业…集中缴费期早过了，我还能交吗": a window of this person's own says yes first
        Enrollment own = u.enrollment();
        if (own != null && own != Enrollment.CONTINUING && own != Enrollment.FIRST_TIME) {
            p.windows().stream().filter(w -> w.status() != WindowStatus.OPEN && w.enrollments().contains(own)).findFirst()
                    .ifPresent(w -> b.append("可以缴费，").append(enrollmentWord(List.of(own))).append("适用“").append(Words.label(w)).append("”。"));
        }
        List<Window> shown = relevant(p, u.enrollment());
        // "集中缴费几号截止": the central window only
        if (u.text().contains("集中") && !after) {
            List<Window> central = shown.stream().filter(w -> w.status() == WindowStatus.OPEN).toList();
            if (!central.isEmpty()) shown = central;
        }
        // "没赶上集中缴费期，最晚能拖到啥时候补交": the windows open to everyone; the others are named as not theirs below
        if (after && u.enrollment() == null) {
            List<Window> everyone = shown.stream().filter(w -> w.enrollments().isEmpty() && w.daysAfterBirth() == null).toList();
            if (!everyone.isEmpty()) shown = everyone;
        }
        // "截止到哪天": everyone's windows with their days; those for some people only are named after them, by their label
        List<Window> forSome = List.of();
        if (u.enrollment() == null && !after && !u.text().contains("集中")) {
            List<Window> everyone = shown.stream().filter(w -> w.enrollments().isEmpty() && w.daysAfterBirth() == null).toList();
            if (!everyone.isEmpty() && everyone.size() < shown.size()) {
                List<Window> all = shown;
                forSome = all.stream().filter(w -> !everyone.contains(w)).toList();
                shown = everyone;
            }
        }
        for (Window w : shown) {
            cites.add(w.cite());
            b.append(Words.label(w)).append("：").append(Words.period(w));
            if (w.benefit() != null && w.benefit().kind() != Benefit.Kind.NOT_STATED) {
                b.append("，").append(words(w.benefit()));
                if (w.benefit().cite() != null) cites.add(w.benefit().cite()); // the cover is the benefit clause's word
            }
            b.append("；");
        }
        b.setLength(b.length() - 1);
        b.append("。");
        if (!forSome.isEmpty()) {
            b.append("另有：").append(String.join("；", forSome.stream().map(Words::label).toList())).append("。");
            forSome.forEach(w -> cites.add(w.cite()));
        }
        if (u.enrollment() != null || after) {
            // say which later windows are not for this person, so "还能交吗" gets a plain no
            for (Window w : p.windows()) {
                if (shown.contains(w) || w.enrollments().isEmpty() || w.daysAfterBirth() != null) continue;
                b.append(Words.label(w)).append("只适用于").append(enrollmentWord(w.enrollments())).append("。");
                cites.add(w.cite());
            }
        }
        p.facts().stream().filter(f -> f.key().equals("no-late-payment")).findFirst().ifPresent(f -> {
            b.append(f.text());
            cites.add(f.cite());
        });
        return answer(p, Intent.DEADLINE, b.toString(), cites);
    }

    Answer benefit(Policy p, Understanding u) {
        if (u.date() != null || u.monthDay() != null) return onDay(p, u, Intent.BENEFIT_START);
        Set<Cite> cites = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：");
        boolean any = false;
        if (u.student() != null) {
            for (cn.jumin.yibao.policy.model.Standard st : p.standards()) {
                if (st.students().contains(u.student()) && st.benefit() != null && st.benefit().kind() != Benefit.Kind.NOT_STATED) {
                    b.append(FeeAnswers.studentWord(u.student())).append(words(st.benefit())).append("；");
                    cites.add(st.benefit().cite());
                    any = true;
                    break;
                }
            }
        }
        // a student whose own cover the notice dates (南川's 学年度) needs nothing about the general windows
        if (any) return answer(p, Intent.BENEFIT_START, b.substring(0, b.length() - 1) + "。", cites);
        for (BenefitOverride o : p.benefitOverrides()) {
            if (u.enrollment() == null || o.enrollments().contains(u.enrollment())) {
                b.append(words(o.benefit())).append("（").append(enrollmentWord(o.enrollments())).append("）；");
                if (o.benefit().cite() != null) cites.add(o.benefit().cite());
                any = true;
            }
        }
        List<String> silent = new ArrayList<>();
        for (Window w : relevant(p, u.enrollment())) {
            boolean newbornOnly = w.enrollments().equals(List.of(Enrollment.NEWBORN));
            if (newbornOnly && u.enrollment() != Enrollment.NEWBORN) continue; // newborn cover is the newborn answer's
            if (w.benefit() == null || w.benefit().kind() == Benefit.Kind.NOT_STATED) {
                silent.add(Words.label(w));
                continue;
            }
            b.append(Words.label(w)).append(Words.label(w).endsWith("缴费") ? "的，" : "缴费的，").append(words(w.benefit())).append("；");
            cites.add(w.benefit().cite());
            any = true;
        }
        if (!any) {
            // the clause that sets the payment period is what the resident can check; it says nothing of cover
            relevant(p, u.enrollment()).stream().filter(w -> w.enrollments().isEmpty()).forEach(w -> cites.add(w.cite()));
            b.append("通知没有写明参保缴费后从哪天开始享受待遇。").append(Words.HOTLINE);
            return answer(p, Intent.BENEFIT_START, b.toString(), cites);
        }
        b.setLength(b.length() - 1);
        b.append("。");
        if (!silent.isEmpty()) b.append(String.join("、", silent)).append("缴费的，通知没有写明从哪天开始享受待遇。").append(Words.HOTLINE);
        return answer(p, Intent.BENEFIT_START, b.toString(), cites);
    }

    /** The day the message names is one on which this person may not pay ("3月1号才想起来交，交好多"). */
    boolean closedOn(Policy p, Understanding u) {
        return (u.date() != null || u.monthDay() != null) && !onePayment(p, u).paymentAllowed();
    }

    private MemberQuote onePayment(Policy p, Understanding u) {
        var day = u.date() != null ? u.date() : u.monthDay().atYear(yearOf(p, u));
        Enrollment e = u.enrollment() == Enrollment.NEWBORN ? null : u.enrollment();
        return quotes.quote(p, day, List.of(new MemberInput("本人", null, null, u.student(), e, u.groups()))).members().get(0);
    }

    /** "我1月15号补交的，啥时候能报": the window and the cover a payment on that day gets. */
    Answer onDay(Policy p, Understanding u, Intent intent) {
        var day = u.date() != null ? u.date() : u.monthDay().atYear(yearOf(p, u));
        MemberQuote m = onePayment(p, u);
        // "1月份才补交的": a month without a day is said as the month, and no day is computed from a day not given
        boolean monthOnly = u.date() == null && u.monthOnly();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("：")
                .append(monthOnly ? day.getYear() + "年" + day.getMonthValue() + "月" : Words.date(day)).append("缴费，");
        List<Window> exceptions = List.of();
        List<Cite> lateRule = new ArrayList<>();
        if (!m.paymentAllowed()) {
            b.append("不在允许缴费的时间内。").append(m.notes().stream().filter(n -> n.contains("缴费期") || n.contains("不在")).findFirst().orElse(""));
            // "还能交么": no, unless the resident is one of those the notice lets pay later (and did not say so)
            exceptions = p.windows().stream().filter(w -> w.status() == WindowStatus.LATE && !w.enrollments().isEmpty()
                    && w.daysAfterBirth() == null && w.to() != null && !day.isAfter(w.to())).toList();
            if (!exceptions.isEmpty()) {
                b.append("此后只有这些情况还能缴费：").append(String.join("；", exceptions.stream().map(Window::label).toList())).append("。");
            }
            p.facts().stream().filter(f -> f.key().equals("no-late-payment") && !b.toString().contains("不得补缴")).findFirst()
                    .ifPresent(f -> { b.append(f.text()); lateRule.add(f.cite()); });
        } else {
            String late = m.notes().stream().filter(n -> n.startsWith("可在")).findFirst()
                    .map(n -> "属于" + n.substring(2).replaceFirst("内缴费（", "（").replaceFirst("。$", "")).orElse("属于通知允许的补缴/中途参保");
            // "啥时候截止，我二月份回来赶得上不": the day asked about, and the last day it could be
            String open = p.windows().stream().filter(w -> w.status() == WindowStatus.OPEN && w.to() != null).findFirst()
                    .map(w -> "在" + Words.label(w) + "内（" + Words.period(w) + "）").orElse("在集中缴费期内");
            b.append(m.window() == WindowStatus.OPEN ? open : late).append("。");
            java.util.Optional<Benefit> rule = ruleApplied(p, m);
            boolean dependsOnDay = rule.isPresent() && rule.get().kind() == Benefit.Kind.AFTER_MONTHS_FROM_PAYMENT;
            if (m.benefitStart() != null && monthOnly && dependsOnDay) {
                b.append(words(rule.get())).append("（按具体缴费日计算）。");
            } else if (m.benefitStart() != null) {
                b.append("待遇从").append(Words.date(m.benefitStart())).append("开始");
                if (m.benefitEnd() != null) b.append("，到").append(Words.date(m.benefitEnd()));
                ruleApplied(p, m).ifPresent(r -> b.append("（").append(words(r)).append("）"));
                b.append("。");
            } else {
                b.append("通知没有写明待遇从哪天开始。");
            }
        }
        Set<Cite> cites = new LinkedHashSet<>();
        m.citations().forEach(c -> cites.add(new Cite(c.clause(), c.quote())));
        exceptions.forEach(w -> cites.add(w.cite()));
        cites.addAll(lateRule);
        cites.removeIf(c -> p.standards().stream().anyMatch(s -> s.cite().equals(c)));
        return answer(p, intent, b.toString(), cites);
    }

    /** The notice's rule behind a computed start day ("自缴费次月起"), when it counts from the payment. */
    private static java.util.Optional<Benefit> ruleApplied(Policy p, MemberQuote m) {
        java.util.stream.Stream<Benefit> rules = java.util.stream.Stream.concat(
                p.windows().stream().map(Window::benefit), p.benefitOverrides().stream().map(BenefitOverride::benefit));
        return rules.filter(r -> r != null && r.cite() != null && (r.kind() == Benefit.Kind.NEXT_MONTH_AFTER_PAYMENT
                        || r.kind() == Benefit.Kind.AFTER_MONTHS_FROM_PAYMENT))
                .filter(r -> m.citations().stream().anyMatch(c -> c.clause().equals(r.cite().clause()) && c.quote().equals(r.cite().quote())))
                .findFirst();
    }

    static int yearOf(Policy p, Understanding u) {
        // a month-day alone: the central period decides which calendar year it falls in
        Window central = p.windows().get(0);
        int y = central.from() != null ? central.from().getYear() : central.to().getYear();
        // "中途参保", "补缴", "过了…还能": the resident means after the central period, i.e. the insurance year itself
        boolean afterCentral = java.util.stream.Stream.of("中途", "补缴", "补交", "还能", "过了", "晚了", "才")
                .anyMatch(u.text()::contains);
        if (afterCentral && u.monthDay().atYear(y).isBefore(central.to()) && y < p.year()) return p.year();
        return u.monthDay().atYear(y).isBefore(central.from() != null ? central.from() : central.to().minusMonths(4)) ? y + 1 : y;
    }

    private static List<Window> relevant(Policy p, Enrollment e) {
        List<Window> out = new ArrayList<>();
        for (Window w : p.windows()) {
            if (w.status() == WindowStatus.OPEN || e == null || w.appliesTo(e)) out.add(w);
        }
        return out;
    }

    static String words(Benefit b) {
        return switch (b.kind()) {
            case FIXED -> "待遇享受期为" + Words.date(b.start()) + "至" + Words.date(b.end());
            case NEXT_MONTH_AFTER_PAYMENT -> "自缴费次月起享受待遇";
            case AFTER_MONTHS_FROM_PAYMENT -> "自缴费" + b.months() + "个月后享受待遇";
            case FROM_BIRTH -> "自出生之日起享受待遇";
            case NOT_STATED -> "待遇起始日通知未写明";
        };
    }

    private static String enrollmentWord(List<Enrollment> es) {
        return String.join("、", es.stream().map(e -> switch (e) {
            case FIRST_TIME -> "新参保人员";
            case NEWBORN -> "新生儿";
            case COLLEGE_GRADUATE -> "大学毕业生";
            case VETERAN_RETIRED_FROM_SERVICE -> "退伍军人";
            case RELEASED_PRISONER -> "刑满释放人员";
            case RETURNING_MIGRANT_WORKER -> "返乡务工人员";
            case CONTINUING -> "续保人员";
        }).toList());
    }

    private static Answer answer(Policy p, Intent intent, String text, Set<Cite> cites) {
        List<Citation> cs = new ArrayList<>();
        cites.forEach(c -> cs.add(p.cite(c)));
        return Answer.of(intent, text + Words.basis(cites), cs);
    }

    static Fact fact(Policy p, String key) { return p.facts().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null); }
}
