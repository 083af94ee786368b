package cn.jumin.yibao.kb;

import cn.jumin.yibao.policy.load.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a notice into clauses along its numbering: 一、 / （一） / 1. / （1）, appendices (附件, 附表) as clauses of
 * their own, and the text before the first section as {@code 前言}. Paths use half-width brackets, as citations do.
 */
public final class ClauseSplitter {
    private static final Pattern L1 = Pattern.compile("^([一二三四五六七八九十]+)、(.*)");
    private static final Pattern L2 = Pattern.compile("^[（(]([一二三四五六七八九十]+)[)）]\\s*(.*)");
    private static final Pattern L3 = Pattern.compile("^(\\d+)[.．](?!\\d)\\s*(.*)");
    private static final Pattern L4 = Pattern.compile("^[（(](\\d+)[)）]\\s*(.*)");
    private static final Pattern APPENDIX = Pattern.compile("^(附件|附表\\s*\\d*|附)\\s*[:：]?\\s*(.*)");
    private static final int SHORT_TITLE = 16;

    private ClauseSplitter() {}

    public static List<Clause> split(Notice notice) {
        List<String> paragraphs = TextRepair.paragraphs(notice.text());
        List<Clause> clauses = new ArrayList<>();
        String[] path = new String[4];
        String[] titles = new String[4];
        String currentPath = "前言";
        String currentTitle = notice.title() != null ? notice.title() : "前言";
        StringBuilder text = new StringBuilder();
        boolean inAppendix = false;

        for (String p : paragraphs) {
            Matcher m;
            int level = -1;
            String label = null;
            String rest = null;
            if (!inAppendix && (m = L1.matcher(p)).find()) { level = 0; label = m.group(1) + "、"; rest = m.group(2); }
            else if (!inAppendix && (m = L2.matcher(p)).find()) { level = 1; label = "(" + m.group(1) + ")"; rest = m.group(2); }
            else if (!inAppendix && (m = L3.matcher(p)).find() && path[0] != null) { level = 2; label = m.group(1) + "."; rest = m.group(2); }
            else if (!inAppendix && (m = L4.matcher(p)).find() && path[0] != null) { level = 3; label = "(" + m.group(1) + ")"; rest = m.group(2); }
            else if ((m = APPENDIX.matcher(p)).find() && !p.startsWith("附件：") == false || p.startsWith("附表") || p.startsWith("附:") || p.startsWith("附：")) {
                flush(clauses, notice, currentPath, currentTitle, text);
                String name = p.startsWith("附表") ? "附表" + p.replaceAll("^附表\\s*(\\d*).*", "$1") : "附件";
                if (!inAppendix || !name.equals(currentPath)) {
                    currentPath = name;
                    currentTitle = p.replaceAll("^附[件表]?\\s*\\d*\\s*[:：]?\\s*", "");
                    if (currentTitle.isBlank()) currentTitle = name;
                }
                inAppendix = true;
                text.append(p).append('\n');
                continue;
            }
            if (level < 0) {
                text.append(p).append('\n');
                continue;
            }
            flush(clauses, notice, currentPath, currentTitle, text);
            path[level] = label;
            for (int i = level + 1; i < 4; i++) { path[i] = null; titles[i] = null; }
            titles[level] = titleOf(rest, level > 0 ? titles[level - 1] : null);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i <= level; i++) if (path[i] != null) b.append(path[i]);
            currentPath = b.toString();
            currentTitle = titles[level];
            text.append(p).append('\n');
        }
        flush(clauses, notice, currentPath, currentTitle, text);
        return clauses;
    }

    /** A heading ("缴费标准", "加强组织领导，明确责任。") or, for a clause that is all body, its parent's title. */
    static String titleOf(String rest, String parentTitle) {
        String r = rest.strip();
        int stop = r.indexOf('。');
        String first = stop >= 0 ? r.substring(0, stop) : r;
        if (!first.isEmpty() && first.length() <= SHORT_TITLE && (stop >= 0 || r.length() <= SHORT_TITLE)) return first;
        return parentTitle != null ? parentTitle : first.length() > SHORT_TITLE ? first.substring(0, SHORT_TITLE) + "…" : first;
    }

    private static void flush(List<Clause> clauses, Notice n, String path, String title, StringBuilder text) {
        String t = text.toString().strip();
        text.setLength(0);
        if (t.isEmpty()) return;
        if (!clauses.isEmpty() && clauses.get(clauses.size() - 1).path().equals(path)) {
            Clause last = clauses.remove(clauses.size() - 1);
            clauses.add(new Clause(n.documentId(), n.region(), n.insuranceYear(), path, last.title(), last.text() + "\n" + t));
            return;
        }
        clauses.add(new Clause(n.documentId(), n.region(), n.insuranceYear(), path, title, t));
    }
}
