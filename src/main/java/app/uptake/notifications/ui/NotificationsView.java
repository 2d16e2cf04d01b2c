package app.uptake.notifications.ui;

import app.uptake.notifications.NotificationItem;
import app.uptake.notifications.NotificationService;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.OffsetLimit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** All of the signed-in user's notifications, newest first, loaded page by page; a click opens one and marks it read. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NotificationItem> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public NotificationsView(NotificationService notifications, CompanyCalendar calendar) {
        this.notifications = notifications;
        setId("notifications");
        addClassName("uptake-page");
        setSizeFull();

        summary.setId("notifications-summary");
        Button markAll = new Button(getTranslation("notifications.markAllRead"), click -> {
            int marked = notifications.markAllRead();
            app.uptake.shared.ui.Notifications.success(getTranslation("notifications.markedRead", marked));
            refresh();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(this::message).setHeader(getTranslation("notifications.message")).setFlexGrow(1)
                .setKey("message");
        grid.addColumn(item -> when(item, getLocale(), calendar.zone())).setHeader(getTranslation("notifications.received"))
                .setAutoWidth(true).setFlexGrow(0).setKey("received");
        grid.addColumn(item -> getTranslation(item.read() ? "notifications.read" : "notifications.unread"))
                .setHeader(getTranslation("notifications.state")).setAutoWidth(true).setFlexGrow(0).setKey("state");
        grid.addItemClickListener(click -> {
            open(click.getItem(), notifications);
            refresh();
        });
        grid.setItems(query -> notifications.mine(new OffsetLimit(query.getOffset(), query.getLimit()), getLocale()).stream(),
                query -> notifications.countMine());

        add(new H2(getTranslation("notifications.title")), summary, markAll, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }

    private void refresh() {
        summary.setText(getTranslation("notifications.summary", notifications.countMine(), notifications.unreadCount()));
        grid.getDataProvider().refreshAll();
    }

    private Div message(NotificationItem item) {
        Span title = new Span(item.title());
        title.getStyle().set("font-weight", item.read() ? "normal" : "600");
        Span body = new Span(item.body());
        body.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div message = new Div(title, body);
        message.getStyle().set("display", "flex").set("flex-direction", "column");
        return message;
    }

    /** When it arrived, as date and time in the reader's language and the company's time zone. */
    static String when(NotificationItem item, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(item.createdAt().atZone(zone));
    }

    /** Marks the notification read and goes where it points, if anywhere. */
    static void open(NotificationItem item, NotificationService notifications) {
        if (!item.read()) {
            notifications.markRead(item.id());
        }
        if (item.route() != null && !item.route().isBlank()) {
            UI.getCurrent().navigate(item.route());
        }
    }
}
