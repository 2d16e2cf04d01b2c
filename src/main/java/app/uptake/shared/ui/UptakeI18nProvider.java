package app.uptake.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * English and German texts from {@code vaadin-i18n/translations*.properties}. English comes first, so a
 * browser asking for any other language gets English; a missing key shows as {@code !key!} and is logged.
 */
@Component
public class UptakeI18nProvider implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger LOG = LoggerFactory.getLogger(UptakeI18nProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return MainLayout.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundleFor(locale);
        if (!bundle.containsKey(key)) {
            LOG.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(params);
    }

    private static ResourceBundle bundleFor(Locale locale) {
        Locale language = locale != null && Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                ? Locale.GERMAN : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
        }
    }
}
