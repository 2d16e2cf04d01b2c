package app.uptake.incentives.calc;

import app.uptake.shared.LocalizedText;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns explanation lines and refusal keys into text in one language: {@link Label}s and {@link LocalizedText}s are
 * resolved and dates formatted for the locale before the message's own pattern fills them in. Statements, the
 * what-if page and tests use the same renderer, so what an employee reads is what was tested.
 */
public final class ExplanationRenderer {

    private final I18NProvider i18n;
    private final Locale locale;
    private final DateTimeFormatter dates;

    public ExplanationRenderer(I18NProvider i18n, Locale locale) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public String render(ExplanationLine line) {
        return render(line.key(), line.args().toArray());
    }

    public List<String> render(List<ExplanationLine> lines) {
        return lines.stream().map(this::render).toList();
    }

    public String render(String key, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = resolve(args[i]);
        }
        return i18n.getTranslation(key, locale, resolved);
    }

    private Object resolve(Object arg) {
        return switch (arg) {
            case Label label -> i18n.getTranslation(label.key(), locale);
            case LocalizedText text -> text.in(locale);
            case LocalDate day -> dates.format(day);
            case null -> "";
            default -> arg;
        };
    }
}
