package app.uptake.organization;

import app.uptake.organization.internal.EmployeeRepository;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "which employees may this user see", once, for every module: the person themselves, their
 * management line for everybody below them, HR and admins for all, executives for all in aggregates.
 */
@Service
@Transactional(readOnly = true)
public class VisibilityService {

    private final EmployeeRepository employees;

    VisibilityService(EmployeeRepository employees) {
        this.employees = employees;
    }

    public EmployeeScope scopeOf(CurrentUser user, ScopePurpose purpose) {
        return switch (ScopeRules.reach(user.roles(), purpose)) {
            case EVERYONE -> new EmployeeScope.All();
            case SELF -> new EmployeeScope.Only(Set.of(user.employeeId()));
            case REPORTING_LINE -> {
                Set<Long> ids = new HashSet<>(employees.findReportingLineIds(user.employeeId()));
                ids.add(user.employeeId());
                yield new EmployeeScope.Only(ids);
            }
        };
    }

    public boolean maySee(CurrentUser user, long employeeId, ScopePurpose purpose) {
        if (user.employeeId() == employeeId) {
            return true;
        }
        return scopeOf(user, purpose).includes(employeeId);
    }
}
