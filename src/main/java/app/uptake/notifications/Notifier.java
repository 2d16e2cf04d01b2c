package app.uptake.notifications;

import app.uptake.notifications.internal.NotificationMailer;
import app.uptake.organization.EmployeeContact;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.LocalizedText;
import com.vaadin.flow.i18n.I18NProvider;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How other modules tell someone something: an in-app notification under the bell and the same text by e-mail.
 *
 * <p>The notification is stored in the caller's transaction, rendered in English and German, so the bell shows
 * each reader their own language. The e-mail goes out in the recipient's language only after that transaction
 * has committed: a rollback sends nothing, and a mail server that is down or refuses the address loses no
 * notification (the failure is logged and kept on the notification). Without a mail server
 * ({@code spring.mail.host} unset) only the in-app notification is made.
 *
 * <p>It needs no signed-in user: scheduled jobs call it. Callers decide who may be told what.
 */
@Service
public class Notifier {

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory directory;
    private final I18NProvider i18n;
    private final NotificationMailer mailer;
    private final CompanyCalendar calendar;

    Notifier(JdbcTemplate jdbc, EmployeeDirectory directory, I18NProvider i18n, NotificationMailer mailer,
            CompanyCalendar calendar) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.i18n = i18n;
        this.mailer = mailer;
        this.calendar = calendar;
    }

    /**
     * Notifies an employee. The texts are the translations {@code messageKey + ".title"} and
     * {@code messageKey + ".body"}, filled with the parameters in each language: a {@link LocalizedText} gives its
     * text in that language, a {@link LocalDate} is written in that language's medium date style, anything else
     * as {@link java.text.MessageFormat} writes it.
     *
     * @param kind  what it is about, for filtering and tests (e.g. {@code TRAINING_OVERDUE}); at most 40 characters
     * @param route the in-app route it opens, e.g. {@code training}; null when it opens nothing
     * @return the notification's id
     * @throws IllegalArgumentException when the employee is unknown, a text is missing or the route is not relative
     */
    @Transactional
    public long notify(long recipientId, String kind, String messageKey, List<?> params, String route) {
        if (kind == null || kind.isBlank() || kind.length() > 40) {
            throw new IllegalArgumentException("A kind of 1 to 40 characters is required: " + kind);
        }
        if (route != null && (route.startsWith("/") || route.contains("://") || route.length() > 300)) {
            throw new IllegalArgumentException("The route must be an in-app path without a leading slash: " + route);
        }
        EmployeeContact recipient = directory.contacts(List.of(recipientId)).get(recipientId);
        if (recipient == null) {
            throw new IllegalArgumentException("No employee " + recipientId);
        }
        LocalizedText title = render(messageKey + ".title", params, 300);
        LocalizedText body = render(messageKey + ".body", params, 2000);
        boolean mail = mailer.enabled();

        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into notification (recipient_id, kind, title_en, title_de, body_en, body_de, route,
                                              created_at, mail_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            insert.setLong(1, recipientId);
            insert.setString(2, kind);
            insert.setString(3, title.en());
            insert.setString(4, title.de());
            insert.setString(5, body.en());
            insert.setString(6, body.de());
            insert.setString(7, route);
            insert.setTimestamp(8, Timestamp.from(calendar.now()));
            insert.setString(9, mail ? "PENDING" : "OFF");
            return insert;
        }, key);
        long id = key.getKey().longValue();

        if (mail) {
            NotificationMailer.Mail letter = new NotificationMailer.Mail(id, recipient,
                    title.in(recipient.language()), body.in(recipient.language()), route);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mailer.send(letter);
                }
            });
        }
        return id;
    }

    private LocalizedText render(String key, List<?> params, int maxLength) {
        return new LocalizedText(text(key, params, Locale.ENGLISH, maxLength), text(key, params, Locale.GERMAN, maxLength));
    }

    private String text(String key, List<?> params, Locale locale, int maxLength) {
        Object[] args = params.stream().map(p -> switch (p) {
            case LocalizedText localized -> localized.in(locale);
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
            case null -> "";
            default -> p;
        }).toArray();
        String text = i18n.getTranslation(key, locale, args);
        if (text == null || text.equals("!" + key + "!")) {
            throw new IllegalArgumentException("No text " + key + " in " + locale);
        }
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }
}
