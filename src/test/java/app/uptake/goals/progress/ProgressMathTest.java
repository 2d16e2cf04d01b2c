package app.uptake.goals.progress;

import app.uptake.goals.MetricNature;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricValue;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress arithmetic with figures worked out by hand (the arithmetic is in the comments). */
class ProgressMathTest {

    /** 1 January to 31 March 2026: 31 + 28 + 31 = 90 days. */
    static final DateRange Q1 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    /** Day 30 of the quarter. */
    static final LocalDate DAY_30 = LocalDate.of(2026, 1, 30);

    @Test
    void elapsedDaysCountTheDayAskedAbout() {
        assertThat(Q1.days()).isEqualTo(90);
        assertThat(ProgressMath.elapsedDays(Q1, LocalDate.of(2025, 12, 31))).isZero();
        assertThat(ProgressMath.elapsedDays(Q1, Q1.from())).isEqualTo(1);
        assertThat(ProgressMath.elapsedDays(Q1, DAY_30)).isEqualTo(30);
        assertThat(ProgressMath.elapsedDays(Q1, Q1.to())).isEqualTo(90);
        assertThat(ProgressMath.elapsedDays(Q1, LocalDate.of(2026, 6, 1))).isEqualTo(90);
        // 2024 is a leap year: 31 + 29 + 31 = 91 days, and 29 February is day 60
        DateRange leap = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        assertThat(ProgressMath.elapsedDays(leap, LocalDate.of(2024, 2, 29))).isEqualTo(60);
        assertThat(ProgressMath.linearShare(MetricNature.ADDITIVE, leap, LocalDate.of(2024, 2, 29)).value())
                .isEqualByComparingTo("0.659341"); // 60 / 91 = 0.6593406…
    }

