package cn.jumin.yibao.policy.engine;

import java.time.LocalDate;

/** Dates as residents read them: 2021年2月28日. */
public final class Dates {
    private Dates() {}

    public static String zh(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
