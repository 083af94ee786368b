package cn.jumin.yibao.bot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese numerals in everyday writing (两个, 五口人, 十二月, 三十天) as digits, so one pattern reads both. */
final class ChineseNumbers {
    private static final Pattern NUMERAL = Pattern.compile("[零一二两三四五六七八九十百]+(?=[个口人位名月日号天年岁档周])");
    private static final String DIGITS = "零一二三四五六七八九";
    private static final Pattern SPOKEN_YEAR = Pattern.compile("([二][〇零一二三四五六七八九]{3})年");

    private ChineseNumbers() {}

    static String digits(String s) {
        // "二零二二年": a year read out digit by digit
        Matcher y = SPOKEN_YEAR.matcher(s);
        StringBuilder years = new StringBuilder();
        while (y.find()) {
            StringBuilder d = new StringBuilder();
            for (char c : y.group(1).toCharArray()) d.append(c == '〇' || c == '零' ? 0 : DIGITS.indexOf(c));
            y.appendReplacement(years, d + "年");
        }
        y.appendTail(years);
        s = years.toString();
        Matcher m = NUMERAL.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 1));
            // keep 一档/二档 and 第一/一、二级 as words; 一二级 are grades, not counts
            // "哪一天", "同一天": a word, not a count
            String before = m.start() > 0 ? s.substring(m.start() - 1, m.start()) : "";
            boolean keep = after.equals("档") || n.equals("一") && "哪同某任唯".contains(before) && !before.isEmpty() || (n.length() > 1 && !n.contains("十") && !n.contains("百") && n.chars().distinct().count() == n.length() && !n.equals("两"));
            m.appendReplacement(b, keep ? n : String.valueOf(value(n)));
        }
        m.appendTail(b);
        // amounts said without a unit after them ("是不是交二百八", "一百二十元"): hundreds are money here
        Matcher money = HUNDREDS.matcher(b.toString());
        StringBuilder c = new StringBuilder();
        while (money.find()) money.appendReplacement(c, String.valueOf(value(money.group())));
        money.appendTail(c);
        return c.toString();
    }

    private static final Pattern HUNDREDS = Pattern.compile("[一二两三四五六七八九]百[零一二三四五六七八九十]*");

    static int value(String n) {
        if (n.equals("两")) return 2;
        int total = 0;
        int current = 0;
        for (char c : n.toCharArray()) {
            if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; }
            else if (c == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; }
            else if (c == '两') current = 2;
            else current = DIGITS.indexOf(c);
        }
        // "二百八" is 280 and "一百二" 120: a digit straight after 百 is the tens
        if (n.length() >= 2 && n.charAt(n.length() - 2) == '百' && current > 0) return total + current * 10;
        return total + current;
    }
}
