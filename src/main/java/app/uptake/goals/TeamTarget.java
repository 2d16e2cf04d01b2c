package app.uptake.goals;

/**
 * A row of a manager's team targets: a target of the team (a unit's goal, a share of it or a person's target) and
 * whether the signed-in manager may break it down further.
 */
public record TeamTarget(GoalSummary goal, boolean mayBreakDown) {
}
