package app.uptake.goals.ui;

import app.uptake.goals.progress.Progress;
import app.uptake.goals.progress.ProgressStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The small signs of a target's progress shared by the goal views: its status as a badge and its attainment of the
 * expected-to-date as a bar with the percentage. Without progress (the caller may not see the scope's figures) both
 * show "–".
 */
final class ProgressBadges {

    static final String NONE = "–";

    private ProgressBadges() {
    }

    /** The text of the status: on track, at risk, off track, not started, no data; "–" without progress. */
    static String statusText(Progress progress, BiFunction<String, Object[], String> i18n) {
        if (progress == null) {
            return NONE;
        }
        if (!progress.started()) {
            return i18n.apply("goalProgress.notStarted", new Object[0]);
        }
        return i18n.apply(progress.status().messageKey(), new Object[0]);
    }

    static Span status(Progress progress, String id, BiFunction<String, Object[], String> i18n) {
        Span badge = new Span(statusText(progress, i18n));
        badge.setId(id);
        if (progress != null) {
            String variant = !progress.started() ? "contrast" : switch (progress.status()) {
                case ON_TRACK -> "success";
                case AT_RISK -> "warning";
                case OFF_TRACK -> "error";
                case NO_DATA -> "contrast";
            };
            badge.getElement().getThemeList().add("badge " + variant);
        }
        return badge;
    }

    /** "87 %": the attainment in whole per cent; "–" when there is none to show. */
    static String percent(BigDecimal attainment, Locale locale, BiFunction<String, Object[], String> i18n) {
        if (attainment == null) {
            return NONE;
        }
        return i18n.apply("goals.percent", new Object[] {GoalNumbers.format(attainment.movePointRight(2), 0, locale)});
    }

    /**
     * The attainment of the expected-to-date as a bar filled up to 100 % and the percentage beside it (which may be
     * more); the bar is named for screen readers.
     */
    static Div attainment(Progress progress, String id, Locale locale, BiFunction<String, Object[], String> i18n) {
        Div cell = new Div();
        cell.setId(id);
        cell.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        BigDecimal attainment = progress == null ? null : progress.attainment();
        String text = percent(attainment, locale, i18n);
        Span label = new Span(text);
        label.setId(id + "-label");
        label.getStyle().set("min-width", "3.5rem").set("text-align", "end");
        if (attainment != null) {
            ProgressBar bar = new ProgressBar(0, 1, Math.min(1, attainment.doubleValue()));
            bar.setWidth("6rem");
            bar.getElement().setAttribute("aria-label", i18n.apply("goalProgress.attainmentOfExpected",
                    new Object[] {text}));
            if (progress.status() == ProgressStatus.ON_TRACK) {
                bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
            } else if (progress.status() == ProgressStatus.OFF_TRACK) {
                bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
            } else {
                bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
            }
            cell.add(bar);
        }
        cell.add(label);
        return cell;
    }
}
