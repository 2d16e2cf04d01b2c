package app.uptake.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.LocalizedText;
import app.uptake.shared.OffsetLimit;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class NotificationServiceTest extends UiTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    Notifier notifier;
    @Autowired
    JdbcTemplate jdbc;

    private long id(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    private long overdue(String login, String module) {
        return notifier.notify(id(login), "TRAINING_OVERDUE", "training.reminder.overdue",
                List.of(new LocalizedText(module, module + " (de)"), LocalDate.of(2011, 3, 8), 1L), "training");
    }

    @Test
    void everybodyListsOnlyTheirOwnNewestFirstInTheirLanguage() {
        signInAs(DemoLogins.EMPLOYEE);
        int before = notifications.countMine();
        long first = overdue(DemoLogins.EMPLOYEE, "First");
        long second = overdue(DemoLogins.EMPLOYEE, "Second");
        long sabines = overdue(DemoLogins.MANAGER, "Sabine's");

        List<NotificationItem> mine = notifications.mine(new OffsetLimit(0, 2), Locale.ENGLISH);
        assertThat(mine).extracting(NotificationItem::id).containsExactly(second, first);
        assertThat(mine.getFirst().title()).isEqualTo("Training overdue: Second");
        assertThat(mine.getFirst().route()).isEqualTo("training");
        assertThat(mine.getFirst().read()).isFalse();
        assertThat(notifications.mine(new OffsetLimit(0, 1), Locale.GERMAN).getFirst().title())
                .isEqualTo("Schulung überfällig: Second (de)");
        assertThat(notifications.mine(new OffsetLimit(1, 1), Locale.ENGLISH)).extracting(NotificationItem::id)
                .containsExactly(first);
        assertThat(notifications.countMine()).isEqualTo(before + 2);
        assertThat(notifications.mine(new OffsetLimit(0, 1000), Locale.ENGLISH)).extracting(NotificationItem::id)
                .doesNotContain(sabines);
    }

    @Test
    void markingReadCountsDownAndOnlyForTheCallersOwn() {
        signInAs(DemoLogins.HR);
        notifications.markAllRead();
        long one = overdue(DemoLogins.HR, "One");
        long two = overdue(DemoLogins.HR, "Two");
        overdue(DemoLogins.HR, "Three");
        long jonas = overdue(DemoLogins.EMPLOYEE, "Jonas's");
        assertThat(notifications.unreadCount()).isEqualTo(3);

        notifications.markRead(one);
        notifications.markRead(one);
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications.mine(new OffsetLimit(0, 3), Locale.ENGLISH))
                .filteredOn(n -> n.id() == one).singleElement().extracting(NotificationItem::read).isEqualTo(true);

        assertThatThrownBy(() -> notifications.markRead(jonas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markRead(-5)).isInstanceOf(NoSuchElementException.class);

        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.markAllRead()).isZero();

        signInAs(DemoLogins.EMPLOYEE);
        // Petra's marking left Jonas's notification unread
        assertThat(notifications.mine(new OffsetLimit(0, 1000), Locale.ENGLISH)).filteredOn(n -> n.id() == jonas)
                .singleElement().extracting(NotificationItem::read).isEqualTo(false);
        assertThat(two).isNotEqualTo(jonas);
    }

    @Test
    void nobodySignedInIsRefused() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> notifications.markAllRead())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> notifications.mine(new OffsetLimit(0, 10), Locale.ENGLISH))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> notifications.markRead(1))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
