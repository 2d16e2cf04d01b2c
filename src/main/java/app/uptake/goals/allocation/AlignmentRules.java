package app.uptake.goals.allocation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Thresholds of the alignment check, as fractions (0.005 = 0.5 %).
 *
 * @param relativeTolerance a gap up to this share of the parent target, and never less than one unit of the
 *                          metric's last decimal, still counts as aligned: round entries such as 333 + 333 + 333
 *                          of 1,000, or ratio targets rounded to their decimals, are not flagged
 * @param maxImprovement    a child's target better than its own baseline by more than this is flagged as
 *                          unrealistic ("better" follows the metric's direction: a decrease for lower-is-better)
 * @param maxDecline        a child's target worse than its own baseline by more than this is flagged too
 */
public record AlignmentRules(BigDecimal relativeTolerance, BigDecimal maxImprovement, BigDecimal maxDecline) {

    /** 0.5 % tolerance, ±50 % from a child's baseline. */
    public static final AlignmentRules DEFAULT =
            new AlignmentRules(new BigDecimal("0.005"), new BigDecimal("0.50"), new BigDecimal("0.50"));

    public AlignmentRules {
        Objects.requireNonNull(relativeTolerance, "relativeTolerance");
        Objects.requireNonNull(maxImprovement, "maxImprovement");
        Objects.requireNonNull(maxDecline, "maxDecline");
        if (relativeTolerance.signum() < 0 || maxImprovement.signum() < 0 || maxDecline.signum() < 0) {
            throw new IllegalArgumentException("thresholds must not be negative");
        }
    }
}
