package app.uptake.incentives.calc;

import java.math.BigDecimal;

/**
 * How attainment turns into payout: a threshold, a line to the target and tiers above it ({@link TieredCurve}), or
 * fixed payouts per attainment band ({@link StepTable}). Both refuse an inconsistent shape when built, so a curve
 * that exists can always be evaluated.
 */
public sealed interface PayoutCurve permits TieredCurve, StepTable {

    /** @param attainment in per cent, not negative */
    CurvePayout payoutFor(BigDecimal attainment);
}
