package cn.jumin.yibao.policy.model;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A period in which the notice lets some people pay: the central collection period ({@code OPEN}) or a late, mid-year
 * or exception period ({@code LATE}). {@code enrollments} empty means everyone. A window bounded by
 * {@code daysAfterBirth} runs from the day of birth to birth + that many days (start day not counted, 民法典 art. 201).
 * {@code from} null means the notice gives no opening day. {@code afterwards}, when present, is what the notice says
 * about paying once this window has closed (e.g. 不得补缴); it is cited when a later payment day is refused.
 */
public record Window(@NotBlank String id, @NotNull WindowStatus status, @NotBlank String label, LocalDate from,
                     LocalDate to, Integer daysAfterBirth, List<@NotNull Enrollment> enrollments,
                     @Valid Benefit benefit, String interpretation, @NotNull @Valid Cite cite,
                     @Valid Cite afterwards, Boolean endStated) {

    /** False where the notice gives no closing day and {@code to} is this service's reading (see interpretation). */
    public boolean endIsStated() { return endStated == null || endStated; }

    public List<Enrollment> enrollments() { return enrollments == null ? List.of() : enrollments; }

    public boolean appliesTo(Enrollment enrollment) {
        return enrollments().isEmpty() || enrollments().contains(enrollment);
    }

    @JsonbTransient
    @AssertTrue(message = "a window is OPEN or LATE, bounded by 'to' or by 'daysAfterBirth', with from <= to")
    public boolean isWellFormed() {
        if (status == WindowStatus.CLOSED) return false;
        if ((to == null) == (daysAfterBirth == null)) return false;
        return from == null || to == null || !from.isAfter(to);
    }
}
