package cn.jumin.yibao.policy.model;

import jakarta.validation.constraints.NotBlank;

/** Where a rule stands in its notice: the clause path (e.g. {@code 六、(六)}) and the verbatim words. */
public record Cite(@NotBlank String clause, @NotBlank String quote) {}
