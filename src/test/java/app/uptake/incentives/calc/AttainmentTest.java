package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.line;
import static app.uptake.incentives.calc.IncentiveFixtures.refused;
import static app.uptake.metrics.MetricDirection.HIGHER;
import static app.uptake.metrics.MetricDirection.LOWER;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.metrics.MetricDirection;
import org.junit.jupiter.api.Test;

/** Attainment in per cent for both metric directions, with the rules for zero targets and the floor at 0 %. */
class AttainmentTest {

    private static Attainment of(String actual, String target, MetricDirection direction) {
        return Attainment.of(new Measurement(d(actual), d(target), direction));
    }

    @Test
    void higherIsBetter_45of40_is112point5() {
        // 45 ÷ 40 × 100 = 112.5
        Attainment attainment = of("45", "40", HIGHER);
        assertThat(attainment.percent()).isEqualByComparingTo("112.5");
        assertThat(attainment.rule()).isEqualTo(Attainment.Rule.RATIO);
        line(attainment.explanation().getFirst(), IncentiveKeys.EXPLAIN_RATIO, d("45"), d("40"), d("112.5"));
    }

    @Test
    void lowerIsBetter_mirrorsAroundTheTarget() {
        // (2 − 36 ÷ 40) × 100 = (80 − 36) × 100 ÷ 40 = 110: 10 % under a cost target counts like 10 % over a sales one
        Attainment under = of("36", "40", LOWER);
        assertThat(under.percent()).isEqualByComparingTo("110");
        assertThat(under.rule()).isEqualTo(Attainment.Rule.MIRRORED);
        line(under.explanation().getFirst(), IncentiveKeys.EXPLAIN_MIRRORED, d("36"), d("40"), d("110"));
        // (80 − 50) × 100 ÷ 40 = 75
        assertThat(of("50", "40", LOWER).percent()).isEqualByComparingTo("75");
        // on target: 100; an actual of 0 stays finite: (80 − 0) × 100 ÷ 40 = 200
        assertThat(of("40", "40", LOWER).percent()).isEqualByComparingTo("100");
        assertThat(of("0", "40", LOWER).percent()).isEqualByComparingTo("200");
    }

    @Test
    void neverBelowZero_lowerIsBetterBeyondTwiceTheTarget_andNegativeActuals() {
        // (80 − 100) × 100 ÷ 40 = −50 → 0
        Attainment beyond = of("100", "40", LOWER);
        assertThat(beyond.percent()).isEqualByComparingTo("0");
        assertThat(beyond.explanation()).hasSize(2);
        line(beyond.explanation().get(1), IncentiveKeys.EXPLAIN_FLOORED, d("-50"));
        // a negative margin: −5 ÷ 100 × 100 = −5 → 0
        assertThat(of("-5", "100", HIGHER).percent()).isEqualByComparingTo("0");
        // exactly twice the target: 0, not floored
        Attainment twice = of("80", "40", LOWER);
        assertThat(twice.percent()).isEqualByComparingTo("0");
        assertThat(twice.explanation()).hasSize(1);
    }

    @Test
    void zeroTarget_higherIsBetter_isMetByAnyActualOfAtLeastZero() {
        Attainment met = of("3", "0", HIGHER);
        assertThat(met.percent()).isEqualByComparingTo("100");
        assertThat(met.rule()).isEqualTo(Attainment.Rule.ZERO_TARGET_MET);
        line(met.explanation().getFirst(), IncentiveKeys.EXPLAIN_ZERO_TARGET_MET, d("3"));
        assertThat(of("0", "0", HIGHER).percent()).isEqualByComparingTo("100");
        Attainment missed = of("-1", "0", HIGHER);
        assertThat(missed.percent()).isEqualByComparingTo("0");
        assertThat(missed.rule()).isEqualTo(Attainment.Rule.ZERO_TARGET_MISSED);
    }

    @Test
    void zeroTarget_lowerIsBetter_zeroComplaintsIsMet_anyComplaintMisses() {
        assertThat(of("0", "0", LOWER).rule()).isEqualTo(Attainment.Rule.ZERO_TARGET_MET);
        assertThat(of("0", "0", LOWER).percent()).isEqualByComparingTo("100");
        Attainment missed = of("2", "0", LOWER);
        assertThat(missed.percent()).isEqualByComparingTo("0");
        line(missed.explanation().getFirst(), IncentiveKeys.EXPLAIN_ZERO_TARGET_MISSED, d("2"));
    }

    @Test
    void aNonTerminatingRatioKeeps34SignificantDigits() {
        // 1 ÷ 3 × 100 = 33.33…, cut off at 34 significant digits, not at the cent
        assertThat(of("1", "3", HIGHER).percent()).isEqualTo(d("33.33333333333333333333333333333333"));
    }

    @Test
    void negativeTargetIsRefused() {
        refused(() -> new Measurement(d("5"), d("-1"), HIGHER), "target", IncentiveKeys.NEGATIVE_TARGET, d("-1"));
    }
}
