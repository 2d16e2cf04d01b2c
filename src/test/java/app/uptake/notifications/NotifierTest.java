package app.uptake.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.LocalizedText;
import app.uptake.support.TestPeople;
import app.uptake.support.TestSmtp;
import app.uptake.support.UptakeSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@UptakeSpringTest
class NotifierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    Notifier notifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private TestPeople people;

    private static final List<Object> PARAMS = List.of(new LocalizedText("Safe customer data", "Sichere Kundendaten"),
            LocalDate.of(2011, 3, 8), 2L);

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        people = new TestPeople(jdbc);
    }

    @org.junit.jupiter.api.AfterEach
    void removeTheTestPeople() {
        people.removeAll();
    }

    @Test
    void storesBothLanguagesAndMailsInTheLanguageTheRecipientPicked() {
        TestPeople.Person greta = people.employee("Greta", "Gruber", "en", null, null);
        people.account(greta, "de");

        long id = notifier.notify(greta.id(), "TRAINING_OVERDUE", "training.reminder.overdue", PARAMS, "training");

        Map<String, Object> row = jdbc.queryForMap("select * from notification where id = ?", id);
        // JdbcTemplate's row maps ignore the case of column names, which H2 and PostgreSQL report differently
        assertThat(((Number) row.get("recipient_id")).longValue()).isEqualTo(greta.id());
        assertThat(row.get("title_en")).isEqualTo("Training overdue: Safe customer data");
        assertThat(row.get("title_de")).isEqualTo("Schulung überfällig: Sichere Kundendaten");
        assertThat(row.get("body_en")).isEqualTo("The training module “Safe customer data” was due on Mar 8, 2011. "
                + "Please complete it as soon as you can; under My training you continue where you stopped.");
        assertThat(row.get("route")).isEqualTo("training");
        assertThat(row.get("read_at")).isNull();
        assertThat(row.get("mail_state")).isEqualTo("SENT");

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(TestSmtp.received(SMTP)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(greta.email());
            assertThat(mail.subject()).isEqualTo("Schulung überfällig: Sichere Kundendaten");
            // SMTP drops the final line break
            assertThat(mail.body()).isEqualTo("""
                    Guten Tag Greta Gruber,

                    Das Schulungsmodul „Sichere Kundendaten“ war am 08.03.2011 fällig. Bitte schließen Sie es so bald \
                    wie möglich ab; unter Meine Schulungen machen Sie dort weiter, wo Sie aufgehört haben.

                    In Uptake öffnen: http://localhost:8080/training

                    --\s
                    Diese E-Mail ist die Kopie einer Benachrichtigung in Uptake. Alle Ihre Benachrichtigungen finden \
                    Sie unter der Glocke oben auf jeder Seite.""");
        });
    }

    @Test
    void withoutAPickedLanguageTheMailIsInTheLanguageHrRecorded() {
        TestPeople.Person hugo = people.employee("Hugo", "Hale", "en", null, null);
        TestPeople.Person ida = people.employee("Ida", "Illner", "de", null, null);
        TestPeople.Person jan = people.employee("Jan", "Jansen", "fr", null, null);
        people.account(ida, null);

        notifier.notify(hugo.id(), "TRAINING_DUE_SOON", "training.reminder.dueSoon", PARAMS, null);
        notifier.notify(ida.id(), "TRAINING_DUE_SOON", "training.reminder.dueSoon", PARAMS, null);
        notifier.notify(jan.id(), "TRAINING_DUE_SOON", "training.reminder.dueSoon", PARAMS, null);

        assertThat(SMTP.waitForIncomingEmail(5000, 3)).isTrue();
        assertThat(TestSmtp.received(SMTP)).extracting(TestSmtp.Mail::to, TestSmtp.Mail::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(hugo.email(), "Training due in 2 days: Safe customer data"),
                org.assertj.core.groups.Tuple.tuple(ida.email(), "Schulung in 2 Tagen fällig: Sichere Kundendaten"),
                // a language Uptake does not speak: English
                org.assertj.core.groups.Tuple.tuple(jan.email(), "Training due in 2 days: Safe customer data"));
        // no route: no link
        assertThat(TestSmtp.received(SMTP)).allSatisfy(mail -> assertThat(mail.body()).doesNotContain("http"));
    }

    @Test
    void aRolledBackTransactionLeavesNoNotificationAndSendsNoMail() throws InterruptedException {
        TestPeople.Person kai = people.employee("Kai", "Kurz", "en", null, null);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifier.notify(kai.id(), "TRAINING_OVERDUE", "training.reminder.overdue", PARAMS, "training");
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Long.class, kai.id()))
                .isZero();
        // nothing to Kai (a message of an earlier test may still be landing, so look at the recipients)
        Thread.sleep(500);
        assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(kai.email()));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).isEmpty();
    }

    @Test
    void refusesUnknownPeopleTextsAndRoutes() {
        TestPeople.Person lea = people.employee("Lea", "Lang", "en", null, null);
        assertThatThrownBy(() -> notifier.notify(-1, "X", "training.reminder.overdue", PARAMS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No employee");
        assertThatThrownBy(() -> notifier.notify(lea.id(), "X", "no.such.text", PARAMS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.text.title");
        assertThatThrownBy(() -> notifier.notify(lea.id(), "X", "training.reminder.overdue", PARAMS, "/training"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("route");
        assertThatThrownBy(() -> notifier.notify(lea.id(), " ", "training.reminder.overdue", PARAMS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Long.class, lea.id()))
                .isZero();
    }
}
