package cn.jumin.yibao.policy.engine;

import cn.jumin.yibao.policy.model.Cite;
import cn.jumin.yibao.policy.model.Enrollment;
import cn.jumin.yibao.policy.model.Policy;
import cn.jumin.yibao.policy.model.Window;
import cn.jumin.yibao.policy.model.WindowStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person may pay on a day: OPEN in the central period, LATE in a late, mid-year or exception period the
 * notice allows, CLOSED otherwise. Pure function of the policy, the day and the person's enrollment and birth date.
 */
public final class WindowCheck {
    private WindowCheck() {}

    /** The outcome: status, the window that allows payment (if any), a plain-Chinese reason and the clauses relied on. */
    public record Result(WindowStatus status, Optional<Window> window, String reason, List<Cite> cites) {
        public boolean paymentAllowed() { return status != WindowStatus.CLOSED; }
    }

    public static Result check(Policy policy, LocalDate day, Enrollment enrollment, LocalDate birthDate) {
        List<Window> candidates = new ArrayList<>();
        for (Window w : policy.windows()) {
            if (!w.appliesTo(enrollment)) continue;
            if (w.daysAfterBirth() != null && birthDate == null) continue;
            candidates.add(w);
        }
        // An open window first; among late windows, the one written for this kind of person explains best.
        Window best = null;
        for (Window w : candidates) {
            if (contains(w, day, birthDate) && (best == null || preference(w) < preference(best))) best = w;
        }
        if (best != null) {
            Window w = best;
            Optional<Window> hit = Optional.of(w);
            String reason = (w.status() == WindowStatus.OPEN ? "在" : "可在") + w.label() + "内缴费"
                    + "（" + describe(w, birthDate) + "）。";
            return new Result(w.status(), hit, reason, List.of(w.cite()));
        }
        List<Cite> cites = new ArrayList<>(candidates.stream().map(Window::cite).distinct().toList());
        List<Cite> refusals = candidates.stream().filter(w -> w.afterwards() != null)
                .filter(w -> end(w, birthDate) != null && day.isAfter(end(w, birthDate)))
                .map(Window::afterwards).distinct().toList();
        cites.addAll(refusals);
        Optional<LocalDate> firstOpen = candidates.stream().map(w -> start(w, birthDate)).filter(d -> d != null).min(LocalDate::compareTo);
        String reason;
        if (firstOpen.isPresent() && day.isBefore(firstOpen.get())) {
            reason = "缴费期尚未开始：" + candidates.stream().map(w -> w.label() + "（" + describe(w, birthDate) + "）")
                    .reduce((a, b) -> a + "；" + b).orElse("") + "。";
        } else {
            boolean newbornWithoutBirth = enrollment == Enrollment.NEWBORN && birthDate == null
                    && policy.windows().stream().anyMatch(w -> w.daysAfterBirth() != null);
            reason = "该日期不在通知允许的缴费时间内："
                    + candidates.stream().map(w -> w.label() + "（" + describe(w, birthDate) + "）")
                    .reduce((a, b) -> a + "；" + b).orElse("无适用的缴费期") + "。"
                    + refusals.stream().map(c -> "通知规定：" + cn.jumin.yibao.policy.load.Verbatim.readable(c.quote())).reduce("", String::concat)
                    + (newbornWithoutBirth ? "新生儿请提供出生日期以计算出生后的参保期限。" : "");
        }
        return new Result(WindowStatus.CLOSED, Optional.empty(), reason, cites);
    }

    private static int preference(Window w) {
        return (w.status() == WindowStatus.OPEN ? 0 : 2) + (w.enrollments().isEmpty() ? 1 : 0);
    }

    static boolean contains(Window w, LocalDate day, LocalDate birthDate) {
        LocalDate from = start(w, birthDate);
        LocalDate to = end(w, birthDate);
        return (from == null || !day.isBefore(from)) && !day.isAfter(to);
    }

    static LocalDate start(Window w, LocalDate birthDate) { return w.daysAfterBirth() != null ? birthDate : w.from(); }

    static LocalDate end(Window w, LocalDate birthDate) {
        return w.daysAfterBirth() != null ? DayCount.lastDayWithin(birthDate, w.daysAfterBirth()) : w.to();
    }

    static String describe(Window w, LocalDate birthDate) {
        LocalDate from = start(w, birthDate);
        LocalDate to = end(w, birthDate);
        // a closing day the notice does not give is not stated as if it did (the engine still counts to it)
        if (!w.endIsStated()) return (from == null ? "" : Dates.zh(from) + "起，") + "通知未写截止日";
        return (from == null ? "" : Dates.zh(from) + "至") + Dates.zh(to);
    }
}
