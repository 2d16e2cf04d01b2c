package app.uptake.incentives.statement;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.DateRange;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatementPeriodTest {

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void wholeQuartersMonthsAndYearsGoByTheirNames() {
        assertThat(StatementPeriod.code(range("2026-07-01", "2026-09-30"))).isEqualTo("2026-Q3");
        assertThat(StatementPeriod.name(range("2026-07-01", "2026-09-30"), Locale.GERMAN)).isEqualTo("Q3 2026");
        assertThat(StatementPeriod.code(range("2024-02-01", "2024-02-29"))).isEqualTo("2024-02");
        assertThat(StatementPeriod.name(range("2026-07-01", "2026-07-31"), Locale.GERMAN)).isEqualTo("Juli 2026");
        assertThat(StatementPeriod.name(range("2026-07-01", "2026-07-31"), Locale.ENGLISH)).isEqualTo("July 2026");
        assertThat(StatementPeriod.code(range("2026-01-01", "2026-12-31"))).isEqualTo("2026");
        assertThat(StatementPeriod.name(range("2026-01-01", "2026-12-31"), Locale.ENGLISH)).isEqualTo("2026");
    }

    @Test
    void anyOtherRangeGoesByItsDays() {
        // two months, a quarter not starting on a quarter, a month not ending on its last day, across a year end
        for (DateRange range : new DateRange[] {range("2026-07-01", "2026-08-31"), range("2026-02-01", "2026-04-30"),
            range("2026-07-01", "2026-07-30"), range("2025-12-01", "2026-02-28")}) {
            assertThat(StatementPeriod.name(range, Locale.ENGLISH)).isNull();
            assertThat(StatementPeriod.code(range)).isEqualTo(range.from() + "_" + range.to());
        }
    }
}
