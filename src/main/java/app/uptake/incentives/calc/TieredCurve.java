package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.Decimals.HUNDRED;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The usual payout curve: nothing below the threshold; from the threshold (paying {@code thresholdPayout}) a straight
 * line to 100 % payout at 100 % attainment; above the target the tiers' rates; at most the cap.
 *
 * <p>Without tiers the line goes on at the same rate as a plain 1:1 (each attainment point above 100 % pays one
 * payout point), limited only by the cap. Beyond the end of a closed last tier the payout stays where that tier
 * left it.
 *
 * @param threshold       attainment in per cent from which the curve pays, 0 ≤ threshold &lt; 100 (for a payout only
 *                        from the target on, use a {@link StepTable})
 * @param thresholdPayout payout in per cent at exactly the threshold, 0 to 100
 * @param tiers           contiguous tiers above the target, the first from 100, only the last open-ended; may be empty
 * @param cap             highest payout in per cent, at least 100 and at least the threshold payout; null for none
 */
public record TieredCurve(BigDecimal threshold, BigDecimal thresholdPayout, List<Tier> tiers, BigDecimal cap)
        implements PayoutCurve {

    private static final List<Tier> ONE_TO_ONE = List.of(new Tier(HUNDRED, null, BigDecimal.ONE));

    public TieredCurve {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(thresholdPayout, "thresholdPayout");
        tiers = List.copyOf(tiers);
        if (threshold.signum() < 0 || threshold.compareTo(HUNDRED) >= 0) {
            throw BusinessRuleException.onField("threshold", IncentiveKeys.THRESHOLD_RANGE, threshold);
        }
        if (!Decimals.between(thresholdPayout, BigDecimal.ZERO, HUNDRED)) {
            throw BusinessRuleException.onField("thresholdPayout", IncentiveKeys.THRESHOLD_PAYOUT_RANGE, thresholdPayout);
        }
        checkTiers(tiers);
        if (cap != null && cap.compareTo(thresholdPayout) < 0) {
            throw BusinessRuleException.onField("cap", IncentiveKeys.CAP_BELOW_THRESHOLD_PAYOUT, cap, thresholdPayout);
        }
        if (cap != null && cap.compareTo(HUNDRED) < 0) {
            throw BusinessRuleException.onField("cap", IncentiveKeys.CAP_BELOW_TARGET, cap);
        }
    }

    private static void checkTiers(List<Tier> tiers) {
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            int number = i + 1;
            if (tier.slope().signum() < 0) {
                throw BusinessRuleException.onField("tiers", IncentiveKeys.NEGATIVE_SLOPE, number, tier.slope());
            }
            if (i == 0 && tier.from().compareTo(HUNDRED) != 0) {
                throw BusinessRuleException.onField("tiers", IncentiveKeys.TIER_START, tier.from());
            }
            if (tier.open() && i < tiers.size() - 1) {
                throw BusinessRuleException.onField("tiers", IncentiveKeys.OPEN_TIER_NOT_LAST, number);
            }
            if (!tier.open() && tier.to().compareTo(tier.from()) <= 0) {
                throw BusinessRuleException.onField("tiers", IncentiveKeys.TIER_EMPTY, number, tier.from(), tier.to());
            }
            if (i > 0) {
                BigDecimal previousEnd = tiers.get(i - 1).to();
                int compared = tier.from().compareTo(previousEnd);
                if (compared < 0) {
                    throw BusinessRuleException.onField("tiers", IncentiveKeys.TIER_OVERLAP, previousEnd, tier.from());
                }
                if (compared > 0) {
                    throw BusinessRuleException.onField("tiers", IncentiveKeys.TIER_GAP, previousEnd, tier.from());
                }
            }
        }
    }

    /** A curve without tiers or cap. */
    public static TieredCurve linear(String threshold, String thresholdPayout) {
        return new TieredCurve(new BigDecimal(threshold), new BigDecimal(thresholdPayout), List.of(), null);
    }

    @Override
    public CurvePayout payoutFor(BigDecimal attainment) {
        List<ExplanationLine> lines = new ArrayList<>();
        BigDecimal payout;
        CurveBand band;
        if (attainment.compareTo(threshold) < 0) {
            lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_BELOW_THRESHOLD, attainment, threshold));
            payout = BigDecimal.ZERO;
            band = new CurveBand(CurveBand.Kind.BELOW_THRESHOLD, 0, threshold, null);
        } else if (attainment.compareTo(HUNDRED) <= 0) {
            // tp + (a − t) × (100 − tp) ÷ (100 − t), one division at the end
            payout = thresholdPayout.add(Decimals.divide(
                    attainment.subtract(threshold).multiply(HUNDRED.subtract(thresholdPayout)),
                    HUNDRED.subtract(threshold)));
            lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_LINEAR, attainment, threshold, thresholdPayout, payout));
            band = new CurveBand(CurveBand.Kind.THRESHOLD_TO_TARGET, 0, threshold, HUNDRED);
        } else {
            payout = HUNDRED;
            band = null;
            List<Tier> effective = tiers.isEmpty() ? ONE_TO_ONE : tiers;
            for (int i = 0; i < effective.size() && band == null; i++) {
                Tier tier = effective.get(i);
                BigDecimal reached = tier.open() ? attainment : Decimals.min(attainment, tier.to());
                BigDecimal points = reached.subtract(tier.from());
                BigDecimal added = points.multiply(tier.slope());
                payout = payout.add(added);
                lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_TIER, i + 1, tier.from(), reached, tier.slope(),
                        points, added));
                if (tier.holds(attainment)) {
                    band = new CurveBand(CurveBand.Kind.TIER, i + 1, tier.from(), tier.to());
                }
            }
            if (band == null) {
                BigDecimal lastEnd = effective.getLast().to();
                lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_BEYOND_TIERS, lastEnd, payout));
                band = new CurveBand(CurveBand.Kind.BEYOND_TIERS, 0, lastEnd, null);
            }
        }
        boolean capped = cap != null && payout.compareTo(cap) > 0;
        if (capped) {
            lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_CAPPED, payout, cap));
            payout = cap;
        }
        lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_CURVE_RESULT, payout));
        return new CurvePayout(payout, band, capped, lines);
    }
}
