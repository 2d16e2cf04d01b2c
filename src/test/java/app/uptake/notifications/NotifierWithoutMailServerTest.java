package app.uptake.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.support.TestPeople;
import app.uptake.support.UptakeSpringTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** No SMTP server listens on the test mail port here: the e-mail fails, the in-app notification stays. */
@UptakeSpringTest
class NotifierWithoutMailServerTest {

    @Autowired
    Notifier notifier;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedMailIsRecordedAndTheNotificationKept() {
        people = new TestPeople(jdbc);
        TestPeople.Person mia = people.employee("Mia", "Moser", "en", null, null);

        long id = notifier.notify(mia.id(), "TRAINING_OVERDUE", "training.reminder.overdue",
                List.of(new app.uptake.shared.LocalizedText("M", "M"), java.time.LocalDate.of(2011, 3, 8), 1L), "training");

        Map<String, Object> row = jdbc.queryForMap("select title_en, read_at, mail_state, mail_error from notification "
                + "where id = ?", id);
        assertThat(row.get("title_en")).isEqualTo("Training overdue: M");
        assertThat(row.get("read_at")).isNull();
        assertThat(row.get("mail_state")).isEqualTo("FAILED");
        assertThat((String) row.get("mail_error")).isNotBlank();
    }

    private TestPeople people;

    @org.junit.jupiter.api.AfterEach
    void removeTheTestPeople() {
        if (people != null) {
            people.removeAll();
        }
    }
}
