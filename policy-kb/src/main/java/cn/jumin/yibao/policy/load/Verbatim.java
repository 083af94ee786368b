package cn.jumin.yibao.policy.load;

/**
 * Whether a quote stands word for word in a notice. The extracted texts break sentences across lines and pages and
 * pad numbers with spaces ("每人 280 元"); quotes repair that, so whitespace is ignored on both sides and nothing else.
 */
public final class Verbatim {
    private Verbatim() {}

    public static String withoutWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0').forEach(b::appendCodePoint);
        return b.toString();
    }

    /** A quote as a resident reads it: the extraction's padding around Chinese text gone ("3 月 1 日" → "3月1日"). */
    public static String readable(String quote) {
        return PADDING.matcher(quote).replaceAll("");
    }

    private static final java.util.regex.Pattern PADDING =
            java.util.regex.Pattern.compile("(?<=[\\p{IsHan}，。、；：:（）()])\\s+|\\s+(?=[\\p{IsHan}，。、；：:（）()])");

    public static boolean isIn(String quote, String noticeText) {
        return withoutWhitespace(noticeText).contains(withoutWhitespace(quote));
    }
}
