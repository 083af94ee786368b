package cn.jumin.yibao.policy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A step, document, office or fact stated in a notice, in plain words, with the clause it comes from. */
public record Item(@NotBlank String text, @NotNull @Valid Cite cite) {}
