package cn.jumin.yibao.policy.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One sentence of a notice's 参保范围 turned into a rule: when every stated condition holds for the person,
 * the outcome applies. Unknown person facts never satisfy a condition. NO beats CONDITIONAL beats YES.
 */
public record EligibilityRule(@NotNull Eligible outcome, @NotNull @Valid Condition when, @NotBlank String text,
                              List<@NotBlank String> documents, @NotNull @Valid Cite cite) {

    public enum Eligible { YES, NO, CONDITIONAL }

    public List<String> documents() { return documents == null ? List.of() : documents; }

    /** Every non-null field is a condition; lists mean "one of". */
    public record Condition(Boolean employeeInsured, Boolean insuredElsewhere, List<Identity> identity,
                            Boolean localHukou, Boolean residencePermit, Boolean employed, List<Student> student,
                            List<Enrollment> enrollment) {}
}
