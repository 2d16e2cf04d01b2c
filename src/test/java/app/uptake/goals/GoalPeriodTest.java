package app.uptake.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalPeriodTest {

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aFiscalYearStartingInAprilIsNamedAfterTheYearItStartsIn() {
        assertThat(GoalPeriod.year(2026, 4).range()).isEqualTo(range("2026-04-01", "2027-03-31"));
        assertThat(GoalPeriod.quarter(2026, 1, 4).range()).isEqualTo(range("2026-04-01", "2026-06-30"));
        assertThat(GoalPeriod.quarter(2026, 3, 4).range()).isEqualTo(range("2026-10-01", "2026-12-31"));
        assertThat(GoalPeriod.quarter(2026, 4, 4).range()).isEqualTo(range("2027-01-01", "2027-03-31"));
        assertThat(GoalPeriod.fiscalYearOf(LocalDate.parse("2027-02-10"), 4)).isEqualTo(2026);
        assertThat(GoalPeriod.fiscalYearOf(LocalDate.parse("2027-04-01"), 4)).isEqualTo(2027);
        assertThat(GoalPeriod.quarter(2026, 3, 4).label()).isEqualTo("FY 2026 Q3");
    }

    @Test
    void theCalendarYearIsTheDefault() {
        assertThat(GoalPeriod.year(2026, 1).range()).isEqualTo(range("2026-01-01", "2026-12-31"));
        assertThat(GoalPeriod.quarter(2026, 4, 1).range()).isEqualTo(range("2026-10-01", "2026-12-31"));
        assertThat(GoalPeriod.quarter(2024, 1, 1).range().days()).isEqualTo(91); // leap year
        assertThat(GoalPeriod.fiscalYearOf(LocalDate.parse("2026-12-31"), 1)).isEqualTo(2026);
        assertThat(GoalPeriod.year(2026, 1).label()).isEqualTo("FY 2026");
    }

    @Test
    void aFiscalYearStartingInOctoberCrossesTheNewYearWithItsFirstQuarter() {
        assertThat(GoalPeriod.quarter(2026, 1, 10).range()).isEqualTo(range("2026-10-01", "2026-12-31"));
        assertThat(GoalPeriod.quarter(2026, 2, 10).range()).isEqualTo(range("2027-01-01", "2027-03-31"));
        assertThat(GoalPeriod.quarter(2026, 2, 11).range()).isEqualTo(range("2027-02-01", "2027-04-30"));
    }

    @Test
    void theBaselineComesFromTheSamePeriodOneYearEarlier() {
        assertThat(GoalPeriod.year(2027, 4).yearEarlier(4)).isEqualTo(GoalPeriod.year(2026, 4));
        assertThat(GoalPeriod.quarter(2027, 3, 4).yearEarlier(4).range()).isEqualTo(range("2026-10-01", "2026-12-31"));
    }

    @Test
    void quartersAndStartMonthsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> GoalPeriod.quarter(2026, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoalPeriod.year(2026, 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTargetDirectionMustImproveTheMetric() {
        assertThat(TargetDirection.improving(app.uptake.metrics.MetricDirection.LOWER)).isEqualTo(TargetDirection.DECREASE);
        assertThat(TargetDirection.INCREASE.reaches(java.math.BigDecimal.TEN, java.math.BigDecimal.TEN)).isFalse();
        assertThat(TargetDirection.DECREASE.reaches(java.math.BigDecimal.TEN, java.math.BigDecimal.ONE)).isTrue();
    }
}
