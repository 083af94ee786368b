package cn.jumin.yibao.policy.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * The pooling area a notice serves. {@code aliases} are the names residents type; {@code localHukouPrefixes} are the
 * GB/T 2260 code prefixes the notice counts as local household registration (本州户籍 is a prefecture prefix).
 */
public record Area(@NotBlank String name, @NotBlank String fullName, @NotEmpty List<@NotBlank String> aliases,
                   @NotEmpty List<@NotBlank String> localHukouPrefixes, String coverageNote) {}
