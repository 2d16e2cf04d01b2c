package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parent target broken down: the children's targets, in the order of the request, and how well they align.
 * Targets of an additive metric from any strategy but {@link AllocationStrategy#MANUAL} add up exactly.
 */
public record Allocation(AllocationStrategy strategy, MetricNature nature, BigDecimal parentTarget,
        List<ChildTarget> targets, Alignment alignment) {

    public Allocation {
        targets = List.copyOf(targets);
    }

    /** The target per child id, in the request's order. */
    public Map<String, BigDecimal> targetsById() {
        Map<String, BigDecimal> byId = new LinkedHashMap<>();
        targets.forEach(t -> byId.put(t.id(), t.target()));
        return byId;
    }

    public BigDecimal targetOf(String childId) {
        return targets.stream().filter(t -> t.id().equals(childId)).findFirst().map(ChildTarget::target)
                .orElseThrow(() -> new IllegalArgumentException("no child " + childId));
    }
}
