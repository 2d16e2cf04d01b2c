package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import static app.uptake.goals.allocation.AllocationKeys.*;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks a goal's target down to its children. Pure calculation, no state: call it from a service, save the
 * result there. Bad input is refused with a {@link BusinessRuleException}; a breakdown that does not align is
 * not refused here but reported in {@link Allocation#alignment()} ({@link Alignment#requireAligned()} refuses).
 *
 * <p>Additive metrics: shares are rounded to the metric's decimals by the largest remainder, so they add up to
 * the parent exactly. Ratio metrics: each rate is rounded half-even on its own, so the weighted rate can miss the
 * parent by less than half a unit of the last decimal, which the alignment tolerance always covers.
 *
 * <p>Children without a baseline (null) are assumed to perform like their average sibling when splitting in
 * proportion to baseline (the plain mean of the known baselines for additive metrics, the denominator-weighted
 * mean rate for ratio metrics, so they get the parent's rate); a zero baseline is a measured zero and gets a zero
 * share. The alignment check warns about both.
 */
public final class CascadeAllocator {

    private CascadeAllocator() {
    }

    public static Allocation allocate(AllocationRequest request) {
        return allocate(request, AlignmentRules.DEFAULT);
    }

    public static Allocation allocate(AllocationRequest request, AlignmentRules rules) {
        AllocationMetric metric = request.metric();
        List<AllocationChild> children = request.children();
        AllocationInput.requireChildren(children);
        BigDecimal parent = AllocationInput.parentTarget(metric, request.parentTarget());
        AllocationInput.requireWorkingTimes(children);
        boolean ratio = metric.nature() == MetricNature.RATIO;
        if (ratio) {
            AllocationInput.requireDenominators(children);
        }
        List<ChildTarget> targets = switch (request.strategy()) {
            case EQUAL -> ratio ? sameRate(children, parent) : split(metric, parent, children, ones(children));
            case PROPORTIONAL_TO_BASELINE -> ratio ? scaledRates(metric, parent, children)
                    : split(metric, parent, children, baselineWeights(children));
            case PROPORTIONAL_TO_CAPACITY -> {
                if (ratio) {
                    throw new BusinessRuleException(CAPACITY_NOT_FOR_RATIO);
                }
                yield split(metric, parent, children, capacities(request));
            }
            case MANUAL -> manual(metric, children, request.manualTargets());
        };
        Map<String, BigDecimal> byId = new LinkedHashMap<>();
        targets.forEach(t -> byId.put(t.id(), t.target()));
        Alignment alignment = AlignmentCheck.measure(metric, parent, children, byId, rules);
        return new Allocation(request.strategy(), metric.nature(), parent, targets, alignment);
    }

    private static List<ChildTarget> split(AllocationMetric metric, BigDecimal parent, List<AllocationChild> children,
            List<BigDecimal> weights) {
        List<BigDecimal> shares = Apportionment.split(parent, weights, metric.scale());
        List<ChildTarget> targets = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            AllocationChild child = children.get(i);
            targets.add(new ChildTarget(child.id(), child.label(), shares.get(i), weights.get(i)));
        }
        return targets;
    }

    private static List<BigDecimal> ones(List<AllocationChild> children) {
        return children.stream().map(c -> BigDecimal.ONE).toList();
    }

    /** Known baselines as they are; missing ones as the mean of the known ones. */
    private static List<BigDecimal> baselineWeights(List<AllocationChild> children) {
        AllocationInput.requireNonNegativeBaselines(children);
        BigDecimal known = BigDecimal.ZERO;
        int count = 0;
        for (AllocationChild child : children) {
            if (child.baseline() != null) {
                known = known.add(child.baseline());
                count++;
            }
        }
        if (known.signum() == 0) {
            throw new BusinessRuleException(NO_BASELINE);
        }
        // the mean only weighs, it is never shown as a target, so a generous fixed precision suffices
        BigDecimal mean = known.divide(BigDecimal.valueOf(count), 10, RoundingMode.HALF_EVEN);
        return children.stream().map(c -> c.baseline() == null ? mean : c.baseline()).toList();
    }

    private static List<BigDecimal> capacities(AllocationRequest request) {
        List<BigDecimal> capacities = request.children().stream().map(c -> Capacity.fteDays(c, request.period())).toList();
        if (capacities.stream().allMatch(c -> c.signum() == 0)) {
            throw new BusinessRuleException(NO_CAPACITY);
        }
        return capacities;
    }

    private static List<ChildTarget> sameRate(List<AllocationChild> children, BigDecimal parent) {
        return children.stream().map(c -> new ChildTarget(c.id(), c.label(), parent, null)).toList();
    }

    /**
     * rate_i = parent × baseline_i / B with B = Σ(baseline_j × d_j) / Σd_j over the children with a baseline, so
     * that Σ(rate_i × d_i) / Σd_i = parent × B / B = parent before rounding. A child without a baseline counts
     * as B and so gets the parent's rate.
     */
    private static List<ChildTarget> scaledRates(AllocationMetric metric, BigDecimal parent, List<AllocationChild> children) {
        AllocationInput.requireNonNegativeBaselines(children);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        for (AllocationChild child : children) {
            if (child.baseline() != null) {
                weighted = weighted.add(child.baseline().multiply(child.expectedDenominator()));
                denominators = denominators.add(child.expectedDenominator());
            }
        }
        if (weighted.signum() == 0) {
            throw new BusinessRuleException(NO_BASELINE);
        }
        List<ChildTarget> targets = new ArrayList<>(children.size());
        for (AllocationChild child : children) {
            if (child.baseline() == null) {
                BigDecimal mean = weighted.divide(denominators, metric.scale() + 6, RoundingMode.HALF_EVEN);
                targets.add(new ChildTarget(child.id(), child.label(), parent, mean));
            } else {
                // one division at the end keeps the rate exact up to its own rounding
                BigDecimal rate = parent.multiply(child.baseline()).multiply(denominators)
                        .divide(weighted, metric.scale(), RoundingMode.HALF_EVEN);
                targets.add(new ChildTarget(child.id(), child.label(), rate, child.baseline()));
            }
        }
        return targets;
    }

    private static List<ChildTarget> manual(AllocationMetric metric, List<AllocationChild> children,
            Map<String, BigDecimal> entered) {
        Map<String, BigDecimal> checked = AllocationInput.childTargets(metric, children, entered);
        return children.stream().map(c -> new ChildTarget(c.id(), c.label(), checked.get(c.id()), null)).toList();
    }
}
