package app.uptake.activity.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Problem texts in English for places without a user's language: API answers, error notes next to files. */
final class EnglishMessages {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);

    private EnglishMessages() {
    }

    static String of(RowProblem problem) {
        return ENGLISH.containsKey(problem.key())
                ? new MessageFormat(ENGLISH.getString(problem.key()), Locale.ENGLISH).format(new Object[] {problem.detail()})
                : problem.key();
    }
}
