package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import static app.uptake.activity.ActivityType.CALL;
import static app.uptake.activity.ActivityType.CRM_LOGIN;
import static app.uptake.goals.allocation.TestMetrics.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.EventField;
import app.uptake.metrics.Formula;
import app.uptake.metrics.Measure;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricUnit;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricNatureTest {

    @Test
    void countsAndSumsWithoutDenominatorAddUp() {
        assertThat(MetricNature.of(Formula.total(Measure.count(Set.of(CALL))))).isEqualTo(MetricNature.ADDITIVE);
        assertThat(MetricNature.of(WON_REVENUE)).isEqualTo(MetricNature.ADDITIVE);
        // active days per person, summed over people, are person-days: they add up too
        assertThat(MetricNature.of(Formula.total(Measure.activeDays(Set.of(CRM_LOGIN))))).isEqualTo(MetricNature.ADDITIVE);
    }

    @Test
    void anythingDividedIsARatio() {
        assertThat(MetricNature.of(WIN_RATE)).isEqualTo(MetricNature.RATIO);
        assertThat(MetricNature.of(RESOLUTION_HOURS)).isEqualTo(MetricNature.RATIO);
        assertThat(MetricNature.of(Formula.per(Measure.count(Set.of(CALL)), DenominatorKind.EMPLOYEE_WEEKS, BigDecimal.ONE)))
                .isEqualTo(MetricNature.RATIO);
        assertThat(MetricNature.of(Formula.per(Measure.activeDays(Set.of(CRM_LOGIN)), DenominatorKind.WORKING_DAYS,
                BigDecimal.valueOf(100)))).isEqualTo(MetricNature.RATIO);
        assertThat(MetricNature.of(Formula.ratio(Measure.count(Set.of(CALL)), Measure.distinct(Set.of(CALL), EventField.ACCOUNT),
                BigDecimal.ONE))).isEqualTo(MetricNature.RATIO);
    }

    @Test
    void theAllocationViewOfAMetricCarriesDirectionDecimalsAndSign() {
        assertThat(of(CALLS)).isEqualTo(new AllocationMetric(MetricNature.ADDITIVE, MetricDirection.HIGHER, 1, true));
        assertThat(of(WON_REVENUE)).isEqualTo(new AllocationMetric(MetricNature.ADDITIVE, MetricDirection.HIGHER, 2, true));
        assertThat(of(WIN_RATE)).isEqualTo(new AllocationMetric(MetricNature.RATIO, MetricDirection.HIGHER, 1, true));
        assertThat(of(RESOLUTION_HOURS)).isEqualTo(new AllocationMetric(MetricNature.RATIO, MetricDirection.LOWER,
                MetricUnit.HOURS.decimals(), true));
        // a margin can be negative (a loss-making deal), so its targets may be too
        assertThat(of(WON_MARGIN).nonNegative()).isFalse();
        assertThat(of(WON_REVENUE).unit()).isEqualByComparingTo("0.01");
        assertThat(of(CALLS).unit()).isEqualByComparingTo("0.1");
    }
}
