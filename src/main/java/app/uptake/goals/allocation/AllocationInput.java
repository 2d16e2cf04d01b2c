package app.uptake.goals.allocation;

import static app.uptake.goals.allocation.AllocationKeys.*;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Refuses bad input to allocation and alignment, naming the child at fault as the field. */
final class AllocationInput {

    private AllocationInput() {
    }

    static void requireChildren(List<AllocationChild> children) {
        if (children.isEmpty()) {
            throw new BusinessRuleException(NO_CHILDREN);
        }
        Set<String> seen = new HashSet<>();
        for (AllocationChild child : children) {
            if (!seen.add(child.id())) {
                throw BusinessRuleException.onField(child.id(), DUPLICATE_CHILD, child.label());
            }
        }
    }

    /** The parent's target at the metric's scale. */
    static BigDecimal parentTarget(AllocationMetric metric, BigDecimal target) {
        return target(metric, target, TARGET_FIELD, null);
    }

    /** A target at the metric's scale; {@code label} is null for the parent. */
    static BigDecimal target(AllocationMetric metric, BigDecimal target, String field, String label) {
        if (target == null) {
            throw label == null ? BusinessRuleException.onField(field, TARGET_MISSING)
                    : BusinessRuleException.onField(field, MANUAL_MISSING, label);
        }
        if (target.stripTrailingZeros().scale() > metric.scale()) {
            throw BusinessRuleException.onField(field, TOO_MANY_DECIMALS, target, metric.scale());
        }
        if (metric.nonNegative() && target.signum() < 0) {
            throw BusinessRuleException.onField(field, NEGATIVE_TARGET, target);
        }
        return target.setScale(metric.scale());
    }

    static void requireWorkingTimes(List<AllocationChild> children) {
        for (AllocationChild child : children) {
            for (WorkingTime time : child.workingTimes()) {
                BigDecimal fte = time.fteOrFullTime();
                if (fte.signum() < 0 || fte.compareTo(BigDecimal.ONE) > 0) {
                    throw BusinessRuleException.onField(child.id(), FTE_RANGE, child.label(), fte);
                }
                if (time.start() != null && time.end() != null && time.end().isBefore(time.start())) {
                    throw BusinessRuleException.onField(child.id(), END_BEFORE_START, child.label(), time.start(),
                            time.end());
                }
            }
        }
    }

    /** Ratio metrics: every child needs an expected denominator, none negative, not all zero. */
    static void requireDenominators(List<AllocationChild> children) {
        BigDecimal total = BigDecimal.ZERO;
        for (AllocationChild child : children) {
            BigDecimal denominator = child.expectedDenominator();
            if (denominator == null) {
                throw BusinessRuleException.onField(child.id(), DENOMINATOR_MISSING, child.label());
            }
            if (denominator.signum() < 0) {
                throw BusinessRuleException.onField(child.id(), DENOMINATOR_NEGATIVE, child.label(), denominator);
            }
            total = total.add(denominator);
        }
        if (total.signum() == 0) {
            throw new BusinessRuleException(NO_DENOMINATOR);
        }
    }

    /** Proportional to baseline: baselines that are given must not be negative (no weight below nothing). */
    static void requireNonNegativeBaselines(List<AllocationChild> children) {
        for (AllocationChild child : children) {
            if (child.baseline() != null && child.baseline().signum() < 0) {
                throw BusinessRuleException.onField(child.id(), NEGATIVE_BASELINE, child.label(), child.baseline());
            }
        }
    }

    /** One target per child and none for strangers, each a valid target of the metric. */
    static Map<String, BigDecimal> childTargets(AllocationMetric metric, List<AllocationChild> children,
            Map<String, BigDecimal> targets) {
        Set<String> ids = new HashSet<>();
        children.forEach(c -> ids.add(c.id()));
        for (String id : targets.keySet()) {
            if (!ids.contains(id)) {
                throw BusinessRuleException.onField(id, MANUAL_UNKNOWN, id);
            }
        }
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        for (AllocationChild child : children) {
            checked.put(child.id(), target(metric, targets.get(child.id()), child.id(), child.label()));
        }
        return checked;
    }
}
