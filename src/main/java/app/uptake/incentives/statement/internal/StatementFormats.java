package app.uptake.incentives.statement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money and dates as the statement's language writes them: {@code 1.234,56 €} and {@code 57,5 %} in German,
 * {@code €1,234.56} and {@code 57.5%} in English. Only for showing: the figures themselves are never rounded here but
 * in the calculation. Not thread-safe (java.text formats are not); one per document.
 */
public final class StatementFormats {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private final Locale locale;
    private final NumberFormat money;
    private final NumberFormat signedMoney;
    private final DecimalFormat number;
    private final DateTimeFormatter dates;
    private final ZoneId zone;
    private final int fractionDigits;

    public StatementFormats(Locale locale, Currency currency, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        this.money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(currency);
        money.setMinimumFractionDigits(fractionDigits);
        money.setMaximumFractionDigits(fractionDigits);
        money.setRoundingMode(RoundingMode.HALF_EVEN);
        this.signedMoney = (NumberFormat) money.clone();
        if (signedMoney instanceof DecimalFormat format) {
            format.setPositivePrefix("+" + format.getPositivePrefix());
        }
        this.number = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        number.setRoundingMode(RoundingMode.HALF_EVEN);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** An amount in the currency, to its minor unit. */
    public String money(BigDecimal amount) {
        return money.format(amount);
    }

    /** An amount with its sign, {@code +250,00 €} or {@code −70,50 €}. */
    public String signedMoney(BigDecimal amount) {
        return signedMoney.format(amount).replace('-', '−');
    }

    /** A percentage with at most two decimals; German puts a (non-breaking) space before the sign. */
    public String percent(BigDecimal percent) {
        String shown = number(percent);
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? shown + NO_BREAK_SPACE + "%" : shown + "%";
    }

    /** A number with grouping and at most two decimals. */
    public String number(BigDecimal value) {
        return number.format(value).replace('-', '−');
    }

    public String date(LocalDate day) {
        return dates.format(day);
    }

    /** The day of an instant in the company's zone. */
    public String date(Instant instant) {
        return dates.format(LocalDate.ofInstant(instant, zone));
    }

    public int fractionDigits() {
        return fractionDigits;
    }
}
