package cn.jumin.yibao.kb;

/**
 * One clause of a notice, as cited: {@code path} follows the notice's own numbering ({@code 六、(二)5.}, {@code 附表1},
 * {@code 前言} for the text before the first numbered section); {@code title} is its heading or its parent's.
 */
public record Clause(String documentId, String region, int year, String path, String title, String text) {}
