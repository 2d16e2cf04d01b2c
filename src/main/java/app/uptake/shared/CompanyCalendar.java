package app.uptake.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The company's time zone and today's date in it. Activity happens at an instant; metrics count it on the
 * company's calendar day, the same for every user whatever their browser's zone.
 */
@Component
public class CompanyCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public CompanyCalendar(Clock clock, @Value("${uptake.time-zone:Europe/Berlin}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
