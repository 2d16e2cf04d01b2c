package app.uptake.organization.internal;

import app.uptake.organization.CurrentUser;
import app.uptake.organization.Role;
import app.uptake.shared.security.SignedInUser;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal kept in the security context after sign-in. */
public class UptakeUserDetails extends User implements SignedInUser {

    private final long accountId;
    private final long employeeId;
    private final String displayName;
    private final Set<Role> roles;
    private final String preferredLocale;

    /** {@code today} decides whether the employee has left; a leaver cannot sign in even before the nightly job. */
    UptakeUserDetails(UserAccountEntity account, LocalDate today) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled() && hasNotLeft(account, today),
                true, true, true,
                account.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.accountId = account.getId();
        this.employeeId = account.getEmployee().getId();
        this.displayName = account.getEmployee().getFullName();
        this.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        this.preferredLocale = account.getPreferredLocale();
    }

    private static boolean hasNotLeft(UserAccountEntity account, LocalDate today) {
        LocalDate end = account.getEmployee().getEndDate();
        return end == null || !end.isBefore(today);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(accountId, employeeId, getUsername(), displayName, roles);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(preferredLocale).map(Locale::forLanguageTag);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
