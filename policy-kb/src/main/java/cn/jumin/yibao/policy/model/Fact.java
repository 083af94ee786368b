package cn.jumin.yibao.policy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Any other figure or date a notice states (fiscal subsidy, targets, list dates), keyed for the chat engine. */
public record Fact(@NotBlank String key, @NotBlank String text, @NotNull @Valid Cite cite) {}
