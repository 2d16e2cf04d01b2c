package app.uptake.incentives.plan;

import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.Tier;
import java.math.BigDecimal;
import java.util.List;

/**
 * A payout curve as HR enters it: a threshold with a line to the target, tiers above it (accelerators with a rate
 * above 1, decelerators below 1) and a cap; or a step table.
 *
 * @param kind what the other values mean: {@link Kind#TIERED} uses threshold, threshold payout, tiers and cap;
 *             {@link Kind#STEPS} uses steps
 */
public record CurveSpec(Kind kind, BigDecimal threshold, BigDecimal thresholdPayout, List<Tier> tiers, BigDecimal cap,
        List<Step> steps) {

    public enum Kind {
        TIERED, STEPS;

        public String messageKey() {
            return "incentivePlans.curveKind." + name();
        }
    }

    public CurveSpec {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public static CurveSpec tiered(BigDecimal threshold, BigDecimal thresholdPayout, List<Tier> tiers, BigDecimal cap) {
        return new CurveSpec(Kind.TIERED, threshold, thresholdPayout, tiers, cap, List.of());
    }

    public static CurveSpec steps(List<Step> steps) {
        return new CurveSpec(Kind.STEPS, null, null, List.of(), null, steps);
    }
}
