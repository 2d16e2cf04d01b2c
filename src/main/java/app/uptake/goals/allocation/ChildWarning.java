package app.uptake.goals.allocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A child whose target looks unrealistic against its own baseline, or cannot be judged for want of one.
 *
 * @param childId       the child's id
 * @param kind          what is wrong
 * @param changePercent the target's change against the baseline in per cent (signed: +60.0 is an increase);
 *                      null without a baseline or from a zero baseline
 * @param messageKey    i18n key of the warning
 * @param args          its arguments: child label, target, baseline, |change| in per cent (as far as they exist)
 */
public record ChildWarning(String childId, Kind kind, BigDecimal changePercent, String messageKey, List<Object> args) {

    public ChildWarning {
        args = List.copyOf(args);
    }

    public enum Kind {
        /** Better than the baseline (in the metric's direction) by more than the rules allow. */
        FAR_BETTER_THAN_BASELINE,
        /** Worse than the baseline by more than the rules allow: a target that asks for a decline. */
        FAR_WORSE_THAN_BASELINE,
        /** The baseline is zero and the target is not: no percentage to judge it by. */
        BASELINE_ZERO,
        /** No baseline at all (new unit, joiner): the target cannot be judged against history. */
        NO_BASELINE
    }
}
