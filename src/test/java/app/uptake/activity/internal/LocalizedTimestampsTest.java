package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTimestampsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-14T09:30:00Z|2026-03-14T09:30:00Z",
            "2026-03-14T09:30:00.000+0000|2026-03-14T09:30:00Z",
            "2026-03-14T10:30:00+01:00|2026-03-14T09:30:00Z",
            // without an offset: the company's zone (CET in March, CEST in July)
            "2026-03-14 10:30|2026-03-14T09:30:00Z",
            "2026-07-14T10:30:15|2026-07-14T08:30:15Z",
            "2026-07-14 8:05|2026-07-14T06:05:00Z",
            "14.03.2026 10:30|2026-03-14T09:30:00Z",
            "31.12.2026|2026-12-30T23:00:00Z",
            "1.2.2026|2026-01-31T23:00:00Z",
            "2026-03-14|2026-03-13T23:00:00Z"})
    void readsDatesAsCrmExportsWriteThem(String text, String expected) {
        assertThat(LocalizedTimestamps.parse(text, BERLIN)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} is no date")
    @CsvSource(delimiter = '|', value = {"yesterday", "31.02.2026", "2026-13-01", "3/14/2026", "14.03.26", "2026-03-14T25:00"})
    void refusesWhatIsNoDate(String text) {
        assertThat(LocalizedTimestamps.parse(text, BERLIN)).isNull();
    }
}
