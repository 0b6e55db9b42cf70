package io.liaison.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now" and "today" for business rules. Today is a London date, whatever the server's zone;
 * tests move the clock with {@link #setClock(Clock)} instead of waiting for real days to pass.
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private volatile Clock clock = Clock.system(LONDON);

    /**
     * Now, to the microsecond: PostgreSQL keeps timestamps to the microsecond (rounding the rest), so an instant a
     * write answers with is then exactly the one every later read gives back.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** For tests: fix or move the clock. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** For tests: back to the system clock. */
    public void reset() {
        this.clock = Clock.system(LONDON);
    }
}
