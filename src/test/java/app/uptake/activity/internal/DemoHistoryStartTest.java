package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How far back the demo's CRM history reaches: to the start of the previous fiscal year unless months are set. */
class DemoHistoryStartTest {

    @Test
    void aCalendarFiscalYearReachesBackToTheFirstOfJanuaryOfLastYear() {
        assertThat(DemoActivityLoader.historyStart(LocalDate.of(2026, 11, 23), -1, 1)).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(DemoActivityLoader.historyStart(LocalDate.of(2026, 1, 1), -1, 1)).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aFiscalYearFromAprilCountsTheMonthsBeforeAprilToTheYearBefore() {
        // 23 November 2026 lies in FY 2026 (April 2026 to March 2027): the previous one began on 1 April 2025
        assertThat(DemoActivityLoader.historyStart(LocalDate.of(2026, 11, 23), -1, 4)).isEqualTo(LocalDate.of(2025, 4, 1));
        // 15 March 2026 still lies in FY 2025 (from April 2025): the previous one began on 1 April 2024
        assertThat(DemoActivityLoader.historyStart(LocalDate.of(2026, 3, 15), -1, 4)).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void configuredMonthsWin() {
        assertThat(DemoActivityLoader.historyStart(LocalDate.of(2026, 11, 23), 2, 1)).isEqualTo(LocalDate.of(2026, 9, 23));
    }
}
