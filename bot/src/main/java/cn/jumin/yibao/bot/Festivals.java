package cn.jumin.yibao.bot;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days residents name by the calendar's festivals: "正月十五去交", "大年初六", "农历二月二", "腊月二十", "除夕", "圣诞节那天",
 * "元旦前". Lunar days are converted with ICU's Chinese calendar; a festival without a year is the one of the payment
 * season the caller gives (see {@link #dayIn}).
 */
final class Festivals {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String NUM = "([0-9]{1,2}|[一二三四五六七八九十廿]{1,3})";

    private static final List<Named> NAMED = List.of(
            new Named(Pattern.compile("除夕|大年(三十|30)|年(三十|30)晚?|大年夜"), m -> y -> eve(y)),
            new Named(Pattern.compile("(农历)?(正月|大年)初?" + NUM), m -> y -> lunar(y, 1, number(m.group(3)))),
            new Named(Pattern.compile("春节|大年初一|过年那天"), m -> y -> lunar(y, 1, 1)),
            new Named(Pattern.compile("元宵"), m -> y -> lunar(y, 1, 15)),
            new Named(Pattern.compile("龙抬头|农历(二|2)月(初)?(二|2)"), m -> y -> lunar(y, 2, 2)),
            new Named(Pattern.compile("腊八"), m -> y -> lastMonth(y, 8)),
            new Named(Pattern.compile("腊月初?" + NUM), m -> y -> lastMonth(y, number(m.group(1)))),
            new Named(Pattern.compile("农历" + NUM + "月(初)?" + NUM), m -> y -> lunar(y, number(m.group(1)), number(m.group(3)))),
            new Named(Pattern.compile("端午"), m -> y -> lunar(y, 5, 5)),
            new Named(Pattern.compile("中秋"), m -> y -> lunar(y, 8, 15)),
            new Named(Pattern.compile("元旦"), m -> y -> Optional.of(LocalDate.of(y, 1, 1))),
            new Named(Pattern.compile("劳动节|五一"), m -> y -> Optional.of(LocalDate.of(y, 5, 1))),
            new Named(Pattern.compile("国庆"), m -> y -> Optional.of(LocalDate.of(y, 10, 1))),
            new Named(Pattern.compile("圣诞"), m -> y -> Optional.of(LocalDate.of(y, 12, 25))));

    /** A festival as said, and from what was said, its day in a given Gregorian year. */
    private record Named(Pattern said, java.util.function.Function<Matcher, IntFunction<Optional<LocalDate>>> day) {}

    private static final Pattern PAYMENT_NEAR = Pattern.compile("[交缴办补买]|那天|当天|那日|前|后|期间|来得及");

    /** A festival word the text says, before any date is worked out ("2021年正月十五": the year belongs to it). */
    static final Pattern ANY = Pattern.compile("除夕|大年|年三十|年30|正月|春节|元宵|龙抬头|农历|腊月|腊八|端午|中秋|元旦|劳动节|五一|国庆|圣诞");

    private Festivals() {}

    /**
     * The day of the first festival the text names: in {@code year} when the text says one before it ("2021年正月十五"),
     * else the one falling within the twelve months from {@code seasonStart}.
     */
    static Optional<LocalDate> dayIn(String text, Integer year, LocalDate seasonStart) {
        for (Named n : NAMED) {
            Matcher m = n.said().matcher(text);
            if (!m.find()) continue;
            // "正月十五去交", "除夕那天能交不": the day of a payment; "春节回来的农民工" names people, no day
            String next = text.substring(m.end(), Math.min(text.length(), m.end() + 7));
            if (!PAYMENT_NEAR.matcher(next).find()) continue;
            IntFunction<Optional<LocalDate>> day = n.day().apply(m);
            // "元旦前交": the day before; "春节后": the day after
            String after = text.substring(m.end());
            int shift = after.matches("^(之|以)?前.*") ? -1 : after.matches("^(之|以)?后.*") ? 1 : 0;
            if (year != null) return day.apply(year).map(d -> d.plusDays(shift));
            if (seasonStart == null) return Optional.empty();
            for (int y = seasonStart.getYear(); y <= seasonStart.getYear() + 1; y++) {
                Optional<LocalDate> d = day.apply(y);
                if (d.isPresent() && !d.get().isBefore(seasonStart) && d.get().isBefore(seasonStart.plusYears(1))) return d.map(x -> x.plusDays(shift));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Lunar month and day of the lunar year that begins in Gregorian {@code year}. */
    private static Optional<LocalDate> lunar(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) return Optional.empty();
        ChineseCalendar c = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"), ULocale.CHINA);
        c.clear();
        c.set(ChineseCalendar.EXTENDED_YEAR, year); // ICU 74+: the Gregorian year in which the lunar year begins
        c.set(ChineseCalendar.MONTH, month - 1);
        c.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        c.set(ChineseCalendar.DAY_OF_MONTH, 1);
        c.set(ChineseCalendar.HOUR_OF_DAY, 12);
        if (day > c.getActualMaximum(ChineseCalendar.DAY_OF_MONTH)) return Optional.empty(); // 腊月三十 in a 29-day month
        c.set(ChineseCalendar.DAY_OF_MONTH, day);
        return Optional.of(Instant.ofEpochMilli(c.getTimeInMillis()).atZone(CHINA).toLocalDate());
    }

    /** 除夕 in Gregorian {@code year}: the eve of the lunar new year that falls in it. */
    private static Optional<LocalDate> eve(int year) {
        return lunar(year, 1, 1).map(d -> d.minusDays(1));
    }

    /** 腊月 (the twelfth lunar month) day {@code day} falling in Gregorian {@code year}: usually the lunar year before's. */
    private static Optional<LocalDate> lastMonth(int year, int day) {
        for (int lunarYear : new int[] {year - 1, year}) {
            Optional<LocalDate> d = lunar(lunarYear, 12, day);
            if (d.isPresent() && d.get().getYear() == year) return d;
        }
        return Optional.empty();
    }

    /** 6, 十五, 二十, 廿三, 三十. */
    private static int number(String n) {
        if (n.matches("\\d+")) return Integer.parseInt(n);
        String d = "一二三四五六七八九";
        int value = 0;
        String t = n.replace("廿", "二十");
        int ten = t.indexOf('十');
        if (ten < 0) return d.indexOf(t.charAt(0)) + 1;
        value = ten == 0 ? 10 : (d.indexOf(t.charAt(0)) + 1) * 10;
        if (ten + 1 < t.length()) value += d.indexOf(t.charAt(ten + 1)) + 1;
        return value;
    }
}
