package cn.jumin.yibao.policy.model;

/** A citation as answers carry it: the notice ({@code region-year}), its title, the clause path and the verbatim quote. */
public record Citation(String documentId, String title, String clause, String quote) {}
