package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import static app.uptake.goals.allocation.AllocationKeys.*;

import app.uptake.metrics.MetricDirection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a breakdown: the alignment gap between the parent's target and its children's, and children whose
 * targets are far from their own baseline.
 *
 * <p>Gap: parent − Σchildren for additive metrics, parent − Σ(rate × expected denominator) / Σexpected
 * denominator for ratio metrics. Tolerance: the larger of {@link AlignmentRules#relativeTolerance()} × |parent|
 * and one unit of the metric's last decimal; a |gap| up to it (included) counts as aligned.
 *
 * <p>Warnings: change = (target − baseline) / |baseline|, read in the metric's direction (for lower-is-better a
 * decrease is the improvement). Beyond {@link AlignmentRules#maxImprovement()} or {@link AlignmentRules#maxDecline()}
 * (strictly) the child is flagged; children with a zero baseline and a target other than zero, and children
 * without a baseline, are flagged separately.
 */
public final class AlignmentCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AlignmentCheck() {
    }

    /**
     * Checks saved or entered targets. Refuses bad input like {@link CascadeAllocator} does: no children,
     * duplicates, a missing or invalid target for a child, a target for a stranger, missing denominators.
     */
    public static Alignment check(AllocationMetric metric, BigDecimal parentTarget, List<AllocationChild> children,
            Map<String, BigDecimal> targets, AlignmentRules rules) {
        AllocationInput.requireChildren(children);
        BigDecimal parent = AllocationInput.parentTarget(metric, parentTarget);
        if (metric.nature() == MetricNature.RATIO) {
            AllocationInput.requireDenominators(children);
        }
        return measure(metric, parent, children, AllocationInput.childTargets(metric, children, targets), rules);
    }

    public static Alignment check(AllocationMetric metric, BigDecimal parentTarget, List<AllocationChild> children,
            Map<String, BigDecimal> targets) {
        return check(metric, parentTarget, children, targets, AlignmentRules.DEFAULT);
    }

    /** Input already checked. */
    static Alignment measure(AllocationMetric metric, BigDecimal parent, List<AllocationChild> children,
            Map<String, BigDecimal> targets, AlignmentRules rules) {
        BigDecimal tolerance = rules.relativeTolerance().multiply(parent.abs()).max(metric.unit());
        boolean ratio = metric.nature() == MetricNature.RATIO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        for (AllocationChild child : children) {
            BigDecimal target = targets.get(child.id());
            if (ratio) {
                sum = sum.add(target.multiply(child.expectedDenominator()));
                denominators = denominators.add(child.expectedDenominator());
            } else {
                sum = sum.add(target);
            }
        }
        // compared without dividing: |parent × D − Σ(rate × d)| ≤ tolerance × D, exact for ratios as for sums
        BigDecimal scaledGap = ratio ? parent.multiply(denominators).subtract(sum) : parent.subtract(sum);
        BigDecimal scaledTolerance = ratio ? tolerance.multiply(denominators) : tolerance;
        AlignmentStatus status = scaledGap.abs().compareTo(scaledTolerance) <= 0 ? AlignmentStatus.ALIGNED
                : scaledGap.signum() > 0 ? AlignmentStatus.UNDER : AlignmentStatus.OVER;
        BigDecimal allocated = ratio ? sum.divide(denominators, metric.scale() + 2, RoundingMode.HALF_EVEN) : sum;
        BigDecimal gap = parent.subtract(allocated);
        boolean missesParent = status == (metric.direction() == MetricDirection.HIGHER
                ? AlignmentStatus.UNDER : AlignmentStatus.OVER);
        String key = switch (status) {
            case ALIGNED -> null;
            case OVER -> ratio ? RATIO_OVER : OVER;
            case UNDER -> ratio ? RATIO_UNDER : UNDER;
        };
        List<Object> args = status == AlignmentStatus.ALIGNED ? List.of() : List.of(allocated, gap.abs(), parent);
        return new Alignment(metric.nature(), parent, allocated, gap, tolerance, status, missesParent, key, args,
                warnings(metric, children, targets, rules));
    }

    private static List<ChildWarning> warnings(AllocationMetric metric, List<AllocationChild> children,
            Map<String, BigDecimal> targets, AlignmentRules rules) {
        List<ChildWarning> warnings = new ArrayList<>();
        for (AllocationChild child : children) {
            ChildWarning warning = warning(metric, child, targets.get(child.id()), rules);
            if (warning != null) {
                warnings.add(warning);
            }
        }
        return warnings;
    }

    private static ChildWarning warning(AllocationMetric metric, AllocationChild child, BigDecimal target,
            AlignmentRules rules) {
        BigDecimal baseline = child.baseline();
        if (baseline == null) {
            return new ChildWarning(child.id(), ChildWarning.Kind.NO_BASELINE, null, WARNING_NO_BASELINE,
                    List.of(child.label(), target));
        }
        if (baseline.signum() == 0) {
            return target.signum() == 0 ? null : new ChildWarning(child.id(), ChildWarning.Kind.BASELINE_ZERO, null,
                    WARNING_BASELINE_ZERO, List.of(child.label(), target));
        }
        BigDecimal change = target.subtract(baseline).divide(baseline.abs(), 10, RoundingMode.HALF_EVEN);
        BigDecimal improvement = metric.direction() == MetricDirection.HIGHER ? change : change.negate();
        ChildWarning.Kind kind;
        String key;
        if (improvement.compareTo(rules.maxImprovement()) > 0) {
            kind = ChildWarning.Kind.FAR_BETTER_THAN_BASELINE;
            key = WARNING_FAR_BETTER;
        } else if (improvement.negate().compareTo(rules.maxDecline()) > 0) {
            kind = ChildWarning.Kind.FAR_WORSE_THAN_BASELINE;
            key = WARNING_FAR_WORSE;
        } else {
            return null;
        }
        BigDecimal percent = change.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN);
        return new ChildWarning(child.id(), kind, percent, key, List.of(child.label(), target, baseline, percent.abs()));
    }
}
