package cn.jumin.yibao.policy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A way to pay named in a notice. {@code kind}: ONLINE, OFFLINE, or ORGANIZED (a school, prison or village collects). */
public record Channel(@NotBlank String name, @NotNull Kind kind, @NotNull @Valid Cite cite) {
    public enum Kind { ONLINE, OFFLINE, ORGANIZED }
}
