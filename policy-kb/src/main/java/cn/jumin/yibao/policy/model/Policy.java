package cn.jumin.yibao.policy.model;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One notice as data: everything the engine applies for one area and insurance year, each fact beside its clause.
 * One file per area and year ({@code policies/{region}-{year}.json}); a later year never overwrites an earlier one.
 */
public record Policy(@NotBlank @Pattern(regexp = "\\d{6}-\\d{4}") String documentId,
                     @NotBlank @Pattern(regexp = "\\d{6}") String region,
                     @Min(2000) @Max(2100) int year,
                     @NotNull @Valid SourceNotice source,
                     @NotNull @Valid Area area,
                     @NotEmpty List<@NotNull @Valid Standard> standards,
                     @NotNull List<@NotNull @Valid Subsidy> subsidies,
                     @NotNull String subsidyPrinciple,
                     @Valid Cite subsidyPrincipleCite,
                     @NotEmpty List<@NotNull @Valid Window> windows,
                     @NotNull List<@NotNull @Valid BenefitOverride> benefitOverrides,
                     @NotNull @Valid Newborn newborn,
                     @NotEmpty List<@NotNull @Valid EligibilityRule> eligibility,
                     @NotNull List<@NotNull @Valid Channel> paymentChannels,
                     @NotNull List<@NotNull @Valid Item> offices,
                     @NotNull List<@NotNull @Valid Item> documents,
                     @NotNull List<@NotNull @Valid Fact> facts) {

    public String title() { return source.shownTitle(); }

    public Citation cite(Cite c) { return new Citation(documentId, title(), c.clause(), c.quote()); }

    public List<Integer> tiers() { return standards.stream().map(Standard::tier).distinct().sorted().toList(); }

    @JsonbTransient
    @AssertTrue(message = "documentId must be {region}-{year}")
    public boolean isDocumentIdConsistent() { return (region + "-" + year).equals(documentId); }

    @JsonbTransient
    @AssertTrue(message = "tiers must be 1, or 1 and 2")
    public boolean isTiersConsistent() {
        List<Integer> t = tiers();
        return t.equals(List.of(1)) || t.equals(List.of(1, 2));
    }
}
