package app.uptake.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Sign-in through the same authentication manager the login form uses, with bcrypt hashes from the database. */
@UptakeSpringTest
class SignInTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserAccountRepository accounts;

    private Authentication signIn(String user, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() {
        Authentication auth = signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD);
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_EMPLOYEE", "ROLE_MANAGER");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        assertThat(accounts.findByUsernameIgnoreCase(DemoLogins.EMPLOYEE).orElseThrow().getPasswordHash())
                .startsWith("$2").doesNotContain(DemoLogins.PASSWORD);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailAlike() {
        assertThatThrownBy(() -> signIn(DemoLogins.EXECUTIVE, "wrong")).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        assertThatThrownBy(() -> signIn("nobody@example.com", "wrong")).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
    }

    @Test
    void fiveFailuresBlockTheNameEvenForTheRightPassword() {
        String user = "lea.albrecht@hansen-antriebstechnik.example";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(user, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(user, DemoLogins.PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(signIn(DemoLogins.MANAGER, DemoLogins.PASSWORD).isAuthenticated())
                .as("other names are not affected").isTrue();
    }
}
