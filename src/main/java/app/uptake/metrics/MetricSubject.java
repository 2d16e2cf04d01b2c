package app.uptake.metrics;

/** Whose figures: an org unit with everything below it, a manager's reporting line, or one person. */
public sealed interface MetricSubject {

    record OrgUnit(long orgUnitId) implements MetricSubject {
    }

    /** Everybody who reports to the manager, at any depth (not the manager). */
    record Team(long managerEmployeeId) implements MetricSubject {
    }

    record Employee(long employeeId) implements MetricSubject {
    }
}
