package app.uptake.goals.progress;

import app.uptake.goals.MetricNature;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricValue;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.util.List;

/**
 * A target's progress on a day: the actual from the metric rollups against what was expected by then, where it is
 * heading, and its status. See {@link ProgressMath} for the definitions.
 *
 * @param asOf the last day counted (today, or the period's end once it is over)
 * @param profile the profile actually used: {@link ProgressProfile#LINEAR} when seasonal was asked for but last
 *        year had no figure
 * @param actual Σnumerator, Σdenominator and value from the start of the period to {@code asOf}
 * @param expectedShare the share of the target expected by {@code asOf} (see {@link ProgressMath})
 * @param expectedToDate target × expected share
 * @param forecast the figure expected at the period's end; null when nothing was expected yet
 * @param attainment actual against expected-to-date, 1 = 100 %, respecting the direction; null without comparison
 * @param attainmentOfTarget actual against the whole period's target, the same way
 * @param forecastAttainment forecast against target, the same way
 * @param points the chart series (empty from batch calls)
 */
public record Progress(
        String metricCode,
        MetricNature nature,
        MetricDirection direction,
        DateRange period,
        java.time.LocalDate asOf,
        ProgressProfile profile,
        BigDecimal target,
        MetricValue actual,
        BigDecimal expectedShare,
        BigDecimal expectedToDate,
        BigDecimal forecast,
        BigDecimal attainment,
        BigDecimal attainmentOfTarget,
        BigDecimal forecastAttainment,
        ProgressStatus status,
        List<ProgressPoint> points) {

    /** The actual figure, null when a rate has nothing to divide by. */
    public BigDecimal actualValue() {
        return actual.value();
    }

    /** Whether the period had begun by {@code asOf}: before that nothing can be measured, and the status is no data. */
    public boolean started() {
        return ProgressMath.elapsedDays(period, asOf) > 0;
    }

    /**
     * Assembles a target's progress from the actual and the expected share: the pure end of
     * {@link GoalProgressService}, usable on figures from anywhere.
     */
    public static Progress of(String metricCode, MetricNature nature, MetricDirection direction, DateRange period,
            java.time.LocalDate asOf, ProgressProfile profile, BigDecimal target, MetricValue actual, ExpectedShare share,
            StatusThresholds thresholds, List<ProgressPoint> points) {
        boolean started = ProgressMath.elapsedDays(period, asOf) > 0;
        BigDecimal value = started ? actual.value() : null;
        BigDecimal expected = ProgressMath.expected(target, share);
        BigDecimal forecast = ProgressMath.forecast(value, share);
        BigDecimal attainment = ProgressMath.attainment(direction, value, expected);
        return new Progress(metricCode, nature, direction, period, asOf, profile, target, actual, share.value(), expected,
                forecast, attainment, ProgressMath.attainment(direction, value, target),
                ProgressMath.attainment(direction, forecast, target), thresholds.statusOf(attainment), List.copyOf(points));
    }
}
