package cn.jumin.yibao.policy.model;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A notice's newborn rules.
 * <ul>
 *   <li>{@code deadline}: the registration deadline, counted from birth or from hukou registration; null where none is set.</li>
 *   <li>{@code free}: whether a newborn pays nothing in the birth year, and on what condition; {@code NOT_STATED} where silent.</li>
 *   <li>{@code onTimeDays}: payment on or before birth + this many days gets {@code onTimeBenefit}; later payment
 *       gets {@code lateBenefit}. Null where the notice draws no such line.</li>
 * </ul>
 */
public record Newborn(@Valid Deadline deadline, @NotNull @Valid Free free, Integer onTimeDays,
                      @NotNull @Valid Benefit onTimeBenefit, @NotNull @Valid Benefit lateBenefit,
                      @NotNull List<@Valid Item> steps, @NotNull List<@Valid Item> documents,
                      @NotNull List<@Valid Item> offices, @NotNull List<@Valid Item> notes) {

    public enum Basis { BIRTH, HUKOU_REGISTRATION }

    public enum FreeRule { BOTH_PARENTS_RESIDENT_INSURED_AND_COMPLIANT, NOT_STATED }

    public record Deadline(@NotNull Integer days, @NotNull Basis basis, String interpretation, @NotNull @Valid Cite cite) {}

    public record Free(@NotNull FreeRule rule, String interpretation, @Valid Cite cite) {}

    @JsonbTransient
    @AssertTrue(message = "a stated free-in-birth-year rule needs a cite")
    public boolean isFreeCited() { return free == null || free.rule() == FreeRule.NOT_STATED || free.cite() != null; }
}
