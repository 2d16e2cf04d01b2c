package app.uptake.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    private final CompanyCalendar berlin = new CompanyCalendar(Clock.systemUTC(), ZoneId.of("Europe/Berlin"));

    @Test
    void anInvalidCronIsRefusedNamingItsProperty() {
        assertThatThrownBy(() -> new CronSchedule("uptake.x.cron", "every day at 7", berlin))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uptake.x.cron")
                .hasMessageContaining("every day at 7");
        assertThatThrownBy(() -> new CronSchedule("uptake.x.cron", null, berlin))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new CronSchedule("uptake.x.cron", " 0 30 2 * * ? ", berlin)).doesNotThrowAnyException();
    }
}
