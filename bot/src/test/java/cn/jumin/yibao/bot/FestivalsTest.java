package cn.jumin.yibao.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FestivalsTest {
    private static Optional<LocalDate> day(String text, Integer year, LocalDate season) { return Festivals.dayIn(text, year, season); }

    @Test
    void lunarFestivalsInTheYearSaid() {
        assertEquals(Optional.of(LocalDate.of(2019, 2, 5)), day("2019年春节那天交", 2019, null));
        assertEquals(Optional.of(LocalDate.of(2021, 2, 11)), day("除夕那天交", 2021, null));
        assertEquals(Optional.of(LocalDate.of(2021, 2, 17)), day("大年初六去交", 2021, null));
        assertEquals(Optional.of(LocalDate.of(2021, 2, 26)), day("正月十五去交", 2021, null));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 14)), day("农历2月二龙抬头那天交", 2021, null));
        assertEquals(Optional.of(LocalDate.of(2020, 10, 1)), day("中秋那天交", 2020, null));
        // 腊月 of Gregorian 2023 began in December 2022 (lunar year 2022's twelfth month)
        assertEquals(Optional.of(LocalDate.of(2023, 1, 11)), day("腊月二十去交", 2023, null));
    }

    @Test
    void civilHolidaysBeforeAndAfter() {
        assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), day("元旦前交", 2021, null));
        assertEquals(Optional.of(LocalDate.of(2018, 12, 25)), day("圣诞节那天才去交", 2018, null));
    }

    @Test
    void withoutAYearTheOneOfThePaymentSeason() {
        LocalDate season = LocalDate.of(2018, 9, 5); // 勐腊 2019: collection from 2018-11-05
        assertEquals(Optional.of(LocalDate.of(2019, 2, 4)), day("除夕那天能交不", null, season));
        assertEquals(Optional.of(LocalDate.of(2018, 12, 25)), day("圣诞那天交", null, season));
    }

    @Test
    void aFestivalThatNamesPeopleIsNoDay() {
        assertEquals(Optional.empty(), day("春节回来的农民工最多能延到哪天", 2021, null));
    }
}
