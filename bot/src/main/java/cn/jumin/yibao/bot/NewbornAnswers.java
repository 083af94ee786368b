package cn.jumin.yibao.bot;

import cn.jumin.yibao.policy.engine.DayCount;
import cn.jumin.yibao.policy.engine.NewbornPlan;
import cn.jumin.yibao.policy.engine.NewbornPlanner;
import cn.jumin.yibao.policy.engine.NewbornRequest;
import cn.jumin.yibao.policy.model.Benefit;
import cn.jumin.yibao.policy.model.Citation;
import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Newborn;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.load.Verbatim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How and by when to enroll a newborn, and from when cover runs, from the notice's newborn rules. */
final class NewbornAnswers {
    private static final Pattern SINCE_HUKOU = Pattern.compile("(?:户口落了|落了户|落户|上了户口|户口上了|户口上)(?:都|已经|快|有|了)*(\\d+)个?多?月");
    private final NewbornPlanner planner;

    NewbornAnswers(NewbornPlanner planner) { this.planner = planner; }

    /** When the plan's cover starts, or that the notice does not say. */
    private static String coverFrom(NewbornPlan plan) {
        return plan.benefitStart() != null ? "待遇从" + Words.date(plan.benefitStart()) + "开始。" : "通知没有写明待遇从哪天开始。";
    }

