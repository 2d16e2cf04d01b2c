package app.uptake.organization.internal;

import app.uptake.organization.CurrentUser;

/** Test access to the principal built from an account, as sign-in builds it. */
public final class UptakeUserDetailsAccess {

    private UptakeUserDetailsAccess() {
    }

    public static CurrentUser currentUserOf(UserAccountEntity account) {
        return new UptakeUserDetails(account, java.time.LocalDate.now()).toCurrentUser();
    }
}
