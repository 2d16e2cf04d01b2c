package app.uptake.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.ui.UptakeI18nProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail is off unless Spring Boot made a sender for a mail host: so the app starts and runs without a mail server. */
class NotificationMailerTest {

    private static NotificationMailer with(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new NotificationMailer(beans.getBeanProvider(JavaMailSender.class), null, new UptakeI18nProvider(), null,
                "Uptake <uptake@localhost>", "http://localhost:8080/");
    }

    @Test
    void offWithoutAMailSenderOrWithAnEmptyHost() {
        assertThat(with(null).enabled()).isFalse();
        assertThat(with(new JavaMailSenderImpl()).enabled()).isFalse();
        JavaMailSenderImpl blank = new JavaMailSenderImpl();
        blank.setHost(" ");
        assertThat(with(blank).enabled()).isFalse();
        JavaMailSenderImpl configured = new JavaMailSenderImpl();
        configured.setHost("smtp.example.com");
        assertThat(with(configured).enabled()).isTrue();
    }
}
