package cn.jumin.yibao.bot;

/** Input hygiene for chat messages: control characters out, and whether anything readable is left. */
final class Text {
    private Text() {}

    /** Strips control characters (keeps newline and tab as spaces) and trims. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || cp == '\r') b.append(' ');
            else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) b.appendCodePoint(cp);
        });
        return b.toString().strip();
    }

    /** Whether a message has letters, digits or Chinese characters (not only emoji or symbols). */
    static boolean hasWords(String s) {
        return s.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.OTHER_SYMBOL);
    }

    static boolean looksLikePolicyQuestion(String s) {
        return Parser.containsAny(s, "医保", "参保", "缴费", "交费", "保险", "资助", "缴", "交", "待遇", "报销", "登记", "办理", "通知", "政策");
    }
}
