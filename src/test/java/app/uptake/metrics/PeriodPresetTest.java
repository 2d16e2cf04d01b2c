package app.uptake.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodPresetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void presetsAreCalendarPeriodsAroundToday() {
        assertThat(PeriodPreset.THIS_QUARTER.range(TODAY)).isEqualTo(range("2026-10-01", "2026-12-31"));
        assertThat(PeriodPreset.LAST_QUARTER.range(TODAY)).isEqualTo(range("2026-07-01", "2026-09-30"));
        assertThat(PeriodPreset.LAST_YEAR.range(TODAY)).isEqualTo(range("2025-01-01", "2025-12-31"));
        assertThat(PeriodPreset.LAST_MONTH.range(TODAY)).isEqualTo(range("2026-10-01", "2026-10-31"));
        assertThat(PeriodPreset.LAST_12_MONTHS.range(TODAY)).isEqualTo(range("2025-11-24", "2026-11-23"));
        assertThat(PeriodPreset.LAST_30_DAYS.range(TODAY).days()).isEqualTo(30);
    }

    @Test
    void bucketsStartOnMondaysMonthsAndQuarters() {
        assertThat(Granularity.WEEK.bucketStart(TODAY)).isEqualTo(TODAY); // a Monday
        assertThat(Granularity.WEEK.bucketStart(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(Granularity.QUARTER.bucketStart(TODAY)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Granularity.MONTH.next(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(PeriodPreset.granularityFor(range("2026-01-01", "2026-12-31"))).isEqualTo(Granularity.MONTH);
        assertThat(PeriodPreset.granularityFor(range("2026-10-01", "2026-12-31"))).isEqualTo(Granularity.WEEK);
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
