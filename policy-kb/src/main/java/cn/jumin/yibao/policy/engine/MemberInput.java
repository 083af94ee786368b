package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.SpecialGroup;
import cn.jumin.yibao.policy.model.Student;
import java.time.LocalDate;
import java.util.Set;

/** One household member as a quote needs them. Null tier means 1; null student NONE; null enrollment CONTINUING. */
public record MemberInput(String ref, LocalDate birthDate, Integer tier, Student student, Enrollment enrollment,
                          Set<SpecialGroup> groups) {
    public MemberInput {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
