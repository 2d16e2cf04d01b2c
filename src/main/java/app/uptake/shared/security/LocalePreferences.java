package app.uptake.shared.security;

import java.util.Locale;

/** Remembers the language a signed-in user picked, so it applies on their next visit too. */
public interface LocalePreferences {

    void remember(Locale locale);
}
