package app.uptake.organization.internal;

import app.uptake.shared.security.LocalePreferences;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the language picked in the user menu on the signed-in user's account. */
@Service
class AccountLocalePreferences implements LocalePreferences {

    private final UserAccountRepository accounts;

    AccountLocalePreferences(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void remember(Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof UptakeUserDetails) {
            accounts.findByUsernameIgnoreCase(auth.getName())
                    .ifPresent(account -> account.setPreferredLocale(locale.toLanguageTag()));
        }
    }
}
