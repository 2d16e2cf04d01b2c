package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.uptake.notifications.Notifier;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DatabaseVendor;
import app.uptake.support.TestPeople;
import app.uptake.support.TestPeople.Person;
import app.uptake.support.TestSmtp;
import app.uptake.support.UptakeSpringTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reminder run on days chosen by a test clock, in 2011 so that no demo assignment is near its due date,
 * against a local SMTP server. Each test makes its own people and removes them afterwards, so later runs and
 * other tests do not meet them.
 */
@UptakeSpringTest
class TrainingRemindersTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String MODULE = "crm-way-of-working";
    private static final String TITLE_EN = "CRM is how we work with customers";
    private static final String TITLE_DE = "CRM ist, wie wir mit Kunden arbeiten";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    Notifier notifier;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DatabaseVendor vendor;
    @Autowired
    Scheduler scheduler;

    private TestPeople people;
    private LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        people = new TestPeople(jdbc);
    }

    @AfterEach
    void removeTheTestPeople() {
        people.removeAll();
    }

    /** A reminder component as after a restart: a new instance on the same database, at 07:00 of the day. */
    private TrainingReminders reminders(LocalDate day) {
        today = day;
        Clock clock = Clock.fixed(ZonedDateTime.of(day.atTime(7, 0), BERLIN).toInstant(), BERLIN);
        return new TrainingReminders(jdbc, directory, notifier, new CompanyCalendar(clock, BERLIN), transactions, vendor,
                List.of(7, 1), 14);
    }

    private TrainingReminders.Outcome runOn(LocalDate day) {
        return reminders(day).run();
    }

    private long assign(Person person, LocalDate dueOn) {
        Long id = jdbc.queryForObject("select id from training_assignment where employee_id = ? and module_id = ?",
                Long.class, insert(person, dueOn), MODULE);
        return id;
    }

    private long insert(Person person, LocalDate dueOn) {
        jdbc.update("insert into training_assignment (employee_id, module_id, due_on, source, assigned_at) "
                + "values (?, ?, ?, 'MANUAL', ?)", person.id(), MODULE, Date.valueOf(dueOn),
                Timestamp.from(Instant.parse("2011-01-01T08:00:00Z")));
        return person.id();
    }

    private List<TestSmtp.Mail> mailsSinceLastLook() throws Exception {
        List<TestSmtp.Mail> mails = TestSmtp.received(SMTP);
        SMTP.purgeEmailFromAllMailboxes();
        return mails;
    }

    @Test
    void remindsSevenDaysAndOneDayBeforeThenOnceWhenOverdueInEachRecipientsLanguage() throws Exception {
        Person anna = people.employee("Anna", "Arndt", "en", null, null);
        people.account(anna, "de"); // picked German in the user menu
        Person ben = people.employee("Ben", "Brandt", "en", null, null);
        assign(anna, LocalDate.of(2011, 3, 8));
        assign(ben, LocalDate.of(2011, 3, 8));

        assertThat(runOn(LocalDate.of(2011, 2, 28))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(runOn(LocalDate.of(2011, 3, 1))).isEqualTo(new TrainingReminders.Outcome(2, 0, 0));
        assertThat(mailsSinceLastLook()).extracting(TestSmtp.Mail::to, TestSmtp.Mail::subject).containsExactlyInAnyOrder(
                tuple(anna.email(), "Schulung in 7 Tagen fällig: " + TITLE_DE),
                tuple(ben.email(), "Training due in 7 days: " + TITLE_EN));

        // the same day again, and after a restart (a new instance): nothing new
        assertThat(reminders(LocalDate.of(2011, 3, 1)).run()).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(runOn(LocalDate.of(2011, 3, 1))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(runOn(LocalDate.of(2011, 3, 4))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(mailsSinceLastLook()).isEmpty();

        assertThat(runOn(LocalDate.of(2011, 3, 7))).isEqualTo(new TrainingReminders.Outcome(2, 0, 0));
        List<TestSmtp.Mail> tomorrow = mailsSinceLastLook();
        assertThat(tomorrow).extracting(TestSmtp.Mail::to, TestSmtp.Mail::subject).containsExactlyInAnyOrder(
                tuple(anna.email(), "Schulung morgen fällig: " + TITLE_DE),
                tuple(ben.email(), "Training due tomorrow: " + TITLE_EN));
        assertThat(tomorrow).filteredOn(m -> m.to().equals(ben.email())).singleElement().extracting(TestSmtp.Mail::body)
                .asString().contains("Please complete the training module “" + TITLE_EN + "” by Mar 8, 2011.")
                .contains("Open in Uptake: http://localhost:8080/training");

        // the due date itself is not overdue yet
        assertThat(runOn(LocalDate.of(2011, 3, 8))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(runOn(LocalDate.of(2011, 3, 9))).isEqualTo(new TrainingReminders.Outcome(0, 2, 0));
        assertThat(mailsSinceLastLook()).extracting(TestSmtp.Mail::to, TestSmtp.Mail::subject).containsExactlyInAnyOrder(
                tuple(anna.email(), "Schulung überfällig: " + TITLE_DE),
                tuple(ben.email(), "Training overdue: " + TITLE_EN));
        assertThat(runOn(LocalDate.of(2011, 3, 10))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(mailsSinceLastLook()).isEmpty();

        // each message is also an in-app notification, three for each
        assertThat(jdbc.queryForList("select kind from notification where recipient_id = ? order by id", String.class,
                anna.id())).containsExactly("TRAINING_DUE_SOON", "TRAINING_DUE_SOON", "TRAINING_OVERDUE");
        assertThat(jdbc.queryForList("select title_en from notification where recipient_id = ? order by id",
                String.class, ben.id())).containsExactly("Training due in 7 days: " + TITLE_EN,
                "Training due tomorrow: " + TITLE_EN, "Training overdue: " + TITLE_EN);
    }

    @Test
    void escalatesToTheManagerOnlyAfterFourteenDaysOverdueNamingEmployeeModuleAndDueDate() throws Exception {
        Person dora = people.employee("Dora", "Dietz", "de", null, null);
        people.account(dora, null);
        Person carl = people.employee("Carl", "Conrad", "en", dora.id(), null);
        assign(carl, LocalDate.of(2011, 3, 8));

        assertThat(runOn(LocalDate.of(2011, 3, 9))).isEqualTo(new TrainingReminders.Outcome(0, 1, 0));
        assertThat(mailsSinceLastLook()).extracting(TestSmtp.Mail::to).containsExactly(carl.email());
        assertThat(runOn(LocalDate.of(2011, 3, 21))).as("13 days overdue").isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(runOn(LocalDate.of(2011, 3, 22))).as("14 days overdue").isEqualTo(new TrainingReminders.Outcome(0, 0, 1));
        List<TestSmtp.Mail> escalation = mailsSinceLastLook();
        assertThat(escalation).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(dora.email());
            assertThat(mail.subject()).isEqualTo("Überfällige Schulung in Ihrem Team: Carl Conrad – " + TITLE_DE);
            assertThat(mail.body()).startsWith("Guten Tag Dora Dietz,\n\nCarl Conrad hat das Schulungsmodul „" + TITLE_DE
                    + "“ nicht abgeschlossen, das am 08.03.2011 fällig war (vor 14 Tagen). Bitte sprechen Sie mit "
                    + "Carl Conrad über den Abschluss.")
                    .contains("In Uptake öffnen: http://localhost:8080/people/" + carl.id());
        });
        assertThat(runOn(LocalDate.of(2011, 3, 23))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(runOn(LocalDate.of(2011, 4, 30))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        assertThat(mailsSinceLastLook()).isEmpty();
    }

    @Test
    void aMissedRunSendsTheMostRelevantReminderOnceNotEveryMissedOne() throws Exception {
        Person fritz = people.employee("Fritz", "Fuchs", "en", null, null);
        Person gesa = people.employee("Gesa", "Graf", "en", fritz.id(), null);
        Person hans = people.employee("Hans", "Horn", "en", fritz.id(), null);
        assign(gesa, LocalDate.of(2011, 3, 8));
        assign(hans, LocalDate.of(2011, 2, 20));

        // the first run for both: Gesa's is due tomorrow, Hans's 17 days overdue
        assertThat(runOn(LocalDate.of(2011, 3, 7))).isEqualTo(new TrainingReminders.Outcome(1, 1, 1));
        assertThat(mailsSinceLastLook()).extracting(TestSmtp.Mail::to, TestSmtp.Mail::subject).containsExactlyInAnyOrder(
                tuple(gesa.email(), "Training due tomorrow: " + TITLE_EN),
                tuple(hans.email(), "Training overdue: " + TITLE_EN),
                tuple(fritz.email(), "Overdue training in your team: Hans Horn – " + TITLE_EN));
        assertThat(jdbc.queryForList("select kind from training_reminder where recipient_id in (?, ?, ?) order by kind",
                String.class, fritz.id(), gesa.id(), hans.id())).containsExactly("DUE_IN_1", "ESCALATION", "OVERDUE");
        assertThat(runOn(LocalDate.of(2011, 3, 7))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
        // the 7-day reminder skipped is not sent later
        assertThat(runOn(LocalDate.of(2011, 3, 8))).isEqualTo(new TrainingReminders.Outcome(0, 0, 0));
    }

    @Test
    void completedAssignmentsAndLeaversGetNothingAndEscalationsSkipAManagerWhoLeft() throws Exception {
        Person boss = people.employee("Ilse", "Imhof", "en", null, null);
        Person gone = people.employee("Jens", "Jahn", "en", boss.id(), LocalDate.of(2011, 1, 31));
        Person done = people.employee("Karla", "Kern", "en", gone.id(), null);
        Person late = people.employee("Lars", "Lenz", "en", gone.id(), null);
        assign(done, LocalDate.of(2011, 3, 1));
        jdbc.update("update training_assignment set completed_at = ? where employee_id = ?",
                Timestamp.from(Instant.parse("2011-02-20T10:00:00Z")), done.id());
        assign(gone, LocalDate.of(2011, 3, 1));
        assign(late, LocalDate.of(2011, 2, 1));

        assertThat(runOn(LocalDate.of(2011, 3, 1))).isEqualTo(new TrainingReminders.Outcome(0, 1, 1));
        assertThat(mailsSinceLastLook()).extracting(TestSmtp.Mail::to, TestSmtp.Mail::subject).containsExactlyInAnyOrder(
                tuple(late.email(), "Training overdue: " + TITLE_EN),
                // Lars's manager Jens has left: his manager Ilse is told
                tuple(boss.email(), "Overdue training in your team: Lars Lenz – " + TITLE_EN));
    }

    @Test
    void aNewDueDateStartsTheRemindersAgain() throws Exception {
        Person mara = people.employee("Mara", "Mohr", "en", null, null);
        long assignment = assign(mara, LocalDate.of(2011, 3, 8));
        assertThat(runOn(LocalDate.of(2011, 3, 9))).isEqualTo(new TrainingReminders.Outcome(0, 1, 0));

        // recertification: completed, then due again with a new date
        jdbc.update("update training_assignment set completed_at = null, due_on = ? where id = ?",
                Date.valueOf(LocalDate.of(2011, 6, 30)), assignment);
        assertThat(runOn(LocalDate.of(2011, 6, 23))).isEqualTo(new TrainingReminders.Outcome(1, 0, 0));
        assertThat(runOn(LocalDate.of(2011, 7, 1))).isEqualTo(new TrainingReminders.Outcome(0, 1, 0));
        assertThat(mailsSinceLastLook()).extracting(TestSmtp.Mail::subject).containsExactly(
                "Training overdue: " + TITLE_EN, "Training due in 7 days: " + TITLE_EN, "Training overdue: " + TITLE_EN);
    }

    @Test
    void twoNodesRunningAtOnceSendEachReminderOnce() throws Exception {
        Person nina = people.employee("Nina", "Noll", "en", null, null);
        Person otto = people.employee("Otto", "Ott", "de", null, null);
        assign(nina, LocalDate.of(2011, 3, 8));
        assign(otto, LocalDate.of(2011, 3, 8));
        TrainingReminders first = reminders(LocalDate.of(2011, 3, 1));
        TrainingReminders second = reminders(LocalDate.of(2011, 3, 1));

        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = nodes.submit(() -> {
                start.await();
                return first.run();
            });
            var b = nodes.submit(() -> {
                start.await();
                return second.run();
            });
            start.countDown();
            assertThat(a.get().reminders() + b.get().reminders()).isEqualTo(2);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(mailsSinceLastLook()).extracting(TestSmtp.Mail::to).containsExactlyInAnyOrder(nina.email(), otto.email());
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id in (?, ?)", Long.class,
                nina.id(), otto.id())).isEqualTo(2);
    }

    @Test
    void theJobRunsDailyAtSevenInTheCompanysTimeZone() throws Exception {
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TrainingReminderSchedule.TRIGGER);
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 7 * * ?");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/Berlin");
        assertThat(trigger.getJobKey()).isEqualTo(TrainingReminderSchedule.JOB);
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(ZonedDateTime.ofInstant(trigger.getNextFireTime().toInstant(), BERLIN).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(7, 0));
    }
}