    Answer answer(Policy p, Understanding u) {
        Newborn rules = p.newborn();
        Set<Cite> cites = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder(Words.notice(p)).append("新生儿参保：");
        LocalDate birth = u.date() != null ? u.date()
                : u.monthDay() != null ? u.monthDay().atYear(p.year()) : null;
        if (Parser.containsAny(u.text(), "哪里", "哪儿", "在哪", "去哪", "什么地方", "啥地方", "哪个部门")) b.append(where(p, rules, cites));
        // "2月1号生的，6月15号才去交" / "1月10号出生，3月1号才上的户口": each date's role is read from the words after it
        List<Parser.Dated> dates = Parser.dated(u.text(), birth != null ? birth.getYear() : p.year());
        // the message's date is the birth only when no other role claims it ("四月十五号落的户" is the 落户 day)
        LocalDate said = birth;
        LocalDate claimed = dates.stream().filter(d -> d.role() != Parser.Role.BIRTH).map(Parser.Dated::day)
                .filter(d -> said != null && d.getMonth() == said.getMonth() && d.getDayOfMonth() == said.getDayOfMonth()).findFirst().orElse(null);
        LocalDate born = dates.stream().filter(d -> d.role() == Parser.Role.BIRTH).map(Parser.Dated::day).findFirst()
                .orElse(claimed != null ? null : birth);
        LocalDate hukou = dates.stream().filter(d -> d.role() == Parser.Role.HUKOU).map(Parser.Dated::day).findFirst().orElse(null);
        // "3月20号生的，当天就上了户口": 落户 on the day of birth
        if (hukou == null && born != null && SAME_DAY_HUKOU.matcher(u.text()).find()) hukou = born;
        LocalDate pay = dates.stream().filter(d -> d.role() == Parser.Role.PAYMENT).map(Parser.Dated::day).findFirst().orElse(null);
        if (born != null && (hukou != null || pay != null)) {
            boolean parents = Boolean.TRUE.equals(u.parentsBothInsured());
            NewbornPlan plan = planner.plan(p, new NewbornRequest(born, hukou, parents, parents, null, pay));
            if (plan.registrationDeadline() != null) {
                b.append(Words.date(born)).append("出生").append(hukou != null ? "、" + Words.date(hukou) + "落户" : "")
                        .append("的，最晚").append(Words.date(plan.registrationDeadline())).append("（含当天）办理参保登记缴费。");
            }
            if (pay != null) {
                b.append(Words.date(pay)).append("缴费的，").append(coverFrom(plan));
            }
            plan.citations().forEach(c -> cites.add(new Cite(c.clause(), c.quote())));
            birth = null; // the plan above has used it
        } else if (born == null && pay != null && u.babyAgeDays() != null && !Parser.containsAny(u.text(), "落户", "户口")) {
            // "出生100多天了才去办…5月20号交的钱": the age said is at payment; only the payment day is stated, so only its cover is said
            boolean parents = Boolean.TRUE.equals(u.parentsBothInsured());
            NewbornPlan plan = planner.plan(p, new NewbornRequest(pay.minusDays(u.babyAgeDays()), null, parents, parents, null, pay));
            b.append(Words.date(pay)).append("缴费（出生约").append(u.babyAgeDays()).append("天）的，").append(coverFrom(plan));
            plan.citations().forEach(c -> cites.add(new Cite(c.clause(), c.quote())));
        }
        if (claimed != null) birth = null; // the message's day is the payment or 落户, not the birth
        Integer limit = rules.onTimeDays() != null ? rules.onTimeDays()
                : rules.deadline() != null && rules.deadline().basis() == Newborn.Basis.BIRTH ? rules.deadline().days() : null;
        // a notice that counts from 落户 (楚雄): the baby's age alone does not say the days are over
        boolean fromHukou = rules.deadline() != null && rules.deadline().basis() == Newborn.Basis.HUKOU_REGISTRATION;
        // "户口落了都4个多月了": the months said are counted from 落户 itself
        Matcher sinceHukou = SINCE_HUKOU.matcher(u.text());
        boolean lateSinceHukou = fromHukou && limit != null && sinceHukou.find() && Integer.parseInt(sinceHukou.group(1)) * 30 > limit;
        boolean late = u.late() || lateSinceHukou || (u.babyAgeDays() != null && limit != null && u.babyAgeDays() > limit && !fromHukou);
        boolean within = u.babyAgeDays() != null && limit != null && u.babyAgeDays() <= limit;

        if (rules.deadline() != null) {
            cites.add(rules.deadline().cite());
            String from = rules.deadline().basis() == Newborn.Basis.BIRTH ? "出生之日起" : "落户后";
            b.append("须在").append(from).append(rules.deadline().days()).append("天内办理参保登记缴费");
            if (birth != null && rules.deadline().basis() == Newborn.Basis.BIRTH) {
                b.append("（").append(Words.date(birth)).append("出生的，最晚").append(Words.date(DayCount.lastDayWithin(birth, rules.deadline().days()))).append("）");
            } else if (born == null && hukou != null && rules.deadline().basis() == Newborn.Basis.HUKOU_REGISTRATION) {
                // "小孩四月十五号落的户，最晚哪天去办": counted from the 落户 day the resident gave
                b.append("（").append(Words.date(hukou)).append("落户的，最晚").append(Words.date(DayCount.lastDayWithin(hukou, rules.deadline().days()))).append("）");
            }
            b.append("。");
        } else {
            b.append("通知没有规定新生儿参保登记的期限。");
        }
        String onTime = benefitWords(rules.onTimeBenefit(), cites);
        // "3月5号落地的 … 待遇从么时候算": the day itself, when cover runs from the birth
        // a month said alone ("10月份生的") gives no day to state
        if (onTime != null && born != null && birth != null && !u.monthOnly()) onTime = onTime.replace("出生之日起", "出生之日（" + Words.date(born) + "）起");
        String lateWords = benefitWords(rules.lateBenefit(), cites);
        if (rules.onTimeDays() != null) {
            if (late) {
                b.append("已超过").append(fromHukou ? "落户后" : "出生后").append(rules.onTimeDays()).append("天的，").append(lateWords).append("。");
            } else if (within) {
                // "落户后一个月就去交了": within the days, so only the on-time cover applies
                b.append("在").append(rules.onTimeDays()).append("天内办理的，").append(onTime).append("。");
            } else {
                b.append(rules.onTimeDays()).append("天内办理的，").append(onTime).append("；超过").append(rules.onTimeDays()).append("天的，").append(lateWords).append("。");
            }
        } else if (onTime != null) {
            b.append(onTime).append("。");
        }
        // "听人说2月28号以后就不收了": newborns are not held to the collection period, where the notice says so
        if (Parser.containsAny(u.text(), "集中", "不收", "截止", "停止", "2月28", "12月20", "12月31")) {
            p.windows().stream().filter(w -> w.enrollments().contains(cn.jumin.yibao.policy.model.Enrollment.NEWBORN) && w.label().contains("不受"))
                    .findFirst().ifPresent(w -> {
                        b.append(w.label()).append("。");
                        cites.add(w.cite());
                    });
        }
        // a late baby, one asking for another way in, or a notice that sets no deadline: its 中途参保 route for newborns
        if (late || rules.deadline() == null || Parser.containsAny(u.text(), "中途", "还能", "过了")) {
            boolean routeGiven = false;
            for (cn.jumin.yibao.policy.model.Item step : rules.steps()) {
                if (step.text().contains("中途参保")) {
                    b.append(step.text()).append("。");
                    cites.add(step.cite());
                    routeGiven = true;
                }
            }
            // no newborn rule for a late baby: the notice's way in for anyone who missed their time (南川 三、(三))
            if (late && !routeGiven && rules.onTimeDays() == null) {
                p.windows().stream().filter(w -> w.status() == cn.jumin.yibao.policy.model.WindowStatus.LATE
                        && w.enrollments().isEmpty() && w.daysAfterBirth() == null && w.to() != null).findFirst().ifPresentOrElse(w -> {
                    b.append("超过期限的，通知没有专门写新生儿怎么办；错过参保时间的可").append(Words.label(w)).append("：")
                            .append(Words.period(w)).append("。");
                    cites.add(w.cite());
                }, () -> b.append("超过期限后还能不能参保，通知没有写明。"));
            }
        }
        if (rules.free().rule() == Newborn.FreeRule.BOTH_PARENTS_RESIDENT_INSURED_AND_COMPLIANT) {
            cites.add(rules.free().cite());
            if (Boolean.FALSE.equals(u.parentsBothInsured())) b.append("父母双方未都参加城乡居民医保的，出生当年需按标准缴费").append(standards(p, cites)).append("。");
            else {
                b.append("父母双方均已参加城乡居民医保并符合计划生育政策的，").append(freeWords(rules.free().cite().quote()));
                // the resident said both parents are in the scheme: their baby's own figure
                b.append(Boolean.TRUE.equals(u.parentsBothInsured()) ? "（出生当年个人缴纳0元）。" : "。");
            }
        } else if (rules.free().interpretation() != null) {
            b.append(rules.free().interpretation());
        }
        if (!rules.documents().isEmpty()) {
            b.append("需带：").append(String.join("、", rules.documents().stream().map(i -> i.text()).limit(4).toList())).append("。");
            rules.documents().forEach(i -> cites.add(i.cite()));
        }
        if (birth != null) {
            NewbornPlan plan = planner.plan(p, new NewbornRequest(birth, null, Boolean.TRUE.equals(u.parentsBothInsured()),
                    Boolean.TRUE.equals(u.parentsBothInsured()), null, null));
            plan.citations().forEach(c -> cites.add(new Cite(c.clause(), c.quote())));
        }
        List<Citation> citations = new ArrayList<>();
        cites.forEach(c -> citations.add(p.cite(c)));
        return Answer.of(Intent.NEWBORN, b + Words.basis(cites), FeeAnswers.dedupe(citations));
    }

