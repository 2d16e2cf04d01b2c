package app.uptake.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.notifications.NotificationItem;
import app.uptake.notifications.NotificationService;
import app.uptake.notifications.Notifier;
import app.uptake.shared.LocalizedText;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import app.uptake.training.ui.MyTrainingView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class NotificationsViewTest extends UiTest {

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    private long dueSoon(String login, String module) {
        long employee = jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
        return notifier.notify(employee, "TRAINING_DUE_SOON", "training.reminder.dueSoon",
                List.of(new LocalizedText(module, module + " DE"), LocalDate.of(2026, 12, 1), 7L), "training");
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<NotificationItem>, NotificationItem> grid() {
        return test($(Grid.class).id("notifications-grid"));
    }

    @Test
    void listsTheCallersNotificationsNewestFirstAndOpensOne() {
        signInAs(DemoLogins.EXECUTIVE);
        notifications.markAllRead();
        dueSoon(DemoLogins.EXECUTIVE, "Module A");
        long b = dueSoon(DemoLogins.EXECUTIVE, "Module B");
        long other = dueSoon(DemoLogins.EMPLOYEE, "Jonas's module");
        int total = notifications.countMine();

        navigate(NotificationsView.class);
        assertThat($(Paragraph.class).id("notifications-summary").getText())
                .isEqualTo(total + " notifications, 2 unread");
        assertThat(grid().size()).isEqualTo(total);
        assertThat(grid().getRow(0).id()).isEqualTo(b);
        assertThat(grid().getRow(0).title()).isEqualTo("Training due in 7 days: Module B");
        assertThat(grid().getCellText(0, grid().getColumnPosition("state"))).isEqualTo("Unread");
        for (int row = 0; row < grid().size(); row++) {
            assertThat(grid().getRow(row).id()).isNotEqualTo(other);
        }

        grid().clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(MyTrainingView.class);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void marksAllReadInGerman() {
        signInAs(DemoLogins.ADMIN);
        notifications.markAllRead();
        dueSoon(DemoLogins.ADMIN, "Modul X");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(NotificationsView.class);
        assertThat(grid().getRow(0).title()).isEqualTo("Schulung in 7 Tagen fällig: Modul X DE");
        assertThat(grid().getCellText(0, grid().getColumnPosition("state"))).isEqualTo("Ungelesen");

        test($(Button.class).id("notifications-mark-all")).click();
        assertThat(notifications.unreadCount()).isZero();
        assertThat($(Paragraph.class).id("notifications-summary").getText()).endsWith(", 0 ungelesen");
        assertThat(grid().getCellText(0, grid().getColumnPosition("state"))).isEqualTo("Gelesen");
    }
}
