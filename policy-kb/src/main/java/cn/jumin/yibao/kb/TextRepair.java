package cn.jumin.yibao.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs the damage PDF extraction did to the notices: sentences broken across lines and pages, list bullets and
 * bold markers from the converter, padding spaces inside Chinese text. Returns paragraphs, each a whole unit of text.
 * Punctuation is left as the notice wrote it (quotes must stay verbatim); search normalises width separately.
 */
public final class TextRepair {
    private static final Pattern HEADING = Pattern.compile(
            "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\\d+[.．](?!\\d)|[（(]\\d+[)）]|附件|附表|附[:：]|附\\s*[:：])");
    private static final String ENDS = "。；;：:！!？?」”\"）)";

    private TextRepair() {}

    /** Paragraphs of the notice with broken lines joined and converter artefacts removed. */
    public static List<String> paragraphs(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.replace("\r", "").split("\n")) {
            String s = clean(line);
            lines.add(s);
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        boolean tableMode = false;
        for (String s : lines) {
            if (s.isEmpty()) continue;
            boolean heading = HEADING.matcher(s).find();
            boolean tableRow = s.contains("\t") || s.matches("^\\d+\\s+\\S+\\s+\\d+$");
            if (s.startsWith("附表") || s.startsWith("附件")) tableMode = true;
            if (current == null || heading || tableMode || tableRow || endsSentence(current) || isBareHeading(current)) {
                if (current != null) paragraphs.add(current.toString());
                current = new StringBuilder(s);
            } else {
                current.append(s); // a sentence broken across lines or pages
            }
        }
        if (current != null) paragraphs.add(current.toString());
        return paragraphs;
    }

    /** "一、缴费标准", "(一)资助对象": a heading on a line of its own, never joined to the body that follows. */
    private static boolean isBareHeading(StringBuilder b) {
        return b.length() <= 20 && HEADING.matcher(b).find() && b.indexOf("，") < 0 && b.indexOf(",") < 0;
    }

    private static boolean endsSentence(StringBuilder b) {
        if (b.isEmpty()) return true;
        char last = b.charAt(b.length() - 1);
        return ENDS.indexOf(last) >= 0;
    }

    /** One line without bullets, bold markers and stray spaces between Chinese characters. */
    static String clean(String line) {
        String s = line.strip().replace("\u3000", " ");
        if (s.startsWith("- ")) s = s.substring(2).strip();
        s = s.replace("**", "");
        // "计 生优抚" / "监 狱" / "学年 度": a space between two CJK characters is a line-wrap artefact
        s = s.replaceAll("(?<=[\\p{IsHan}，。、；：“”（）])\\s+(?=[\\p{IsHan}，。、；：“”（）])", "");
        return s.strip();
    }

    /** Width-normalised text for matching and indexing: full-width ASCII to half-width, one kind of each bracket. */
    public static String normalizeWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            b.append(c);
        }
        return b.toString();
    }
}
