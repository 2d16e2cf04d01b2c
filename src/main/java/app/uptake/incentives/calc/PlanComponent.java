package app.uptake.incentives.calc;

import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of a plan's pay: what it measures, its weight in the target incentive and its payout curve.
 *
 * @param code    unique within the plan; the key of the employee's measurements
 * @param name    shown on the statement
 * @param weight  share of the target incentive in per cent; the plan's weights add up to exactly 100
 */
public record PlanComponent(String code, LocalizedText name, ComponentBinding binding, BigDecimal weight,
        PayoutCurve curve) {

    public PlanComponent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(curve, "curve");
    }
}
