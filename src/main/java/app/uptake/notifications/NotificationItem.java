package app.uptake.notifications;

import java.time.Instant;

/**
 * One of the signed-in user's notifications, in the language they asked for.
 *
 * @param route the in-app route it opens (e.g. {@code training}), or null
 */
public record NotificationItem(long id, String kind, String title, String body, String route, Instant createdAt,
        boolean read) {
}
