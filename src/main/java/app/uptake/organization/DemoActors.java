package app.uptake.organization;

import app.uptake.organization.internal.DemoCompany;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Lets demo data be made the way people would make it: through the secured services, signed in as one of the demo
 * logins, so every rule and every audit entry applies. Exists only while the demo company is enabled.
 */
@Component
@ConditionalOnBooleanProperty("uptake.demo.enabled")
public class DemoActors {

    /** The five demo logins, by what they stand for. */
    public enum Login {
        EMPLOYEE(DemoCompany.EMPLOYEE_LOGIN), MANAGER(DemoCompany.MANAGER_LOGIN), HR(DemoCompany.HR_LOGIN),
        EXECUTIVE(DemoCompany.EXECUTIVE_LOGIN), ADMIN(DemoCompany.ADMIN_LOGIN);

        private final String username;

        Login(String username) {
            this.username = username;
        }
    }

    private final UserDetailsService users;

    DemoActors(UserDetailsService users) {
        this.users = users;
    }

    /** Runs the work signed in as the login, and restores whoever was signed in before. */
    public <T> T as(Login login, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails details = users.loadUserByUsername(login.username);
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
