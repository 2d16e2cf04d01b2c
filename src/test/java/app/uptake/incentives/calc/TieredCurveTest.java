package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.keys;
import static app.uptake.incentives.calc.IncentiveFixtures.line;
import static app.uptake.incentives.calc.IncentiveFixtures.standardCurve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standard curve (threshold 80 % paying 50 %, ×1.5 from 100 to 120 %, ×2 beyond, cap 200 %) at and around every
 * edge, plus decelerators, a closed last tier and a curve without tiers.
 */
class TieredCurveTest {

    private static CurvePayout standard(String attainment) {
        return standardCurve().payoutFor(d(attainment));
    }

    @Test
    void justBelowTheThreshold_paysNothing() {
        CurvePayout payout = standard("79.99");
        assertThat(payout.percent()).isEqualByComparingTo("0");
        assertThat(payout.band()).isEqualTo(new CurveBand(CurveBand.Kind.BELOW_THRESHOLD, 0, d("80"), null));
        line(payout.explanation().getFirst(), IncentiveKeys.EXPLAIN_BELOW_THRESHOLD, d("79.99"), d("80"));
    }

    @Test
    void exactlyAtTheThreshold_paysTheThresholdPayout() {
        // 50 + (80 − 80) × 50 ÷ 20 = 50
        CurvePayout payout = standard("80");
        assertThat(payout.percent()).isEqualByComparingTo("50");
        assertThat(payout.band().kind()).isEqualTo(CurveBand.Kind.THRESHOLD_TO_TARGET);
    }

    @Test
    void betweenThresholdAndTarget_isLinear_90paysSeventyFive() {
        // 50 + (90 − 80) × (100 − 50) ÷ (100 − 80) = 50 + 25 = 75
        CurvePayout payout = standard("90");
        assertThat(payout.percent()).isEqualByComparingTo("75");
        line(payout.explanation().getFirst(), IncentiveKeys.EXPLAIN_LINEAR, d("90"), d("80"), d("50"), d("75"));
        line(payout.explanation().getLast(), IncentiveKeys.EXPLAIN_CURVE_RESULT, d("75"));
    }

    @Test
    void exactlyOnTarget_pays100_inTheThresholdToTargetBand() {
        CurvePayout payout = standard("100");
        assertThat(payout.percent()).isEqualByComparingTo("100");
        assertThat(payout.band()).isEqualTo(new CurveBand(CurveBand.Kind.THRESHOLD_TO_TARGET, 0, d("80"), d("100")));
    }

    @Test
    void accelerator_110paysOneHundredFifteen() {
        // 100 + (110 − 100) × 1.5 = 115
        CurvePayout payout = standard("110");
        assertThat(payout.percent()).isEqualByComparingTo("115");
        assertThat(payout.band()).isEqualTo(new CurveBand(CurveBand.Kind.TIER, 1, d("100"), d("120")));
        line(payout.explanation().getFirst(), IncentiveKeys.EXPLAIN_TIER, 1, d("100"), d("110"), d("1.5"), d("10"),
                d("15"));
    }

    @Test
    void exactlyAtTheTierEdge_120paysOneHundredThirty_stillInTierOne() {
        // 100 + 20 × 1.5 = 130; tiers are (from, to], so 120 belongs to the first
        CurvePayout payout = standard("120");
        assertThat(payout.percent()).isEqualByComparingTo("130");
        assertThat(payout.band().number()).isEqualTo(1);
        assertThat(keys(payout.explanation())).containsExactly(IncentiveKeys.EXPLAIN_TIER,
                IncentiveKeys.EXPLAIN_CURVE_RESULT);
    }

    @Test
    void secondTier_130paysOneHundredFifty() {
        // 100 + 20 × 1.5 + (130 − 120) × 2 = 150
        CurvePayout payout = standard("130");
        assertThat(payout.percent()).isEqualByComparingTo("150");
        assertThat(payout.band()).isEqualTo(new CurveBand(CurveBand.Kind.TIER, 2, d("120"), null));
        line(payout.explanation().get(1), IncentiveKeys.EXPLAIN_TIER, 2, d("120"), d("130"), d("2"), d("10"), d("20"));
        assertThat(payout.capped()).isFalse();
    }

