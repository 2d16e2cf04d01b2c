package app.uptake.organization;

import app.uptake.organization.internal.UptakeUserDetails;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is signed in, for services that decide what the caller may see or do. */
@Service
public class CurrentUserService {

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UptakeUserDetails details) {
            return Optional.of(details.toCurrentUser());
        }
        return Optional.empty();
    }

    /** The signed-in user; fails when nobody is signed in, which a secured service never expects. */
    public CurrentUser require() {
        return current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
