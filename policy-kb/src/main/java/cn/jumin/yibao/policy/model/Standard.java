package cn.jumin.yibao.policy.model;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A personal contribution standard for a tier, optionally limited to some students and to payments made between
 * {@code paidFrom} and {@code paidTo}. {@code payerBearsFiscalShare} marks 南川's "另财政补助部分，由本人自行承担":
 * the payer owes an extra fiscal share whose amount the notice does not give.
 */
public record Standard(@Min(1) @Max(2) int tier, @NotBlank String tierName, @NotNull @PositiveOrZero BigDecimal amount,
                       List<@NotNull Student> students, LocalDate paidFrom, LocalDate paidTo,
                       boolean payerBearsFiscalShare, @Valid Benefit benefit, String interpretation,
                       @NotNull @Valid Cite cite) {

    public List<Student> students() { return students == null ? List.of() : students; }

    public boolean appliesOn(LocalDate day) {
        return (paidFrom == null || !day.isBefore(paidFrom)) && (paidTo == null || !day.isAfter(paidTo));
    }

    @JsonbTransient
    @AssertTrue(message = "paidFrom must not be after paidTo")
    public boolean isPeriodOrdered() { return paidFrom == null || paidTo == null || !paidFrom.isAfter(paidTo); }
}
