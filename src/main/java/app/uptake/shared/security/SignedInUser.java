package app.uptake.shared.security;

import java.util.Locale;
import java.util.Optional;

/** What the application shell needs to know about the signed-in user, without knowing where it comes from. */
public interface SignedInUser {

    String displayName();

    /** The language the user chose in the user menu, if they ever did. */
    Optional<Locale> preferredLocale();
}
