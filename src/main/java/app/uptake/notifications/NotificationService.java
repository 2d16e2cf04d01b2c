package app.uptake.notifications;

import app.uptake.organization.CurrentUserService;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.LocalizedText;
import app.uptake.shared.OffsetLimit;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications: read them, count the unread ones, mark them read. Nobody sees another's. */
@Service
public class NotificationService {

    private final JdbcTemplate jdbc;
    private final CurrentUserService users;
    private final CompanyCalendar calendar;

    NotificationService(JdbcTemplate jdbc, CurrentUserService users, CompanyCalendar calendar) {
        this.jdbc = jdbc;
        this.users = users;
        this.calendar = calendar;
    }

    /** A page of the caller's notifications, newest first, in the locale's language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(OffsetLimit page, Locale locale) {
        long me = users.require().employeeId();
        return jdbc.query("""
                select id, kind, title_en, title_de, body_en, body_de, route, created_at, read_at from notification
                where recipient_id = ? order by created_at desc, id desc limit ? offset ?""",
                (rs, n) -> new NotificationItem(rs.getLong(1), rs.getString(2),
                        new LocalizedText(rs.getString(3), rs.getString(4)).in(locale),
                        new LocalizedText(rs.getString(5), rs.getString(6)).in(locale), rs.getString(7),
                        rs.getTimestamp(8).toInstant(), rs.getTimestamp(9) != null),
                me, page.limit(), page.offset());
    }

    /** How many notifications the caller has. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countMine() {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Integer.class,
                users.require().employeeId());
    }

    /** How many of the caller's notifications are unread: the number on the bell. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and read_at is null",
                Integer.class, users.require().employeeId());
    }

    /**
     * Marks one of the caller's notifications read; marking it again changes nothing.
     *
     * @throws AccessDeniedException  when it is someone else's
     * @throws NoSuchElementException when there is no such notification
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long notificationId) {
        long me = users.require().employeeId();
        List<Long> owner = jdbc.queryForList("select recipient_id from notification where id = ?", Long.class,
                notificationId);
        if (owner.isEmpty()) {
            throw new NoSuchElementException("No notification " + notificationId);
        }
        if (owner.getFirst() != me) {
            throw new AccessDeniedException("Notification " + notificationId + " is not the caller's");
        }
        jdbc.update("update notification set read_at = ? where id = ? and read_at is null",
                Timestamp.from(calendar.now()), notificationId);
    }

    /** Marks all the caller's unread notifications read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return jdbc.update("update notification set read_at = ? where recipient_id = ? and read_at is null",
                Timestamp.from(calendar.now()), users.require().employeeId());
    }
}
