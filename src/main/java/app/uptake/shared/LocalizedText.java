package app.uptake.shared;

import java.util.Locale;
import java.util.Objects;

/** A text the product carries in English and German, such as a metric's name. */
public record LocalizedText(String en, String de) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(de, "de");
    }

    /** The text in the locale's language; English for any language other than German. */
    public String in(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? de : en;
    }
}
