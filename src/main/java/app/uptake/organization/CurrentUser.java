package app.uptake.organization;

import java.util.Set;

/** The signed-in user: their account, the employee they are, and their roles. */
public record CurrentUser(long accountId, long employeeId, String username, String displayName, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