    @Test
    void exactlyReachingTheCap_155paysTwoHundred_notCapped() {
        // 100 + 30 + 35 × 2 = 200 = cap: reached, not cut
        CurvePayout payout = standard("155");
        assertThat(payout.percent()).isEqualByComparingTo("200");
        assertThat(payout.capped()).isFalse();
    }

    @Test
    void aboveTheCap_160wouldPayTwoHundredTen_capsAtTwoHundred() {
        // 100 + 30 + 40 × 2 = 210 → 200
        CurvePayout payout = standard("160");
        assertThat(payout.percent()).isEqualByComparingTo("200");
        assertThat(payout.capped()).isTrue();
        assertThat(payout.band().number()).isEqualTo(2);
        line(payout.explanation().get(2), IncentiveKeys.EXPLAIN_CAPPED, d("210"), d("200"));
    }

    @Test
    void decelerator_140paysOneHundredTwenty() {
        // threshold 50 % paying 25 %; ×0.5 from 100 to 150 %, ×0.25 from 150 to 200 %, nothing more above
        TieredCurve decelerating = new TieredCurve(d("50"), d("25"),
                List.of(Tier.upTo("100", "150", "0.5"), Tier.upTo("150", "200", "0.25")), null);
        // 100 + 40 × 0.5 = 120
        assertThat(decelerating.payoutFor(d("140")).percent()).isEqualByComparingTo("120");
        // 100 + 50 × 0.5 + 30 × 0.25 = 132.5
        assertThat(decelerating.payoutFor(d("180")).percent()).isEqualByComparingTo("132.5");
        // below target: 25 + (60 − 50) × 75 ÷ 50 = 40
        assertThat(decelerating.payoutFor(d("60")).percent()).isEqualByComparingTo("40");
        // beyond the closed last tier the payout stays flat: 100 + 25 + 12.5 = 137.5
        CurvePayout beyond = decelerating.payoutFor(d("250"));
        assertThat(beyond.percent()).isEqualByComparingTo("137.5");
        assertThat(beyond.band()).isEqualTo(new CurveBand(CurveBand.Kind.BEYOND_TIERS, 0, d("200"), null));
        line(beyond.explanation().get(2), IncentiveKeys.EXPLAIN_BEYOND_TIERS, d("200"), d("137.5"));
    }

    @Test
    void withoutTiers_theLineGoesOnOneToOne_135paysOneHundredThirtyFive() {
        CurvePayout payout = TieredCurve.linear("0", "0").payoutFor(d("135"));
        assertThat(payout.percent()).isEqualByComparingTo("135");
        assertThat(payout.band()).isEqualTo(new CurveBand(CurveBand.Kind.TIER, 1, d("100"), null));
    }

    @Test
    void zeroThreshold_paysFromZero_and37point5pays37point5() {
        assertThat(TieredCurve.linear("0", "0").payoutFor(d("0")).percent()).isEqualByComparingTo("0");
        assertThat(TieredCurve.linear("0", "0").payoutFor(d("37.5")).percent()).isEqualByComparingTo("37.5");
    }

    @Test
    void aNonTerminatingSlopeDividesOnce() {
        // threshold 70 paying 0: (80 − 70) × 100 ÷ 30 = 33.33… at 34 significant digits
        assertThat(TieredCurve.linear("70", "0").payoutFor(d("80")).percent())
                .isEqualTo(d("33.33333333333333333333333333333333"));
    }

    @Test
    void bandLabelsForTheStatement() {
        assertThat(standard("50").band().label()).isEqualTo(ExplanationLine.of(IncentiveKeys.BAND_BELOW_THRESHOLD, d("80")));
        assertThat(standard("90").band().label())
                .isEqualTo(ExplanationLine.of(IncentiveKeys.BAND_THRESHOLD_TO_TARGET, d("80")));
        assertThat(standard("110").band().label())
                .isEqualTo(ExplanationLine.of(IncentiveKeys.BAND_TIER, 1, d("100"), d("120")));
        assertThat(standard("130").band().label()).isEqualTo(ExplanationLine.of(IncentiveKeys.BAND_OPEN_TIER, 2, d("120")));
    }
}
