package app.uptake.goals.progress;

import app.uptake.goals.MetricNature;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricValue;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of progress, without clock, database or security: everything here is a function of its arguments.
 *
 * <p>One idea carries it: the <em>expected share</em> {@code s} of the period's figure that should have been
 * reached by the day asked about.
 * <ul>
 * <li>expected-to-date = target × s</li>
 * <li>forecast to period end = actual ÷ s (if the rest of the period goes like the part behind us)</li>
 * </ul>
 * For an <b>additive</b> metric (a total such as won revenue) s grows from 0 to 1 over the period: linearly it is
 * elapsed days ÷ period days; seasonally it is the share of last year's same-period total that had accrued by the same
 * relative day. For a <b>ratio</b> metric (a rate such as win rate or calls per employee per week) the rate does
 * not accumulate, so linearly s = 1 from the first day: the target rate is expected all along and the forecast is the
 * current rate. Seasonally s = last year's rate to the same relative day ÷ last year's rate over the whole period,
 * which also captures rates that grow within a period (contacts per customer counted over more days).
 */
public final class ProgressMath {

    /** Scale of shares, expected values and forecasts (as {@link MetricValue#SCALE}). */
    public static final int SCALE = 6;
    /** Scale of attainments: 0.9523 is 95.23 %. */
    public static final int ATTAINMENT_SCALE = 4;
    /**
     * Attainment is capped at 1,000 %: beyond that it says nothing more, and a lower-is-better figure of zero would
     * be infinitely good.
     */
    public static final BigDecimal MAX_ATTAINMENT = BigDecimal.TEN.setScale(ATTAINMENT_SCALE);

    private ProgressMath() {
    }

    /**
     * Days of the period up to and including {@code asOf}: 0 before the period starts, all of them after it ends.
     * The day asked about counts in full, as the actual includes its activity so far.
     */
    public static long elapsedDays(DateRange period, LocalDate asOf) {
        if (asOf.isBefore(period.from())) {
            return 0;
        }
        return asOf.isAfter(period.to()) ? period.days() : ChronoUnit.DAYS.between(period.from(), asOf) + 1;
    }

    /** The linear expected share: elapsed ÷ period days for totals, 1 for rates once the period has started. */
    public static ExpectedShare linearShare(MetricNature nature, DateRange period, LocalDate asOf) {
        long elapsed = elapsedDays(period, asOf);
        if (elapsed == 0) {
            return ExpectedShare.NONE;
        }
        if (nature == MetricNature.RATIO) {
            return ExpectedShare.ALL;
        }
        return new ExpectedShare(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(period.days()));
    }

    /**
     * The seasonal expected share from last year's same period, or null when last year cannot tell (no activity,
     * no rate, or a figure of zero or less over the whole period), so the caller falls back to linear.
     *
     * @param lastYearToDate last year's figure from the start of its period to the same relative day
     * @param lastYearWhole last year's figure over its whole period
     */
    public static ExpectedShare seasonalShare(MetricNature nature, MetricValue lastYearToDate, MetricValue lastYearWhole) {
        if (lastYearToDate == null || lastYearWhole == null || !lastYearToDate.hasValue() || !lastYearWhole.hasValue()
                || lastYearWhole.value().signum() <= 0) {
            return null;
        }
        // for totals the value is the numerator (times the formula's scale, which cancels out in the quotient)
        return new ExpectedShare(lastYearToDate.value(), lastYearWhole.value());
    }

    /** target × share; null without a target. */
    public static BigDecimal expected(BigDecimal target, ExpectedShare share) {
        return target == null || share == null ? null : share.of(target);
    }

    /** actual ÷ share: where the figure ends if the rest of the period goes like the part behind us; null when s = 0. */
    public static BigDecimal forecast(BigDecimal actual, ExpectedShare share) {
        return actual == null || share == null ? null : share.extrapolate(actual);
    }

    /**
     * How far the actual reaches the reference (expected-to-date or target), 1 = 100 %, respecting the direction:
     * <ul>
     * <li>higher is better: actual ÷ reference (120 won of 100 expected = 1.2);</li>
     * <li>lower is better: reference ÷ actual (a resolution time of 2.5 h against 2 h expected = 0.8; 1.6 h = 1.25);
     * an actual of zero or less is as good as it gets and gives {@link #MAX_ATTAINMENT}.</li>
     * </ul>
     * Null when there is nothing to compare: no actual, or a reference of zero or less. Capped at
     * {@link #MAX_ATTAINMENT}.
     */
    public static BigDecimal attainment(MetricDirection direction, BigDecimal actual, BigDecimal reference) {
        if (actual == null || reference == null || reference.signum() <= 0) {
            return null;
        }
        BigDecimal attainment;
        if (direction == MetricDirection.LOWER) {
            if (actual.signum() <= 0) {
                return MAX_ATTAINMENT;
            }
            attainment = reference.divide(actual, ATTAINMENT_SCALE, RoundingMode.HALF_EVEN);
        } else {
            attainment = actual.divide(reference, ATTAINMENT_SCALE, RoundingMode.HALF_EVEN);
        }
        return attainment.min(MAX_ATTAINMENT);
    }
}
