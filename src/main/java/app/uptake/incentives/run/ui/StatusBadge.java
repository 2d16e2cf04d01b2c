package app.uptake.incentives.run.ui;

import app.uptake.incentives.run.RunStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** A run's status as a badge. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Component owner, RunStatus status) {
        Span badge = new Span(owner.getTranslation(status.messageKey()));
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case PUBLISHED -> badge.getElement().getThemeList().add("success");
            case APPROVED -> badge.getElement().getThemeList().add("contrast");
            default -> { }
        }
        return badge;
    }
}
