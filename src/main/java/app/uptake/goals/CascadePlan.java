package app.uptake.goals;

import app.uptake.goals.allocation.AllocationChild;
import app.uptake.goals.allocation.AllocationMetric;
import java.util.List;

/**
 * A goal with the children it can be broken down to and their baselines: what the breakdown editor works on.
 * Allocating and checking a plan ({@link GoalCascadeService#allocate}, {@link GoalCascadeService#align}) reads
 * nothing more from the database.
 */
public record CascadePlan(GoalSummary goal, AllocationMetric metric, Level level, List<CascadeChild> children) {

    /** Whom the goal is broken down to. */
    public enum Level {
        /** The unit's child units. */
        UNITS,
        /** The people of a unit without child units. */
        PEOPLE;

        public String messageKey() {
            return "goals.cascade.level." + name();
        }
    }

    public CascadePlan {
        children = List.copyOf(children);
    }

    public List<AllocationChild> allocationChildren() {
        return children.stream().map(CascadeChild::toAllocationChild).toList();
    }

    /** Whether some children have a saved target already (a change is then a revision with a reason). */
    public boolean brokenDown() {
        return children.stream().anyMatch(c -> c.goalId() != null);
    }
}
