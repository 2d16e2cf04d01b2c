package app.uptake.organization;

/**
 * What an employee list is narrowed to: free text on name and e-mail, an org unit including everything
 * below it, a job role, whether people who have left are shown, and whether only the caller's own
 * reporting line is wanted (a team lead's view, even when their role would let them see more).
 */
public record EmployeeFilter(String text, Long orgUnitId, JobRole jobRole, boolean includeLeavers,
        boolean myReportingLineOnly) {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null, false, false);
    }

    /** The caller and everybody whose reporting line runs through them. */
    public static EmployeeFilter myReportingLine() {
        return new EmployeeFilter(null, null, null, false, true);
    }

    public EmployeeFilter withText(String newText) {
        return new EmployeeFilter(newText, orgUnitId, jobRole, includeLeavers, myReportingLineOnly);
    }

    public EmployeeFilter withOrgUnit(Long newOrgUnitId) {
        return new EmployeeFilter(text, newOrgUnitId, jobRole, includeLeavers, myReportingLineOnly);
    }

    public EmployeeFilter withJobRole(JobRole newJobRole) {
        return new EmployeeFilter(text, orgUnitId, newJobRole, includeLeavers, myReportingLineOnly);
    }

    public EmployeeFilter withLeavers(boolean include) {
        return new EmployeeFilter(text, orgUnitId, jobRole, include, myReportingLineOnly);
    }
}
