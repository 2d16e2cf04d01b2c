package app.uptake.goals.internal;

import app.uptake.organization.CurrentUser;
import app.uptake.organization.Role;

/** Who may look at a goal and what hangs on it: executives and the program office every goal, an owner their own. */
public final class GoalAccess {

    private GoalAccess() {
    }

    public static boolean mayView(GoalRow goal, CurrentUser user) {
        return user.hasAnyRole(Role.EXECUTIVE, Role.ADMIN) || goal.ownerId() == user.employeeId();
    }
}
