package app.uptake.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.notifications.NotificationService;
import app.uptake.notifications.Notifier;
import app.uptake.organization.ui.HomeView;
import app.uptake.shared.LocalizedText;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import app.uptake.training.ui.MyTrainingView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverTester;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class NotificationBellTest extends UiTest {

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    private long notifyOverdue(String login, String module) {
        long employee = jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
        return notifier.notify(employee, "TRAINING_OVERDUE", "training.reminder.overdue",
                List.of(new LocalizedText(module, module + " DE"), LocalDate.of(2026, 11, 2), 3L), "training");
    }

    /** The badge, also when it is hidden (the component query finds visible components only). */
    private Span badge() {
        return $(Div.class).id("notification-bell").getChildren()
                .filter(c -> c.getId().orElse("").equals("notification-unread")).map(Span.class::cast).findFirst()
                .orElseThrow();
    }

    private PopoverTester popover() {
        return test($(Popover.class).id("notification-popover"));
    }

    @Test
    void theBadgeCountsTheUnreadAndOpeningOneMarksItReadAndGoesThere() {
        signInAs(DemoLogins.EMPLOYEE);
        notifications.markAllRead();
        navigate(HomeView.class);
        assertThat(badge().isVisible()).isFalse();

        notifyOverdue(DemoLogins.EMPLOYEE, "Older module");
        long newest = notifyOverdue(DemoLogins.EMPLOYEE, "Newest module");
        notifyOverdue(DemoLogins.MANAGER, "Sabine's module");
        navigate(HomeView.class);
        assertThat(badge().isVisible()).isTrue();
        assertThat(badge().getText()).isEqualTo("2");
        assertThat($(Button.class).id("notification-bell-button").getAriaLabel()).contains("Notifications, 2 unread");

        popover().clickTarget();
        assertThat(popover().isOpen()).isTrue();
        Div entry = $(Div.class).id("notification-" + newest);
        assertThat(entry.getChildren().map(c -> ((Span) c).getText()).toList().getFirst())
                .isEqualTo("Training overdue: Newest module");
        assertThat($(Div.class).id("notification-latest").getChildren().count()).isGreaterThanOrEqualTo(2);

        test(entry).click();
        assertThat(getCurrentView()).isInstanceOf(MyTrainingView.class);
        assertThat(popover().isOpen()).isFalse();
        assertThat(badge().getText()).isEqualTo("1");

        popover().clickTarget();
        test($(Button.class).id("notification-mark-all")).click();
        assertThat(badge().isVisible()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void withNothingThereItSaysSoAndLinksToAllNotificationsInGerman() {
        signInAs(DemoLogins.HR);
        // other tests notify Petra too: start from none
        jdbc.update("delete from notification where recipient_id = (select id from employee where email = ?)",
                DemoLogins.HR);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(HomeView.class);
        popover().clickTarget();
        assertThat($(Paragraph.class).id("notification-none").getText()).isEqualTo("Noch keine Benachrichtigungen.");
        assertThat($(Button.class).id("notification-bell-button").getAriaLabel())
                .contains("Benachrichtigungen, keine ungelesen");
        RouterLink all = $(RouterLink.class).id("notification-show-all");
        assertThat(all.getText()).isEqualTo("Alle Benachrichtigungen");
        test(all).click();
        assertThat(getCurrentView()).isInstanceOf(NotificationsView.class);
    }
}
