package cn.jumin.yibao.policy.engine;

import java.time.LocalDate;

/**
 * Periods as 民法典 art. 201 and 202 count them: the start day is not counted; a period of months ends on the
 * corresponding day of the last month (or that month's last day).
 */
public final class DayCount {
    private DayCount() {}

    /** The last day of "within N days of {@code start}": start + N days (start day not counted). */
    public static LocalDate lastDayWithin(LocalDate start, int days) { return start.plusDays(days); }

    /** The first day after a waiting period of N months that runs from {@code start}. */
    public static LocalDate firstDayAfterMonths(LocalDate start, int months) { return start.plusMonths(months).plusDays(1); }

    /** 次月: the first day of the month after {@code day}. */
    public static LocalDate firstOfNextMonth(LocalDate day) { return day.withDayOfMonth(1).plusMonths(1); }
}
