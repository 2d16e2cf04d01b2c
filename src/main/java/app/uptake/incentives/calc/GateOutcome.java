package app.uptake.incentives.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one gate turned out for one employee: its value, whether the condition was met, and the payout (in per cent
 * of the target) before and after it. A statement lists every gate, met or not, so that the employee also sees
 * what they did right.
 *
 * @param componentCode the component the gate applies to; null for the whole payout
 */
public record GateOutcome(String gateCode, GateMeasure measure, String componentCode, GateValue value, boolean met,
        BigDecimal before, BigDecimal after, List<ExplanationLine> explanation) {

    public GateOutcome {
        explanation = List.copyOf(explanation);
    }

    /** Whether the gate changed the payout (a missed cap above the payout changes nothing). */
    public boolean changedPayout() {
        return before.compareTo(after) != 0;
    }
}
