package cn.jumin.yibao.policy.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/** The notice a policy file transcribes. {@code title} may be absent in the source (notice 004); {@code titleNote} says so. */
public record SourceNotice(@NotBlank String file, String title, String displayTitle, String titleNote, String issuer,
                           String docNumber, LocalDate issued) {
    /** The title to show: the notice's own, or the descriptive one the data gives where the source lacks a heading. */
    public String shownTitle() { return title != null ? title : displayTitle; }
}
