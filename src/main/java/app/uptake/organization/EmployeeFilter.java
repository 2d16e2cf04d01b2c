package app.uptake.organization;

/**
 * What an employee list is narrowed to: free text on name and e-mail, an org unit including everything
 * below it, a job role, and whether people who have left are shown.
 */
public record EmployeeFilter(String text, Long orgUnitId, JobRole jobRole, boolean includeLeavers) {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null, false);
    }

    public EmployeeFilter withText(String newText) {
        return new EmployeeFilter(newText, orgUnitId, jobRole, includeLeavers);
    }

    public EmployeeFilter withOrgUnit(Long newOrgUnitId) {
        return new EmployeeFilter(text, newOrgUnitId, jobRole, includeLeavers);
    }

    public EmployeeFilter withJobRole(JobRole newJobRole) {
        return new EmployeeFilter(text, orgUnitId, newJobRole, includeLeavers);
    }

    public EmployeeFilter withLeavers(boolean include) {
        return new EmployeeFilter(text, orgUnitId, jobRole, include);
    }
}
