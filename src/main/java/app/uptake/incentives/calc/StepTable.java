package app.uptake.incentives.calc;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A payout curve of fixed amounts per attainment band, for plans that pay "50 % from 90 %, 100 % from 100 %,
 * 150 % from 120 %" rather than along a line. Below the first row it pays nothing; the last row is open-ended,
 * so its payout is the most the table pays and no cap is needed.
 *
 * @param steps rows with strictly ascending attainment from 0 on and payouts that never fall
 */
public record StepTable(List<Step> steps) implements PayoutCurve {

    public StepTable {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw BusinessRuleException.onField("steps", IncentiveKeys.NO_STEPS);
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.from().signum() < 0) {
                throw BusinessRuleException.onField("steps", IncentiveKeys.STEP_BELOW_ZERO, i + 1, step.from());
            }
            if (step.payout().signum() < 0) {
                throw BusinessRuleException.onField("steps", IncentiveKeys.NEGATIVE_STEP_PAYOUT, i + 1, step.payout());
            }
            if (i > 0) {
                Step previous = steps.get(i - 1);
                if (step.from().compareTo(previous.from()) <= 0) {
                    throw BusinessRuleException.onField("steps", IncentiveKeys.STEPS_NOT_ASCENDING, previous.from(),
                            step.from());
                }
                if (step.payout().compareTo(previous.payout()) < 0) {
                    throw BusinessRuleException.onField("steps", IncentiveKeys.STEP_PAYOUT_DECREASES,
                            previous.payout(), step.payout());
                }
            }
        }
    }

    public static StepTable of(Step... steps) {
        return new StepTable(List.of(steps));
    }

    @Override
    public CurvePayout payoutFor(BigDecimal attainment) {
        int index = -1;
        while (index + 1 < steps.size() && steps.get(index + 1).from().compareTo(attainment) <= 0) {
            index++;
        }
        if (index < 0) {
            BigDecimal lowest = steps.getFirst().from();
            return new CurvePayout(BigDecimal.ZERO, new CurveBand(CurveBand.Kind.BELOW_STEPS, 0, lowest, null), false,
                    List.of(ExplanationLine.of(IncentiveKeys.EXPLAIN_BELOW_STEPS, attainment, lowest),
                            ExplanationLine.of(IncentiveKeys.EXPLAIN_CURVE_RESULT, BigDecimal.ZERO)));
        }
        Step step = steps.get(index);
        BigDecimal below = index + 1 < steps.size() ? steps.get(index + 1).from() : null;
        ExplanationLine line = below == null
                ? ExplanationLine.of(IncentiveKeys.EXPLAIN_OPEN_STEP, attainment, step.from(), step.payout())
                : ExplanationLine.of(IncentiveKeys.EXPLAIN_STEP, attainment, step.from(), below, step.payout());
        return new CurvePayout(step.payout(), new CurveBand(CurveBand.Kind.STEP, index + 1, step.from(), below), false,
                List.of(line, ExplanationLine.of(IncentiveKeys.EXPLAIN_CURVE_RESULT, step.payout())));
    }
}
