package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.Decimals.HUNDRED;

import app.uptake.metrics.MetricDirection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a measurement reached its target, in per cent (100 = on target), and how that was worked out.
 *
 * <ul>
 *   <li>Higher is better: actual ÷ target × 100.</li>
 *   <li>Lower is better: (2 − actual ÷ target) × 100, the mirror image, so that every unit below the target counts
 *       as much as a unit above it would for a higher-is-better metric (10 % under a cost target is 110 %). Unlike
 *       target ÷ actual it stays finite for an actual of zero (200 %).</li>
 *   <li>Never below 0 %: a negative actual, or a lower-is-better actual beyond twice the target, counts as 0 %, which
 *       pays nothing on any curve.</li>
 *   <li>A target of zero has no ratio. It counts as met (100 %) when the actual is at least 0 for higher-is-better
 *       or at most 0 for lower-is-better (zero complaints, say), and as missed (0 %) otherwise. There is no upside
 *       above a zero target, because no ratio could say how far it was beaten.</li>
 * </ul>
 *
 * @param percent     attainment in per cent, never negative
 * @param rule        which of the rules above applied
 * @param explanation the formula with its values
 */
public record Attainment(BigDecimal percent, Rule rule, List<ExplanationLine> explanation) {

    public Attainment {
        explanation = List.copyOf(explanation);
    }

    public enum Rule { RATIO, MIRRORED, ZERO_TARGET_MET, ZERO_TARGET_MISSED }

    public static Attainment of(Measurement measurement) {
        BigDecimal actual = measurement.actual();
        BigDecimal target = measurement.target();
        boolean higherIsBetter = measurement.direction() == MetricDirection.HIGHER;
        if (target.signum() == 0) {
            boolean met = higherIsBetter ? actual.signum() >= 0 : actual.signum() <= 0;
            return met
                    ? new Attainment(HUNDRED, Rule.ZERO_TARGET_MET,
                            List.of(ExplanationLine.of(IncentiveKeys.EXPLAIN_ZERO_TARGET_MET, actual)))
                    : new Attainment(BigDecimal.ZERO, Rule.ZERO_TARGET_MISSED,
                            List.of(ExplanationLine.of(IncentiveKeys.EXPLAIN_ZERO_TARGET_MISSED, actual)));
        }
        // one division each: the numerator is exact
        BigDecimal formula = higherIsBetter
                ? Decimals.divide(actual.multiply(HUNDRED), target)
                : Decimals.divide(target.add(target).subtract(actual).multiply(HUNDRED), target);
        List<ExplanationLine> lines = new ArrayList<>();
        lines.add(ExplanationLine.of(higherIsBetter ? IncentiveKeys.EXPLAIN_RATIO : IncentiveKeys.EXPLAIN_MIRRORED,
                actual, target, formula));
        BigDecimal percent = formula;
        if (formula.signum() < 0) {
            lines.add(ExplanationLine.of(IncentiveKeys.EXPLAIN_FLOORED, formula));
            percent = BigDecimal.ZERO;
        }
        return new Attainment(percent, higherIsBetter ? Rule.RATIO : Rule.MIRRORED, lines);
    }
}
