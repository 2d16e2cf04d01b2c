package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every inconsistent curve shape is refused when built, with its own key and the values at fault. */
class CurveValidationTest {

    private static final List<Tier> NO_TIERS = List.of();

    private static TieredCurve curve(String threshold, String thresholdPayout, List<Tier> tiers, String cap) {
        return new TieredCurve(d(threshold), d(thresholdPayout), tiers, cap == null ? null : d(cap));
    }

    @Test
    void thresholdOutsideZeroToBelowHundred() {
        refused(() -> curve("-1", "0", NO_TIERS, null), "threshold", IncentiveKeys.THRESHOLD_RANGE, d("-1"));
        refused(() -> curve("100", "0", NO_TIERS, null), "threshold", IncentiveKeys.THRESHOLD_RANGE, d("100"));
        assertThat(curve("99.99", "0", NO_TIERS, null).threshold()).isEqualByComparingTo("99.99");
    }

    @Test
    void thresholdPayoutOutsideZeroToHundred() {
        refused(() -> curve("80", "-5", NO_TIERS, null), "thresholdPayout", IncentiveKeys.THRESHOLD_PAYOUT_RANGE,
                d("-5"));
        refused(() -> curve("80", "100.5", NO_TIERS, null), "thresholdPayout", IncentiveKeys.THRESHOLD_PAYOUT_RANGE,
                d("100.5"));
        assertThat(curve("80", "100", NO_TIERS, null).thresholdPayout()).isEqualByComparingTo("100");
    }

    @Test
    void capBelowTheThresholdPayout() {
        // a threshold payout of 100 % (the whole target from 80 % on) with a cap of 90 %
        refused(() -> curve("80", "100", NO_TIERS, "90"), "cap", IncentiveKeys.CAP_BELOW_THRESHOLD_PAYOUT, d("90"),
                d("100"));
    }

    @Test
    void capBelowTheTarget() {
        refused(() -> curve("80", "50", NO_TIERS, "99"), "cap", IncentiveKeys.CAP_BELOW_TARGET, d("99"));
        assertThat(curve("80", "50", NO_TIERS, "100").cap()).isEqualByComparingTo("100");
    }

    @Test
    void firstTierNotAtTheTarget() {
        refused(() -> curve("80", "50", List.of(Tier.openFrom("110", "2")), null), "tiers", IncentiveKeys.TIER_START,
                d("110"));
    }

    @Test
    void gapBetweenTiers() {
        refused(() -> curve("80", "50", List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("125", "2")), null),
                "tiers", IncentiveKeys.TIER_GAP, d("120"), d("125"));
    }

    @Test
    void overlappingTiers() {
        refused(() -> curve("80", "50", List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("115", "2")), null),
                "tiers", IncentiveKeys.TIER_OVERLAP, d("120"), d("115"));
    }

    @Test
    void emptyOrBackwardsTier() {
        refused(() -> curve("80", "50", List.of(Tier.upTo("100", "100", "1.5")), null), "tiers",
                IncentiveKeys.TIER_EMPTY, 1, d("100"), d("100"));
        refused(() -> curve("80", "50", List.of(Tier.upTo("100", "120", "1.5"), Tier.upTo("120", "110", "2")), null),
                "tiers", IncentiveKeys.TIER_EMPTY, 2, d("120"), d("110"));
    }

    @Test
    void openTierFollowedByAnother() {
        refused(() -> curve("80", "50", List.of(Tier.openFrom("100", "1.5"), Tier.openFrom("120", "2")), null),
                "tiers", IncentiveKeys.OPEN_TIER_NOT_LAST, 1);
    }

    @Test
    void negativeSlope() {
        refused(() -> curve("80", "50", List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("120", "-0.5")), null),
                "tiers", IncentiveKeys.NEGATIVE_SLOPE, 2, d("-0.5"));
        // 0 holds the payout flat and is fine
        assertThat(curve("80", "50", List.of(Tier.openFrom("100", "0")), null).payoutFor(d("150")).percent())
                .isEqualByComparingTo("100");
    }

    @Test
    void stepTableWithoutBands() {
        refused(() -> new StepTable(List.of()), "steps", IncentiveKeys.NO_STEPS);
    }

    @Test
    void stepsNotAscending() {
        refused(() -> StepTable.of(Step.of("90", "50"), Step.of("120", "150"), Step.of("100", "150")), "steps",
                IncentiveKeys.STEPS_NOT_ASCENDING, d("120"), d("100"));
        // the same attainment twice is not ascending either
        refused(() -> StepTable.of(Step.of("90", "50"), Step.of("90", "60")), "steps",
                IncentiveKeys.STEPS_NOT_ASCENDING, d("90"), d("90"));
    }

    @Test
    void stepBelowZeroNegativePayoutOrFallingPayout() {
        refused(() -> StepTable.of(Step.of("-10", "0")), "steps", IncentiveKeys.STEP_BELOW_ZERO, 1, d("-10"));
        refused(() -> StepTable.of(Step.of("90", "50"), Step.of("100", "-1")), "steps",
                IncentiveKeys.NEGATIVE_STEP_PAYOUT, 2, d("-1"));
        refused(() -> StepTable.of(Step.of("90", "50"), Step.of("100", "40")), "steps",
                IncentiveKeys.STEP_PAYOUT_DECREASES, d("50"), d("40"));
    }
}
