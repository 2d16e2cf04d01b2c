package app.uptake.goals.ui;

import app.uptake.goals.GoalSummary;
import app.uptake.metrics.MetricUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/** Numbers of the goal views in the user's language: shown rounded to the metric's unit, typed in either style. */
final class GoalNumbers {

    private GoalNumbers() {
    }

    static String format(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value.setScale(decimals, RoundingMode.HALF_EVEN));
    }

    static String format(BigDecimal value, MetricUnit unit, Locale locale) {
        return format(value, unit.decimals(), locale);
    }

    /** "+1.5 (+12.0 %)": the change of the target against the baseline, absolute and relative. */
    static String change(GoalSummary goal, Locale locale, java.util.function.BiFunction<String, Object[], String> i18n) {
        return change(goal.target(), goal.baseline(), goal.unit(), locale, i18n);
    }

    static String change(BigDecimal target, BigDecimal baseline, MetricUnit unit, Locale locale,
            java.util.function.BiFunction<String, Object[], String> i18n) {
        if (baseline == null) {
            return "–";
        }
        BigDecimal difference = target.subtract(baseline);
        String absolute = signed(format(difference, unit, locale), difference);
        if (baseline.signum() == 0) {
            return absolute;
        }
        BigDecimal percent = difference.multiply(BigDecimal.valueOf(100)).divide(baseline.abs(), 1, RoundingMode.HALF_EVEN);
        return i18n.apply("goals.change", new Object[] {absolute, signed(format(percent, 1, locale), percent)});
    }

    private static String signed(String text, BigDecimal value) {
        return value.signum() > 0 ? "+" + text : text;
    }

    /**
     * The text as a number in the user's language ("12,5" in German, "12.5" in English; grouping allowed), or
     * empty when it is not a number (callers treat blank as "not filled in" before asking).
     */
    static Optional<BigDecimal> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        String clean = text.strip().replace(" ", "").replace("\u00a0", "");
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        if (clean.indexOf(symbols.getDecimalSeparator()) < 0 && clean.indexOf(symbols.getGroupingSeparator()) >= 0
                && clean.matches("-?\\d+\\.\\d+")) {
            // "12.5" typed in German: a decimal point, not thousands
            clean = clean.replace('.', symbols.getDecimalSeparator());
        }
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(clean, position);
        if (parsed == null || position.getIndex() != clean.length()) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) parsed);
    }
}
