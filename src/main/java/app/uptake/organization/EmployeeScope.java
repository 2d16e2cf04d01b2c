package app.uptake.organization;

import java.util.Collection;
import java.util.Set;

/** The employees a user may see for one purpose: everybody, or an explicit set. */
public sealed interface EmployeeScope {

    boolean includes(long employeeId);

    /**
     * Whether every one of the people is in the scope: a figure about a group may be shown only when the user may
     * see each member of it (an aggregate over a group reaching outside one's line would tell about others).
     */
    default boolean includesAll(Collection<Long> employeeIds) {
        return employeeIds.stream().allMatch(this::includes);
    }

    /** Every employee of the company. */
    record All() implements EmployeeScope {
        @Override
        public boolean includes(long employeeId) {
            return true;
        }

        @Override
        public boolean includesAll(Collection<Long> employeeIds) {
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
