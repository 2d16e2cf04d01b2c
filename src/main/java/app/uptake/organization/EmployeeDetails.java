package app.uptake.organization;

import java.util.List;
import java.util.Set;

/** One employee with their place in the organisation, as shown on their profile page. */
public record EmployeeDetails(EmployeeSummary summary, String locale, String crmUserId, Set<Role> roles,
        boolean canSignIn, List<EmployeeSummary> directReports, List<String> orgPath) {
}
