package app.uptake.notifications.internal;

import app.uptake.organization.EmployeeContact;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a notification's e-mail copy, as plain text in the recipient's language with a link into Uptake, and
 * keeps the outcome on the notification. A failure is logged and stored, never thrown: the in-app notification
 * stays whatever the mail server does.
 *
 * <p>Mail is on when Spring Boot has a mail sender, that is when {@code spring.mail.host} is set.
 */
@Component
public class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    /** One e-mail: the notification it copies, its recipient and its texts in the recipient's language. */
    public record Mail(long notificationId, EmployeeContact recipient, String subject, String body, String route) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcTemplate jdbc;
    private final I18NProvider i18n;
    private final TransactionTemplate ownTransaction;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, I18NProvider i18n,
            PlatformTransactionManager transactions, @Value("${uptake.mail.from:Uptake <uptake@localhost>}") String from,
            @Value("${uptake.public-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.i18n = i18n;
        this.ownTransaction = new TransactionTemplate(transactions);
        // it runs after the notifying transaction committed, so it writes the outcome in a transaction of its own
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        JavaMailSender mail = sender.getIfAvailable();
        // an empty spring.mail.host still makes Spring Boot create a sender, which could reach no server
        return mail != null && !(mail instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank()));
    }

    /** Sends the e-mail and records SENT or FAILED on the notification. */
    public void send(Mail mail) {
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.recipient().email());
            message.setSubject(mail.subject());
            message.setText(text(mail));
            sender.getObject().send(message);
            record(mail.notificationId(), "SENT", null);
        } catch (RuntimeException e) {
            LOG.warn("E-mail for notification {} to employee {} failed; the in-app notification is kept: {}",
                    mail.notificationId(), mail.recipient().employeeId(), e.toString());
            record(mail.notificationId(), "FAILED", String.valueOf(e.getMessage()));
        }
    }

    String text(Mail mail) {
        var language = mail.recipient().language();
        StringBuilder text = new StringBuilder()
                .append(i18n.getTranslation("notification.mail.greeting", language, mail.recipient().name()))
                .append("\n\n").append(mail.body()).append("\n\n");
        if (mail.route() != null) {
            text.append(i18n.getTranslation("notification.mail.open", language, baseUrl + "/" + mail.route()))
                    .append("\n\n");
        }
        return text.append("-- \n").append(i18n.getTranslation("notification.mail.footer", language)).append('\n')
                .toString();
    }

    private void record(long notificationId, String state, String error) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "update notification set mail_state = ?, mail_error = ? where id = ?", state,
                    error == null ? null : error.length() > 500 ? error.substring(0, 500) : error, notificationId));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the e-mail outcome {} of notification {}", state, notificationId, e);
        }
    }
}
