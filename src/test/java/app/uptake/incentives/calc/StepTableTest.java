package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.line;
import static app.uptake.incentives.calc.IncentiveFixtures.winRateSteps;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A step table (50 % from 90 %, 100 % from 100 %, 150 % from 120 %) below, at and between its edges. */
class StepTableTest {

    private static CurvePayout steps(String attainment) {
        return winRateSteps().payoutFor(d(attainment));
    }

    @Test
    void belowTheLowestBand_paysNothing() {
        CurvePayout payout = steps("89.999");
        assertThat(payout.percent()).isEqualByComparingTo("0");
        assertThat(payout.band()).isEqualTo(new CurveBand(CurveBand.Kind.BELOW_STEPS, 0, d("90"), null));
        line(payout.explanation().getFirst(), IncentiveKeys.EXPLAIN_BELOW_STEPS, d("89.999"), d("90"));
    }

    @Test
    void exactlyAtABandEdge_theBandStartingThereApplies() {
        // bands are [from, next): 90 is in the first band, 100 in the second
        assertThat(steps("90").percent()).isEqualByComparingTo("50");
        assertThat(steps("90").band()).isEqualTo(new CurveBand(CurveBand.Kind.STEP, 1, d("90"), d("100")));
        assertThat(steps("99.99").percent()).isEqualByComparingTo("50");
        assertThat(steps("100").percent()).isEqualByComparingTo("100");
        assertThat(steps("100").band().number()).isEqualTo(2);
    }

    @Test
    void insideABand_paysItsFixedPayout() {
        CurvePayout payout = steps("96");
        assertThat(payout.percent()).isEqualByComparingTo("50");
        line(payout.explanation().getFirst(), IncentiveKeys.EXPLAIN_STEP, d("96"), d("90"), d("100"), d("50"));
        assertThat(payout.band().label()).isEqualTo(ExplanationLine.of(IncentiveKeys.BAND_STEP, 1, d("90"), d("100")));
    }

    @Test
    void theTopBandIsOpenEnded_andItsPayoutIsTheMost() {
        CurvePayout payout = steps("250");
        assertThat(payout.percent()).isEqualByComparingTo("150");
        assertThat(payout.band()).isEqualTo(new CurveBand(CurveBand.Kind.STEP, 3, d("120"), null));
        line(payout.explanation().getFirst(), IncentiveKeys.EXPLAIN_OPEN_STEP, d("250"), d("120"), d("150"));
        assertThat(payout.capped()).isFalse();
    }
}
