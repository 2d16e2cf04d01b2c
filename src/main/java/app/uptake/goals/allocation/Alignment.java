package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;

/**
 * How far the children's targets are from the parent's.
 *
 * @param nature       additive (sum) or ratio (weighted rate)
 * @param parentTarget the parent's target
 * @param allocated    Σ children's targets (additive) or Σ(rate × expected denominator) / Σ expected denominator
 *                     (ratio, rounded to two decimals more than the metric shows)
 * @param gap          parent target − allocated: positive when under-allocated, negative when over-allocated
 * @param tolerance    the largest |gap| still counted as aligned
 * @param status       aligned, over or under
 * @param missesParent whether children who exactly meet their targets would leave the parent's target unmet
 *                     (under-allocated for higher-is-better, over-allocated for lower-is-better)
 * @param messageKey   i18n key describing the misalignment, null when aligned; args: allocated, |gap|, parent
 * @param args         the key's arguments
 * @param warnings     children whose targets are far from, or cannot be judged against, their own baseline
 */
public record Alignment(MetricNature nature, BigDecimal parentTarget, BigDecimal allocated, BigDecimal gap,
        BigDecimal tolerance, AlignmentStatus status, boolean missesParent, String messageKey, List<Object> args,
        List<ChildWarning> warnings) {

    public Alignment {
        args = List.copyOf(args);
        warnings = List.copyOf(warnings);
    }

    public boolean aligned() {
        return status == AlignmentStatus.ALIGNED;
    }

    /** Refuses a breakdown that over- or under-allocates (for saving it); warnings do not refuse. */
    public void requireAligned() {
        if (!aligned()) {
            throw new BusinessRuleException(messageKey, args.toArray());
        }
    }
}
