package app.uptake.notifications.ui;

import app.uptake.notifications.NotificationItem;
import app.uptake.notifications.NotificationService;
import app.uptake.shared.OffsetLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;

/**
 * The bell in the top bar: the number of unread notifications, refreshed on every navigation, and on click the
 * latest ones with "mark all as read" and a link to all of them. Opening one marks it read and goes where it
 * points.
 */
public class NotificationBell extends Div implements AfterNavigationObserver {

    static final int LATEST = 6;

    private final NotificationService notifications;
    private final ZoneId zone;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span unread = new Span();
    private final Popover popover = new Popover();
    private final Div latest = new Div();

    public NotificationBell(NotificationService notifications, ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
        setId("notification-bell");
        getStyle().set("position", "relative").set("display", "inline-flex");

        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        unread.setId("notification-unread");
        unread.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        unread.getStyle().set("position", "absolute").set("top", "-0.4em").set("right", "-0.6em")
                .set("pointer-events", "none");

        latest.setId("notification-latest");
        latest.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("max-height", "60vh").set("overflow", "auto");
        Button markAll = new Button(getTranslation("notifications.markAllRead"), click -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        RouterLink all = new RouterLink(getTranslation("notifications.showAll"), NotificationsView.class);
        all.setId("notification-show-all");
        all.getElement().addEventListener("click", e -> popover.close());
        Div footer = new Div(markAll, all);
        footer.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "center")
                .set("gap", "var(--lumo-space-m)").set("margin-top", "var(--lumo-space-s)");

        popover.setId("notification-popover");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.add(latest, footer);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        add(bell, unread, popover);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Shows the current unread count and, when open, the latest notifications. */
    void refresh() {
        int count = notifications.unreadCount();
        unread.setText(count > 99 ? "99+" : String.valueOf(count));
        unread.setVisible(count > 0);
        bell.setAriaLabel(getTranslation("notifications.bell", count));
        bell.setTooltipText(getTranslation("notifications.bell", count));
        if (popover.isOpened()) {
            showLatest();
        }
    }

    private void showLatest() {
        latest.removeAll();
        List<NotificationItem> items = notifications.mine(new OffsetLimit(0, LATEST), getLocale());
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notifications.empty"));
            none.setId("notification-none");
            latest.add(none);
        }
        for (NotificationItem item : items) {
            latest.add(entry(item));
        }
    }

    private Div entry(NotificationItem item) {
        Span title = new Span(item.title());
        title.getStyle().set("font-weight", item.read() ? "normal" : "600");
        Span body = new Span(item.body());
        body.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span when = new Span(NotificationsView.when(item, getLocale(), zone));
        when.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-tertiary-text-color)");
        Div entry = new Div(title, body, when);
        entry.setId("notification-" + item.id());
        entry.getStyle().set("display", "flex").set("flex-direction", "column").set("cursor", "pointer")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)");
        if (!item.read()) {
            entry.getStyle().set("background", "var(--lumo-primary-color-10pct)");
        }
        entry.addClickListener(click -> {
            popover.close();
            NotificationsView.open(item, notifications);
            refresh();
        });
        return entry;
    }
}
