package cn.jumin.yibao.policy.model;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A subsidy the notice grants to some special groups. {@code AMOUNT}: a fixed sum (capped at the standard);
 * {@code FULL}: the whole personal contribution; {@code NOT_STATED}: the notice grants one but gives no figure
 * (按有关文件规定执行, 据实补助). {@code tiers} empty means every tier; {@code paidFrom}/{@code paidTo} limit it to
 * payments made in that period (南川's 资助时间), stated by {@code periodCite}. {@code alsoStatedIn}: other clauses
 * that state the same figure (随县 gives the 一般贫困户 140 in 二、 and again, with the personal 140, in 七、).
 */
public record Subsidy(@NotEmpty List<@NotNull SpecialGroup> groups, @NotNull Kind kind, BigDecimal amount,
                      List<@NotNull Integer> tiers, LocalDate paidFrom, LocalDate paidTo, @Valid Cite periodCite,
                      String interpretation, @NotNull @Valid Cite cite, List<@NotNull @Valid Cite> alsoStatedIn) {

    public enum Kind { AMOUNT, FULL, NOT_STATED }

    public List<Integer> tiers() { return tiers == null ? List.of() : tiers; }

    public List<Cite> alsoStatedIn() { return alsoStatedIn == null ? List.of() : alsoStatedIn; }

    public boolean appliesTo(int tier, LocalDate day) {
        return (tiers().isEmpty() || tiers().contains(tier))
                && (paidFrom == null || !day.isBefore(paidFrom)) && (paidTo == null || !day.isAfter(paidTo));
    }

    @JsonbTransient
    @AssertTrue(message = "AMOUNT needs a positive amount; FULL and NOT_STATED carry none")
    public boolean isAmountConsistent() {
        return kind == Kind.AMOUNT ? amount != null && amount.signum() > 0 : amount == null;
    }
}
