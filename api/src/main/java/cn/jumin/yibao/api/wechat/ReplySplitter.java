package cn.jumin.yibao.api.wechat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Cuts an answer into parts of at most 2047 UTF-8 bytes, at sentence ends where it can (。！？；and line breaks). */
public final class ReplySplitter {
    public static final int MAX_BYTES = 2047;

    private ReplySplitter() {}

    public static List<String> split(String text, int maxBytes) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (bytes(rest) > maxBytes) {
            int fit = fittingChars(rest, maxBytes);
            int cut = -1;
            for (int i = fit - 1; i > fit / 3; i--) {
                char c = rest.charAt(i);
                if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || c == '!' || c == '?') { cut = i + 1; break; }
            }
            if (cut < 0) cut = fit;
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        if (!rest.isEmpty()) parts.add(rest);
        return parts;
    }

    static int bytes(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }

    /** How many chars of {@code s} fit in {@code maxBytes}, never splitting a surrogate pair. */
    private static int fittingChars(String s, int maxBytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + n > maxBytes) break;
            used += n;
            i += Character.charCount(cp);
        }
        return i;
    }
}
