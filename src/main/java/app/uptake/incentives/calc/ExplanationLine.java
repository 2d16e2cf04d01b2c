package app.uptake.incentives.calc;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One step of an explanation as an i18n key with its arguments, not a sentence, so that a statement reads in the
 * employee's language. Arguments are numbers, dates, strings, {@link app.uptake.shared.LocalizedText} names and
 * {@link Label}s (keys translated first); {@link ExplanationRenderer} fills them in.
 *
 * <p>Numbers are kept as computed, without trailing zeros, so the texts decide how many decimals to show.
 */
public record ExplanationLine(String key, List<Object> args) {

    public ExplanationLine {
        Objects.requireNonNull(key, "key");
        args = args.stream().map(ExplanationLine::normalized).toList();
    }

    public static ExplanationLine of(String key, Object... args) {
        return new ExplanationLine(key, Arrays.asList(args));
    }

    private static Object normalized(Object arg) {
        Objects.requireNonNull(arg, "explanation argument");
        return arg instanceof BigDecimal number ? Decimals.shown(number) : arg;
    }
}
