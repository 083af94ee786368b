package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Benefit;
import cn.jumin.yibao.policy.model.Cite;
import java.time.LocalDate;

/**
 * The period of cover a payment buys, from a notice's benefit rule. Unknown start or end stays null; the note says why.
 */
public record BenefitPeriod(LocalDate start, LocalDate end, String note, Cite cite) {

    public static final BenefitPeriod UNKNOWN = new BenefitPeriod(null, null, null, null);

    /** Applies {@code rule} to a payment on {@code paid}; {@code birth} is needed only for FROM_BIRTH. */
    public static BenefitPeriod of(Benefit rule, LocalDate paid, LocalDate birth) {
        if (rule == null) return UNKNOWN;
        BenefitPeriod period = raw(rule, paid, birth);
        if (period.start() != null && period.end() != null && period.start().isAfter(period.end())) {
            // e.g. paying in December for cover "from next month" of a year that ends on 31 December
            // The dates stay as the notice's rule gives them; the note says the period is empty.
            return new BenefitPeriod(period.start(), period.end(), "该日缴费后，待遇应自" + Dates.zh(period.start())
                    + "起，但本年度待遇期到" + Dates.zh(period.end()) + "止，本年度内已无待遇期；请按下一年度的规定参保。", rule.cite());
        }
        return period;
    }

    private static BenefitPeriod raw(Benefit rule, LocalDate paid, LocalDate birth) {
        String note = rule.interpretation();
        return switch (rule.kind()) {
            case FIXED -> new BenefitPeriod(rule.start(), rule.end(), note, rule.cite());
            case NEXT_MONTH_AFTER_PAYMENT -> new BenefitPeriod(DayCount.firstOfNextMonth(paid), rule.end(), note, rule.cite());
            case AFTER_MONTHS_FROM_PAYMENT ->
                    new BenefitPeriod(DayCount.firstDayAfterMonths(paid, rule.months()), rule.end(), note, rule.cite());
            case FROM_BIRTH -> birth == null
                    ? new BenefitPeriod(null, rule.end(), "待遇自出生之日起享受；未提供出生日期。", rule.cite())
                    : new BenefitPeriod(birth, rule.end(), note, rule.cite());
            case NOT_STATED -> new BenefitPeriod(null, null, note == null ? "通知未写明待遇享受期。" : note, null);
        };
    }
}
