package cn.jumin.yibao.policy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A benefit rule that holds for some kinds of enrollment whatever the window (e.g. 勐腊: 新参保人员自参保缴费次月起). */
public record BenefitOverride(@NotEmpty List<@NotNull Enrollment> enrollments, @NotNull @Valid Benefit benefit) {}
