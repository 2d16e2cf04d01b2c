package app.uptake.adoption.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Per cent figures of the adoption views: one decimal at most, "–" for a missing figure. */
final class Percent {

    private Percent() {
    }

    static String format(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        return number(percent, locale) + " %";
    }

    static String number(BigDecimal value, Locale locale) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    /** A number as typed in either language ("92,5" or "92.5", a trailing % allowed); null when it is none. */
    static BigDecimal parse(String text) {
        String plain = text == null ? "" : text.strip().replace("%", "").strip().replace(',', '.');
        if (!plain.matches("\\d{1,6}(\\.\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}
