package app.uptake.incentives.statement.ui;

import app.uptake.incentives.statement.Inquiry;
import app.uptake.incentives.statement.StatementLine;
import app.uptake.incentives.statement.StatementPeriod;
import app.uptake.shared.DateRange;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** How the statement views write periods, money, times and statement lines. */
final class StatementTexts {

    private StatementTexts() {
    }

    static String period(DateRange period, Locale locale) {
        String name = StatementPeriod.name(period, locale);
        return name != null ? name : period.from() + " – " + period.to();
    }

    static String money(BigDecimal amount, Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount);
    }

    static String time(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(at.atZone(zone));
    }

    static String date(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(at.atZone(zone));
    }

    /** A line's name: the component's own, or the translated fixed line. */
    static String line(Component owner, StatementLine line, Locale locale) {
        return line.isComponent() ? line.componentName().in(locale) : owner.getTranslation("statements.line." + line.code());
    }

    /** A fixed line translated, a component by its code: for lists of many statements' lines. */
    static String fixedOrCode(Component owner, String code) {
        return isFixed(code) ? owner.getTranslation("statements.line." + code) : code;
    }

    private static boolean isFixed(String code) {
        return Inquiry.TOTAL.equals(code) || Inquiry.GATES.equals(code) || Inquiry.ADJUSTMENTS.equals(code);
    }

    /** A stored inquiry's line, named as the statement names it where the code is still among its lines. */
    static String line(Component owner, String code, List<StatementLine> lines, Locale locale) {
        if (isFixed(code)) {
            return owner.getTranslation("statements.line." + code);
        }
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().map(l -> line(owner, l, locale))
                .orElse(code);
    }
}
