package cn.jumin.yibao.kb;

import cn.jumin.yibao.policy.load.Resources;
import java.util.List;

/**
 * Folds traditional characters to simplified ones ("勐臘建檔立卡貧困戶繳多少錢" → "勐腊建档立卡贫困户缴多少钱"): the notices,
 * the data and the synonym map are written in simplified characters, some residents type traditional ones. The table
 * ({@code kb/traditional.txt}) is ICU4J's Hant-Hans mapping of single characters, kept as data so that the service
 * does not carry the 14 MB ICU library for it; the test that checks the table uses ICU itself.
 */
public final class Simplified {
    static final String TABLE = "kb/traditional.txt";
    private static final int FIRST = 0x3400, LAST = 0x9FFF;
    private static final char[] TO_SIMPLIFIED = load();

    private Simplified() {}

    public static String fold(String s) {
        if (s == null) return null;
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < FIRST || c > LAST) continue;
            char r = TO_SIMPLIFIED[c - FIRST];
            if (r == 0) continue;
            if (out == null) out = s.toCharArray();
            out[i] = r;
        }
        return out == null ? s : new String(out);
    }

    private static char[] load() {
        List<String> lines = Resources.lines(TABLE);
        String traditional = lines.get(0), simplified = lines.get(1);
        if (traditional.length() != simplified.length()) throw new IllegalStateException(TABLE + ": the two lines differ in length");
        char[] map = new char[LAST - FIRST + 1];
        for (int i = 0; i < traditional.length(); i++) map[traditional.charAt(i) - FIRST] = simplified.charAt(i);
        return map;
    }
}
