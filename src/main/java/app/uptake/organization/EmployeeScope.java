package app.uptake.organization;

import java.util.Set;

/** The employees a user may see for one purpose: everybody, or an explicit set. */
public sealed interface EmployeeScope {

    boolean includes(long employeeId);

    /** Every employee of the company. */
    record All() implements EmployeeScope {
        @Override
        public boolean includes(long employeeId) {
            return true;
        }
    }

    /** Only these employees. */
    record Only(Set<Long> employeeIds) implements EmployeeScope {
        public Only {
            employeeIds = Set.copyOf(employeeIds);
        }

        @Override
        public boolean includes(long employeeId) {
            return employeeIds.contains(employeeId);
        }
    }
}
