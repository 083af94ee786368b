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