    @Test
    void linearExpectedOnDay30OfA90DayQuarterIsAThirdOfAnAdditiveTarget() {
        ExpectedShare share = ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, DAY_30);
        // 30 / 90 = 0.333333…
        assertThat(share.value()).isEqualByComparingTo("0.333333");
        // 90,000 × 30 / 90 = 30,000 exactly, not 90,000 × 0.333333 = 29,999.97
        assertThat(ProgressMath.expected(new BigDecimal("90000"), share)).isEqualByComparingTo("30000");
        // before the quarter nothing is expected yet, after it everything
        assertThat(ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, LocalDate.of(2025, 12, 31)).value()).isZero();
        assertThat(ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, LocalDate.of(2026, 4, 2)).value()).isEqualByComparingTo("1");
    }

    @Test
    void aRatioIsExpectedAtItsTargetRateFromTheFirstDay() {
        // a rate does not accumulate: on day 1, day 30 and day 90 the target rate is what is expected
        for (LocalDate day : List.of(Q1.from(), DAY_30, Q1.to())) {
            ExpectedShare share = ProgressMath.linearShare(MetricNature.RATIO, Q1, day);
            assertThat(ProgressMath.expected(new BigDecimal("40"), share)).isEqualByComparingTo("40");
        }
        assertThat(ProgressMath.linearShare(MetricNature.RATIO, Q1, LocalDate.of(2025, 12, 31)).value()).isZero();
    }

    @Test
    void forecastExtrapolatesTheActualByTheExpectedShare() {
        // 27,000 won in the first 30 of 90 days: 27,000 × 90 / 30 = 81,000 by the end of the quarter
        assertThat(ProgressMath.forecast(new BigDecimal("27000"), ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, DAY_30)))
                .isEqualByComparingTo("81000");
        // a rate's forecast is the current rate: 36 % win rate now, 36 % at the end
        assertThat(ProgressMath.forecast(new BigDecimal("36"), ProgressMath.linearShare(MetricNature.RATIO, Q1, DAY_30)))
                .isEqualByComparingTo("36");
        // nothing expected yet: no forecast
        assertThat(ProgressMath.forecast(new BigDecimal("5"), ExpectedShare.NONE)).isNull();
    }

    @Test
    void seasonalShareIsLastYearsAccruedShareOfTheSamePeriod() {
        // last year's Q1: 84,000 won in all, 21,000 of it by day 30 → 21,000 / 84,000 = 0.25
        ExpectedShare share = ProgressMath.seasonalShare(MetricNature.ADDITIVE, total("21000"), total("84000"));
        assertThat(share.value()).isEqualByComparingTo("0.25");
        // a target of 100,000: 25,000 expected by day 30 (linear would say 33,333.333333)
        assertThat(ProgressMath.expected(new BigDecimal("100000"), share)).isEqualByComparingTo("25000");
        // 24,000 won: forecast 24,000 × 84,000 / 21,000 = 96,000
        assertThat(ProgressMath.forecast(new BigDecimal("24000"), share)).isEqualByComparingTo("96000");
        // 24,000 of 25,000 = 96 %: on track; against linear 24,000 / 33,333.333333 = 72 % it would be off track
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, new BigDecimal("24000"), new BigDecimal("25000")))
                .isEqualByComparingTo("0.96");
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, new BigDecimal("24000"),
                ProgressMath.expected(new BigDecimal("100000"), ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, DAY_30))))
                .isEqualByComparingTo("0.72");
    }

    @Test
    void seasonalShareOfARateIsLastYearsRateToDateOverItsWholePeriodRate() {
        // last year: 3 won of 10 closed by day 30 = 30 %, 16 of 40 over the quarter = 40 % → 30 / 40 = 0.75
        ExpectedShare share = ProgressMath.seasonalShare(MetricNature.RATIO, rate("3", "10"), rate("16", "40"));
        assertThat(share.value()).isEqualByComparingTo("0.75");
        // a 44 % target: 44 × 0.75 = 33 % expected by day 30; a 33 % actual forecasts 33 / 0.75 = 44 %
        assertThat(ProgressMath.expected(new BigDecimal("44"), share)).isEqualByComparingTo("33");
        assertThat(ProgressMath.forecast(new BigDecimal("33"), share)).isEqualByComparingTo("44");
    }

    @Test
    void seasonalFallsBackWhenLastYearHasNothingToSay() {
        assertThat(ProgressMath.seasonalShare(MetricNature.ADDITIVE, total("0"), total("0"))).isNull();
        assertThat(ProgressMath.seasonalShare(MetricNature.RATIO, rate("0", "0"), rate("5", "10"))).isNull();
        assertThat(ProgressMath.seasonalShare(MetricNature.RATIO, rate("1", "2"), rate("0", "0"))).isNull();
        assertThat(ProgressMath.seasonalShare(MetricNature.ADDITIVE, null, total("10"))).isNull();
    }

    @Test
    void attainmentWhenHigherIsBetterIsActualOverExpected() {
        // 27,000 of 30,000 expected = 0.9; 33,000 = 1.1
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, new BigDecimal("27000"), new BigDecimal("30000")))
                .isEqualByComparingTo("0.9");
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, new BigDecimal("33000"), new BigDecimal("30000")))
                .isEqualByComparingTo("1.1");
        // 2 of 3 = 0.66666… → 0.6667 (four decimals, half even)
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, new BigDecimal("2"), new BigDecimal("3")))
                .isEqualByComparingTo("0.6667");
        // a loss against a positive target is negative attainment, not no data
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, new BigDecimal("-100"), new BigDecimal("400")))
                .isEqualByComparingTo("-0.25");
    }

    @Test
    void attainmentWhenLowerIsBetterIsExpectedOverActual() {
        // case resolution: 2 h target, 2.5 h actual → 2 / 2.5 = 0.8; 1.6 h → 2 / 1.6 = 1.25
        assertThat(ProgressMath.attainment(MetricDirection.LOWER, new BigDecimal("2.5"), new BigDecimal("2")))
                .isEqualByComparingTo("0.8");
        assertThat(ProgressMath.attainment(MetricDirection.LOWER, new BigDecimal("1.6"), new BigDecimal("2")))
                .isEqualByComparingTo("1.25");
        // exactly on target is 100 % either way
        assertThat(ProgressMath.attainment(MetricDirection.LOWER, new BigDecimal("2"), new BigDecimal("2")))
                .isEqualByComparingTo("1");
        // zero hours is as good as it gets: capped at 1,000 %; so is 200 times better than expected
        assertThat(ProgressMath.attainment(MetricDirection.LOWER, BigDecimal.ZERO, new BigDecimal("2")))
                .isEqualByComparingTo("10");
        assertThat(ProgressMath.attainment(MetricDirection.LOWER, new BigDecimal("0.01"), new BigDecimal("2")))
                .isEqualByComparingTo("10");
    }

    @Test
    void noAttainmentWithoutSomethingToCompare() {
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, null, new BigDecimal("10"))).isNull();
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, BigDecimal.ONE, null)).isNull();
        assertThat(ProgressMath.attainment(MetricDirection.HIGHER, BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(ProgressMath.attainment(MetricDirection.LOWER, BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void statusAtAndAroundEachDefaultThreshold() {
        StatusThresholds defaults = StatusThresholds.DEFAULTS; // on track from 95 %, at risk from 80 %
        assertThat(defaults.statusOf(new BigDecimal("1.2"))).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(defaults.statusOf(new BigDecimal("0.9501"))).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(defaults.statusOf(new BigDecimal("0.95"))).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(defaults.statusOf(new BigDecimal("0.9499"))).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(defaults.statusOf(new BigDecimal("0.8001"))).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(defaults.statusOf(new BigDecimal("0.80"))).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(defaults.statusOf(new BigDecimal("0.7999"))).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(defaults.statusOf(new BigDecimal("-0.5"))).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(defaults.statusOf(null)).isEqualTo(ProgressStatus.NO_DATA);
        // stricter thresholds set by the admin: on track from 110 %, at risk from 92.5 %
        StatusThresholds strict = new StatusThresholds(new BigDecimal("110"), new BigDecimal("92.5"));
        assertThat(strict.statusOf(new BigDecimal("1.1"))).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(strict.statusOf(new BigDecimal("1.0999"))).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(strict.statusOf(new BigDecimal("0.925"))).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(strict.statusOf(new BigDecimal("0.9249"))).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void progressOfAnAdditiveTargetOnDay30() {
        // won revenue: 90,000 target for Q1, 27,000 won by day 30
        Progress progress = Progress.of("WON_REVENUE", MetricNature.ADDITIVE, MetricDirection.HIGHER, Q1, DAY_30,
                ProgressProfile.LINEAR, new BigDecimal("90000"), total("27000"),
                ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, DAY_30), StatusThresholds.DEFAULTS, List.of());
        assertThat(progress.expectedToDate()).isEqualByComparingTo("30000");      // 90,000 × 30 / 90
        assertThat(progress.attainment()).isEqualByComparingTo("0.9");            // 27,000 / 30,000
        assertThat(progress.status()).isEqualTo(ProgressStatus.AT_RISK);              // 90 % ≥ 80 %, < 95 %
        assertThat(progress.forecast()).isEqualByComparingTo("81000");            // 27,000 × 90 / 30
        assertThat(progress.forecastAttainment()).isEqualByComparingTo("0.9");    // 81,000 / 90,000
        assertThat(progress.attainmentOfTarget()).isEqualByComparingTo("0.3");    // 27,000 / 90,000
    }

    @Test
    void progressOfALowerIsBetterRate() {
        // case resolution hours: 2 h target; 4 cases resolved in 9 h = 2.25 h on average
        MetricValue actual = MetricValue.of(new BigDecimal("9"), new BigDecimal("4"), BigDecimal.ONE);
        Progress progress = Progress.of("CASE_RESOLUTION_HOURS", MetricNature.RATIO, MetricDirection.LOWER, Q1, DAY_30,
                ProgressProfile.LINEAR, new BigDecimal("2"), actual, ProgressMath.linearShare(MetricNature.RATIO, Q1, DAY_30),
                StatusThresholds.DEFAULTS, List.of());
        assertThat(progress.expectedToDate()).isEqualByComparingTo("2");
        assertThat(progress.attainment()).isEqualByComparingTo("0.8889");  // 2 / 2.25 = 0.88888…
        assertThat(progress.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(progress.forecast()).isEqualByComparingTo("2.25");
    }

    @Test
    void noDataBeforeThePeriodStartsWithoutADenominatorOrWithoutATarget() {
        LocalDate before = LocalDate.of(2025, 12, 20);
        Progress notStarted = Progress.of("WON_REVENUE", MetricNature.ADDITIVE, MetricDirection.HIGHER, Q1, before,
                ProgressProfile.LINEAR, new BigDecimal("90000"), total("0"),
                ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, before), StatusThresholds.DEFAULTS, List.of());
        assertThat(notStarted.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(notStarted.forecast()).isNull();

        // a win rate with nothing closed yet: 0 / 0 is no rate, not 0 %
        Progress nothingClosed = Progress.of("WIN_RATE", MetricNature.RATIO, MetricDirection.HIGHER, Q1, DAY_30,
                ProgressProfile.LINEAR, new BigDecimal("40"), rate("0", "0"),
                ProgressMath.linearShare(MetricNature.RATIO, Q1, DAY_30), StatusThresholds.DEFAULTS, List.of());
        assertThat(nothingClosed.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(nothingClosed.attainment()).isNull();

        Progress noTarget = Progress.of("WON_REVENUE", MetricNature.ADDITIVE, MetricDirection.HIGHER, Q1, DAY_30,
                ProgressProfile.LINEAR, null, total("100"), ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, DAY_30),
                StatusThresholds.DEFAULTS, List.of());
        assertThat(noTarget.status()).isEqualTo(ProgressStatus.NO_DATA);

        // nothing won yet although something was expected is off track, not "no data"
        Progress nothingWon = Progress.of("WON_REVENUE", MetricNature.ADDITIVE, MetricDirection.HIGHER, Q1, DAY_30,
                ProgressProfile.LINEAR, new BigDecimal("90000"), total("0"),
                ProgressMath.linearShare(MetricNature.ADDITIVE, Q1, DAY_30), StatusThresholds.DEFAULTS, List.of());
        assertThat(nothingWon.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void chartSeriesOfATotalRunsAgainstTheLinearExpectation() {
        // three weekly buckets of a 21-day period with 10, 0 and 20: running 10, 10, 30 against 300 × 7/21, 14/21, 21/21
        DateRange period = new DateRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25));
        List<app.uptake.metrics.TrendPoint> trend = List.of(week(period.from(), "10"), week(period.from().plusDays(7), "0"),
                week(period.from().plusDays(14), "20"));
        List<ProgressPoint> points = GoalProgressService.points(MetricNature.ADDITIVE, period, trend,
                day -> new BigDecimal("300"), null, List.of());
        assertThat(points).extracting(ProgressPoint::day).containsExactly(LocalDate.of(2026, 1, 11),
                LocalDate.of(2026, 1, 18), LocalDate.of(2026, 1, 25));
        assertThat(points).extracting(p -> p.actual().stripTrailingZeros().toPlainString()).containsExactly("10", "10", "30");
        assertThat(points).extracting(p -> p.expected().stripTrailingZeros().toPlainString()).containsExactly("100", "200", "300");
    }

    private static app.uptake.metrics.TrendPoint week(LocalDate monday, String total) {
        return new app.uptake.metrics.TrendPoint(new DateRange(monday, monday.plusDays(6)), total(total));
    }

    /** A total: Σnumerator over a denominator of 1. */
    private static MetricValue total(String sum) {
        return MetricValue.of(new BigDecimal(sum), BigDecimal.ONE, BigDecimal.ONE);
    }

    /** A rate in per cent: 100 × numerator / denominator. */
    private static MetricValue rate(String numerator, String denominator) {
        return MetricValue.of(new BigDecimal(numerator), new BigDecimal(denominator), BigDecimal.valueOf(100));
    }
}
