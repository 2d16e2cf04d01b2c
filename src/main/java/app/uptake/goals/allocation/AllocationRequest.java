package app.uptake.goals.allocation;

import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parent target to break down.
 *
 * @param metric        the goal's metric as allocation sees it ({@link AllocationMetric#of})
 * @param parentTarget  the parent's target: a total for additive metrics, a rate for ratio metrics
 * @param period        the goal's period; capacity counts the days employed within it
 * @param strategy      how to break it down
 * @param children      the children, in the order they are shown; ties in rounding go to the earlier child
 * @param manualTargets for {@link AllocationStrategy#MANUAL}: the target per child id; ignored otherwise
 */
public record AllocationRequest(AllocationMetric metric, BigDecimal parentTarget, DateRange period,
        AllocationStrategy strategy, List<AllocationChild> children, Map<String, BigDecimal> manualTargets) {

    public AllocationRequest {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(strategy, "strategy");
        children = children == null ? List.of() : List.copyOf(children);
        // copies keep the caller's null values visible to validation (Map.copyOf would throw on them)
        manualTargets = manualTargets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(manualTargets));
    }

    public static AllocationRequest of(AllocationMetric metric, BigDecimal parentTarget, DateRange period,
            AllocationStrategy strategy, List<AllocationChild> children) {
        return new AllocationRequest(metric, parentTarget, period, strategy, children, Map.of());
    }

    public static AllocationRequest manual(AllocationMetric metric, BigDecimal parentTarget, DateRange period,
            List<AllocationChild> children, Map<String, BigDecimal> targets) {
        return new AllocationRequest(metric, parentTarget, period, AllocationStrategy.MANUAL, children, targets);
    }
}
