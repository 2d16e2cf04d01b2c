package app.uptake.goals;

import app.uptake.goals.allocation.AllocationChild;
import app.uptake.goals.allocation.WorkingTime;
import java.math.BigDecimal;
import java.util.List;

/**
 * One child of a breakdown: a child unit or a person of the unit, with its own baseline over the goal's baseline
 * period and what the allocation weighs it by.
 *
 * @param key                 {@code unit-<id>} or {@code employee-<id>}; the key of its target when saving
 * @param baseline            null when the scope has no history (a new team, a joiner, a person the caller may not
 *                            see individually)
 * @param expectedDenominator ratio metrics: the baseline's denominator; without one, the mean of the siblings'
 *                            (pro-rated by the days a person is employed in the period)
 * @param goalId              the child's saved target row, or null when not yet broken down to it
 * @param currentTarget       its saved target, or null
 */
public record CascadeChild(String key, GoalScope scope, String label, Baseline baseline, BigDecimal expectedDenominator,
        List<WorkingTime> workingTimes, Long goalId, BigDecimal currentTarget) {

    public CascadeChild {
        workingTimes = List.copyOf(workingTimes);
    }

    public BigDecimal baselineValue() {
        return baseline == null ? null : baseline.value();
    }

    public AllocationChild toAllocationChild() {
        return new AllocationChild(key, label, baselineValue(), expectedDenominator, workingTimes);
    }

    public static String keyOf(GoalScope scope) {
        return switch (scope) {
            case GoalScope.OrgUnit u -> "unit-" + u.orgUnitId();
            case GoalScope.Employee e -> "employee-" + e.employeeId();
        };
    }
}
