package app.uptake.organization;

import java.util.Set;

/**
 * The rules of who may see whom, free of any database, so they can be read and tested in one place.
 * {@link VisibilityService} applies them to the real reporting lines.
 */
public final class ScopeRules {

    /** How far a user's view reaches. */
    public enum Reach {
        /** Only their own data. */
        SELF,
        /** Themselves and everybody whose reporting line runs through them. */
        REPORTING_LINE,
        /** Everybody. */
        EVERYONE
    }

    private ScopeRules() {
    }

    public static Reach reach(Set<Role> roles, ScopePurpose purpose) {
        if (roles.contains(Role.ADMIN) || roles.contains(Role.HR)) {
            return Reach.EVERYONE;
        }
        if (purpose == ScopePurpose.AGGREGATE && roles.contains(Role.EXECUTIVE)) {
            return Reach.EVERYONE;
        }
        // An executive is at the top of a management line too, and sees it in person like any manager.
        if (roles.contains(Role.MANAGER) || roles.contains(Role.EXECUTIVE)) {
            return Reach.REPORTING_LINE;
        }
        return Reach.SELF;
    }
}