    /** "（个人缴费280元）" or "（一档280元、二档655元）": the general standards, each cited; empty when the notice sets none. */
    private static String standards(Policy p, Set<Cite> cites) {
        List<cn.jumin.yibao.policy.model.Standard> general = FeeAnswers.generalStandards(p, null, cites);
        if (general.isEmpty()) return "";
        if (general.stream().map(st -> st.amount().stripTrailingZeros()).distinct().count() == 1) {
            return "（个人缴费" + Words.yuan(general.get(0).amount()) + "）";
        }
        return "（" + String.join("、", general.stream().map(st -> st.tierName() + Words.yuan(st.amount())).distinct().toList()) + "）";
    }

    /** "去哪里登记": the newborn's own offices or first step, else the notice's general offices. */
    private static String where(Policy p, Newborn rules, Set<Cite> cites) {
        List<cn.jumin.yibao.policy.model.Item> items = !rules.offices().isEmpty() ? rules.offices()
                : !rules.steps().isEmpty() ? rules.steps().subList(0, 1) : p.offices();
        if (items.isEmpty()) return "通知没有写明办理地点。";
        items.forEach(i -> cites.add(i.cite()));
        String list = String.join("、", items.stream().map(i -> i.text()).limit(4).toList());
        return (rules.offices().isEmpty() && !rules.steps().isEmpty() ? list : "办理地点：" + list) + "。";
    }

    private static String benefitWords(Benefit rule, Set<Cite> cites) {
        if (rule.cite() != null) cites.add(rule.cite());
        return switch (rule.kind()) {
            case FROM_BIRTH -> "自出生之日起享受医保待遇" + (rule.end() != null ? "，到" + Words.date(rule.end()) : "");
            case NEXT_MONTH_AFTER_PAYMENT -> "自缴费次月起享受医保待遇";
            case AFTER_MONTHS_FROM_PAYMENT -> "自缴费" + rule.months() + "个月后享受医保待遇";
            case FIXED -> "待遇期" + Words.date(rule.start()) + "至" + Words.date(rule.end());
            case NOT_STATED -> "待遇从何时开始通知没有写明";
        };
    }

    private static final java.util.regex.Pattern SAME_DAY_HUKOU = java.util.regex.Pattern.compile("(当天|同一天|同天|当日)[^，,。]{0,4}(户口|落户|上户)");

    /** The notice's own words for the free first year ("出生当年不用缴费", "出生当年个人不缴费"). */
    static String freeWords(String quote) {
        int at = quote.indexOf("出生当年");
        return at < 0 ? "出生当年不用缴费" : Verbatim.readable(quote.substring(at)).replaceAll("[。，,；;\\s]+$", "").replace(",", "，");
    }
}
