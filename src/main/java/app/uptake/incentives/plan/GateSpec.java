package app.uptake.incentives.plan;

import app.uptake.incentives.calc.GateMeasure;
import java.math.BigDecimal;

/**
 * A gate as HR enters it and as a version stores it.
 *
 * @param minimum       the least percentage that passes; null for a yes/no measure
 * @param percent       by how much the payout is reduced ({@link Effect#REDUCE}) or where it is capped
 *                      ({@link Effect#CAP}); null for {@link Effect#ZERO}
 * @param componentCode the component the gate applies to; null for the whole payout
 */
public record GateSpec(String code, GateMeasure measure, BigDecimal minimum, Effect effect, BigDecimal percent,
        String componentCode) {

    /** What the gate does when its condition is not met. */
    public enum Effect {
        ZERO, REDUCE, CAP;

        public String messageKey() {
            return "incentivePlans.gateEffect." + name();
        }
    }
}
