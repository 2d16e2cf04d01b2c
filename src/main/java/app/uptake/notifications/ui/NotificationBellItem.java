package app.uptake.notifications.ui;

import app.uptake.notifications.NotificationService;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.ui.NavbarItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.springframework.core.annotation.Order;

/** Puts the notification bell into the application shell's top bar, for signed-in users. */
@org.springframework.stereotype.Component
@Order(10)
class NotificationBellItem implements NavbarItem {

    private final NotificationService notifications;
    private final CurrentUserService users;
    private final CompanyCalendar calendar;

    NotificationBellItem(NotificationService notifications, CurrentUserService users, CompanyCalendar calendar) {
        this.notifications = notifications;
        this.users = users;
        this.calendar = calendar;
    }

    @Override
    public Component create() {
        return users.current().isPresent() ? new NotificationBell(notifications, calendar.zone()) : new Span();
    }
}
