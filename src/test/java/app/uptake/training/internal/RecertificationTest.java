package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import app.uptake.training.CertificateValidity;
import app.uptake.training.MyAssignment;
import app.uptake.training.MyTrainingService;
import app.uptake.training.QuizFixture;
import app.uptake.training.TrainingStatus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RecertificationTest extends UiTest {

    private static final String PLAIN = "crm-way-of-working";          // dueWithinDays 30, no recertification period
    private static final String EXPIRING = "customer-data-protection"; // dueWithinDays 30, recertify after 12 months

    @Autowired
    Recertification recertification;
    @Autowired
    Certificates certificates;
    @Autowired
    MyTrainingService training;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuizFixture fixture;
    private long employee;

    @BeforeEach
    void setUp() {
        employee = fixture.employeeId(DemoLogins.EMPLOYEE);
        cleanUp();
        signInAs(DemoLogins.EMPLOYEE);
    }

    @AfterEach
    void cleanUp() {
        fixture.reset(employee, PLAIN);
        fixture.reset(employee, EXPIRING);
    }

    private MyAssignment mine(String moduleId) {
        return training.mine(Locale.ENGLISH).stream().filter(a -> a.moduleId().equals(moduleId)).findFirst().orElseThrow();
    }

    @Test
    void aNewMajorVersionReopensEarlierCompletionsAndSupersedesTheirCertificates() {
        String code = fixture.pass(PLAIN);
        assertThat(recertification.reopenDue()).isZero();
        // as if it had been completed on major version 0 before version 1 was published
        jdbc.update("update training_assignment set completed_major = 0 where employee_id = ? and module_id = ?",
                employee, PLAIN);

        assertThat(recertification.reopenDue()).isEqualTo(1);
        LocalDate published = calendar.dayOf(jdbc.queryForObject("select min(published_at) from training_module_version "
                + "where module_id = ? and major_version = 1", java.sql.Timestamp.class, PLAIN).toInstant());
        MyAssignment reopened = mine(PLAIN);
        assertThat(reopened.status()).isNotEqualTo(TrainingStatus.COMPLETED);
        assertThat(reopened.recertifying()).isTrue();
        assertThat(reopened.dueOn()).isEqualTo(published.plusDays(30));
        // lessons read stay read: the quiz is open at once
        assertThat(reopened.quizReady()).isTrue();
        assertThat(certificates.byCode(code).orElseThrow().validityOn(calendar.today()))
                .isEqualTo(CertificateValidity.SUPERSEDED);
        assertThat(recertification.reopenDue()).isZero();

        String renewed = fixture.pass(PLAIN);
        assertThat(mine(PLAIN).status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(mine(PLAIN).certificateCode()).isEqualTo(renewed);
        assertThat(recertification.reopenDue()).isZero();
    }

    @Test
    void anExpiringCertificateReopensItsModuleDueWithinDaysBeforeItsEnd() {
        String code = fixture.pass(EXPIRING);
        LocalDate today = calendar.today();
        jdbc.update("update training_certificate set valid_until = ? where code = ?", Date.valueOf(today.plusDays(31)), code);
        assertThat(recertification.reopenDue()).isZero();
        assertThat(mine(EXPIRING).status()).isEqualTo(TrainingStatus.COMPLETED);

        jdbc.update("update training_certificate set valid_until = ? where code = ?", Date.valueOf(today.plusDays(30)), code);
        assertThat(recertification.reopenDue()).isEqualTo(1);
        MyAssignment due = mine(EXPIRING);
        assertThat(due.recertifying()).isTrue();
        assertThat(due.dueOn()).isEqualTo(today.plusDays(30));
        // the certificate stands until its end
        assertThat(certificates.byCode(code).orElseThrow().validityOn(today)).isEqualTo(CertificateValidity.VALID);

        String renewed = fixture.pass(EXPIRING);
        assertThat(certificates.byCode(renewed).orElseThrow().validUntil()).isEqualTo(today.plusMonths(12));
        // the newest certificate decides, the old one ending soon no longer does
        assertThat(recertification.reopenDue()).isZero();
        assertThat(mine(EXPIRING).status()).isEqualTo(TrainingStatus.COMPLETED);
    }

    @Test
    void dueDatesFollowTheModulesDuePeriod() {
        assertThat(Recertification.dueAfterMajorVersion(LocalDate.of(2026, 11, 1), 45)).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(Recertification.dueAfterMajorVersion(LocalDate.of(2026, 11, 1), null)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Recertification.windowOpensFor(LocalDate.of(2026, 11, 23), 30)).isEqualTo(LocalDate.of(2026, 12, 23));
    }
}
