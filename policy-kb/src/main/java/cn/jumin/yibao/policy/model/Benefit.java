package cn.jumin.yibao.policy.model;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * When cover starts and ends for a payment. {@code NOT_STATED} records that the notice says nothing; the engine then
 * answers {@code null}. {@code end} may be null where the notice gives a start but no end.
 */
public record Benefit(@NotNull Kind kind, Integer months, LocalDate start, LocalDate end, String interpretation, @Valid Cite cite) {

    public enum Kind {
        /** A fixed period, {@code start} to {@code end}. */
        FIXED,
        /** From the first day of the month after payment (自缴费次月起). */
        NEXT_MONTH_AFTER_PAYMENT,
        /** After a waiting period of {@code months} months from payment, counted per 民法典 art. 201/202. */
        AFTER_MONTHS_FROM_PAYMENT,
        /** From the day of birth (newborns). */
        FROM_BIRTH,
        /** The notice does not say. */
        NOT_STATED
    }

    @JsonbTransient
    @AssertTrue(message = "a stated benefit rule needs a cite; FIXED needs start; AFTER_MONTHS_FROM_PAYMENT needs months")
    public boolean isWellFormed() {
        if (kind == Kind.NOT_STATED) return true;
        if (cite == null) return false;
        if (kind == Kind.FIXED) return start != null && (end == null || !end.isBefore(start));
        if (kind == Kind.AFTER_MONTHS_FROM_PAYMENT) return months != null && months > 0;
        return true;
    }
}
