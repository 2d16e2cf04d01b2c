package app.uptake.goals;

/** Whom a goal or a target of the cascade is set for: an org unit with everything below it, or one employee. */
public sealed interface GoalScope {

    record OrgUnit(long orgUnitId) implements GoalScope {
    }

    record Employee(long employeeId) implements GoalScope {
    }
}
