package app.uptake.incentives.run.ui;

import app.uptake.incentives.run.RunSummary;
import app.uptake.shared.DateRange;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** How the run views write periods, amounts and times. */
final class RunTexts {

    private RunTexts() {
    }

    static String period(DateRange period, Locale locale) {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return days.format(period.from()) + " – " + days.format(period.to());
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    /** A difference with its sign, so that +0.00 reads as "no change". */
    static String signedMoney(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "–";
        }
        return (amount.signum() > 0 ? "+" : "") + money(amount, currency, locale);
    }

    static String time(java.time.Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(instant);
    }

    static String title(Component owner, Locale locale, RunSummary run) {
        return owner.getTranslation("incentiveRuns.run.title", run.planName().in(locale), period(run.period(), locale));
    }
}
