package cn.jumin.yibao.policy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A way to pay named in a notice. {@code kind}: ONLINE, OFFLINE, or ORGANIZED (a school, prison or village collects).
 * {@code students}: the channel is only for these students (杜集 在校生由学校统一组织代收, 南川 在渝高校大学生);
 * {@code inCustody}: only for people serving a sentence (南川 监狱). Both absent: a channel for anyone.
 */
public record Channel(@NotBlank String name, @NotNull Kind kind, @NotNull @Valid Cite cite,
                      List<@NotNull Student> students, Boolean inCustody) {
    public enum Kind { ONLINE, OFFLINE, ORGANIZED }

    public List<Student> students() { return students == null ? List.of() : students; }

    /** Whether anyone may pay through it, not only students or people in custody. */
    public boolean forEveryone() { return students().isEmpty() && !Boolean.TRUE.equals(inCustody); }
}
