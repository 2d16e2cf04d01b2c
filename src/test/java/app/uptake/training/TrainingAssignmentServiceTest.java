package app.uptake.training;

import static app.uptake.training.ComplianceFixture.X;
import static app.uptake.training.ComplianceFixture.Y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Manual assignment on the department of {@link ComplianceFixture}; every test rolls back. */
@Transactional
class TrainingAssignmentServiceTest extends UiTest {

    @Autowired
    TrainingAssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompanyCalendar calendar;

    ComplianceFixture f;

    @BeforeEach
    void department() {
        f = new ComplianceFixture(jdbc, calendar.today(), calendar.now());
    }

    private Map<String, Object> row(long employee, String module) {
        return jdbc.queryForMap("select due_on, source, assigned_by, completed_at from training_assignment "
                + "where employee_id = ? and module_id = ?", employee, module);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Test
    void aManagerAssignsAModuleToSomebodyInTheirLine() {
        signInAs(DemoLogins.MANAGER);
        AssignmentOutcome outcome = assignments.assign(List.of(f.carla), X, f.today.plusDays(14));
        assertThat(outcome).isEqualTo(new AssignmentOutcome(1, 0, 0, 0, f.today.plusDays(14)));
        Map<String, Object> row = row(f.carla, X);
        assertThat(date(row.get("due_on"))).isEqualTo(f.today.plusDays(14));
        assertThat(row.get("source")).isEqualTo("MANUAL");
        assertThat(((Number) row.get("assigned_by")).longValue()).isEqualTo(f.employeeId(DemoLogins.MANAGER));
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'TRAINING_ASSIGNED' "
                + "and subject_id = ? order by id desc fetch first 1 rows only", String.class, X))
                .startsWith("due " + f.today.plusDays(14) + "; added [" + f.carla + "]");
    }

    @Test
    void somebodyOutsideTheLineIsRefusedAndNothingIsWritten() {
        signInAs(DemoLogins.MANAGER);
        long before = jdbc.queryForObject("select count(*) from training_assignment", Long.class);
        assertThatThrownBy(() -> assignments.assign(List.of(f.carla, f.olga), X, f.today.plusDays(14)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from training_assignment", Long.class)).isEqualTo(before);
        // HR may assign to anybody
        signInAs(DemoLogins.HR);
        assertThat(assignments.assign(List.of(f.carla, f.olga), X, f.today.plusDays(14)).added()).isEqualTo(1);
    }

    @Test
    void anEmployeeMayNotAssign() {
        signInAs(DemoLogins.EMPLOYEE);
        assertThatThrownBy(() -> assignments.assign(List.of(f.carla), X, f.today.plusDays(14)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDueDateInThePastIsRefusedAtItsField() {
        signInAs(DemoLogins.HR);
        assertThatThrownBy(() -> assignments.assign(List.of(f.carla), X, f.today.minusDays(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("dueOn");
                    assertThat(e.messageKey()).isEqualTo("trainingAssign.error.dueInPast");
                });
        // today is fine
        assertThat(assignments.assign(List.of(f.carla), X, f.today).dueOn()).isEqualTo(f.today);
    }

    @Test
    void anUnknownOrMissingModuleIsRefusedAtItsField() {
        signInAs(DemoLogins.HR);
        assertThatThrownBy(() -> assignments.assign(List.of(f.carla), "no-such-module", f.today.plusDays(3)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("module");
                    assertThat(e.messageKey()).isEqualTo("trainingAssign.error.moduleNotLive");
                });
        assertThatThrownBy(() -> assignments.assign(List.of(f.carla), null, f.today.plusDays(3)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("module"));
    }

    @Test
    void nobodyChosenAnUnknownPersonOrALeaverIsRefused() {
        signInAs(DemoLogins.HR);
        assertThatThrownBy(() -> assignments.assign(List.of(), X, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("trainingAssign.error.noEmployees"));
        assertThatThrownBy(() -> assignments.assign(List.of(-5L), X, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("trainingAssign.error.unknownEmployee"));
        assertThatThrownBy(() -> assignments.assign(List.of(f.lars), Y, null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("trainingAssign.error.leaver");
                    assertThat(e.args()).containsExactly("Lars Leaver");
                });
    }

    @Test
    void anExplicitDateMovesOpenAssignmentsButNeverTouchesACompletedOne() {
        signInAs(DemoLogins.MANAGER);
        LocalDate due = f.today.plusDays(40);
        // X: Anna completed, Bernd open (due in 10 days), Carla none
        AssignmentOutcome outcome = assignments.assign(List.of(f.anna, f.bernd, f.carla), X, due);
        assertThat(outcome).isEqualTo(new AssignmentOutcome(1, 1, 0, 1, due));
        assertThat(date(row(f.bernd, X).get("due_on"))).isEqualTo(due);
        assertThat(row(f.bernd, X).get("source")).isEqualTo("RULE");
        assertThat(date(row(f.anna, X).get("due_on"))).isEqualTo(f.today.plusDays(5));
        assertThat(row(f.anna, X).get("completed_at")).isNotNull();
        // the same again changes nothing
        assertThat(assignments.assign(List.of(f.anna, f.bernd, f.carla), X, due))
                .isEqualTo(new AssignmentOutcome(0, 0, 2, 1, due));
    }

    @Test
    void withoutADateNewAssignmentsGetTheModulesPeriodAndOpenOnesKeepTheirs() {
        signInAs(DemoLogins.MANAGER);
        // crm-way-of-working is due within 30 days
        AssignmentOutcome outcome = assignments.assign(List.of(f.bernd, f.carla), X, null);
        assertThat(outcome).isEqualTo(new AssignmentOutcome(1, 0, 1, 0, f.today.plusDays(30)));
        assertThat(date(row(f.carla, X).get("due_on"))).isEqualTo(f.today.plusDays(30));
        assertThat(date(row(f.bernd, X).get("due_on"))).isEqualTo(f.today.plusDays(10));
    }

    @Test
    void theAssignmentShowsInTheMatrix() {
        signInAs(DemoLogins.MANAGER);
        assignments.assign(List.of(f.carla), X, f.today.plusDays(2));
        ComplianceRow carla = compliance.page(ComplianceFilter.none().withOrgUnit(f.teamA).withText("carla"), 0, 5).getFirst();
        assertThat(carla.cell(X)).isEqualTo(new ComplianceCell(ComplianceState.NOT_STARTED, f.today.plusDays(2), null));
    }

    @Autowired
    TrainingComplianceService compliance;
}
