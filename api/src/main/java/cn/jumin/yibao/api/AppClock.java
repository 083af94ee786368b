package cn.jumin.yibao.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** "Today" in China time, or the date {@code app.today} pins for demos and tests. */
@ApplicationScoped
public class AppClock {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Optional<LocalDate> pinned;
    private final Clock clock;

    @Inject
    public AppClock(Config config) {
        this(config, Clock.system(CHINA));
    }

    AppClock(Config config, Clock clock) {
        // read once: a pinned day is start-up configuration, and "today" is asked several times per request
        this.pinned = config.getOptionalValue("app.today", String.class).filter(s -> !s.isBlank()).map(LocalDate::parse);
        this.clock = clock;
    }

    public LocalDate today() {
        return pinned.orElseGet(() -> LocalDate.now(clock.withZone(CHINA)));
    }

    /** Now in China time; on a pinned day, that day at the current wall-clock time. */
    public ZonedDateTime now() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(CHINA));
        return now.with(today());
    }
}
