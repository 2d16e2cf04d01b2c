package app.uptake.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Base for browserless UI tests: the whole application, and sign-in as any demo user. */
@UptakeSpringTest
public abstract class UiTest extends SpringBrowserlessTest {

    @Autowired
    private UserDetailsService users;

    /** Signs in as the given demo login, as the login form would. */
    protected void signInAs(String login) {
        UserDetails details = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    @AfterEach
    protected void signOut() {
        SecurityContextHolder.clearContext();
    }
}
