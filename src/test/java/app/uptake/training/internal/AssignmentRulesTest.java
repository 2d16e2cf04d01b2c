package app.uptake.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.JobRole;
import app.uptake.organization.Employment;
import app.uptake.organization.Role;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import app.uptake.training.TrainingModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@UptakeSpringTest
class AssignmentRulesTest {

    @Autowired
    AssignmentRules rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    CompanyCalendar calendar;

    private long id(String login) {
        return employees.findByEmail(login).orElseThrow().getId();
    }

    private List<String> modulesOf(long employeeId) {
        return jdbc.queryForList("select module_id from training_assignment where employee_id = ? "
                + "and module_id not like 'test-%' order by module_id", String.class, employeeId);
    }

    @Test
    void jonasGetsEveryModuleForEveryoneAndForAccountExecutivesButNotTheManagersModule() {
        rules.assignAll();
        // Everybody: crm-way-of-working, customer-data-protection, dashboard-and-incentive-statement,
        // goal-map-and-metrics, why-crm-fails. Jonas is an EMPLOYEE and ACCOUNT_EXECUTIVE, so also
        // customer-value-and-service-levels, every-channel-counts, opportunity-management, relationship-management.
        // leading-the-change is for MANAGER or EXECUTIVE.
        assertThat(modulesOf(id(DemoLogins.EMPLOYEE))).containsExactly("crm-way-of-working", "customer-data-protection",
                "customer-value-and-service-levels", "dashboard-and-incentive-statement", "every-channel-counts",
                "goal-map-and-metrics", "opportunity-management", "relationship-management", "why-crm-fails");
        assertThat(modulesOf(id(DemoLogins.MANAGER))).contains("leading-the-change", "opportunity-management");
        assertThat(modulesOf(id(DemoLogins.EXECUTIVE))).contains("leading-the-change");
        // every assignment of leading-the-change belongs to an account with MANAGER or EXECUTIVE
        assertThat(jdbc.queryForObject("""
                select count(*) from training_assignment t where t.module_id = 'leading-the-change' and not exists (
                  select 1 from user_account a join user_account_role r on r.account_id = a.id
                  where a.employee_id = t.employee_id and r.role in ('MANAGER', 'EXECUTIVE'))""", Long.class)).isZero();
    }

    @Test
    void runningAgainAddsNothing() {
        rules.assignAll();
        long before = jdbc.queryForObject("select count(*) from training_assignment", Long.class);
        assertThat(rules.assignAll()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from training_assignment", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(distinct source) from training_assignment", Long.class)).isEqualTo(1);
    }

    @Test
    void theDueDateCountsFromTheLaterOfStartAndFirstPublication() {
        rules.assignAll();
        long jonas = id(DemoLogins.EMPLOYEE);
        LocalDate start = employees.findById(jonas).orElseThrow().getStartDate();
        LocalDate published = calendar.dayOf(jdbc.queryForObject(
                "select min(published_at) from training_module_version where module_id = 'opportunity-management'",
                java.sql.Timestamp.class).toInstant());
        LocalDate from = start.isAfter(published) ? start : published;
        assertThat(jdbc.queryForObject("select due_on from training_assignment where employee_id = ? "
                + "and module_id = 'opportunity-management'", LocalDate.class, jonas)).isEqualTo(from.plusDays(60));
        assertThat(jdbc.queryForObject("select due_on from training_assignment where employee_id = ? "
                + "and module_id = 'crm-way-of-working'", LocalDate.class, jonas)).isEqualTo(from.plusDays(30));
    }

    /**
     * A module for the Sales division only, published and assigned with nobody signed in (as at start-up): the
     * people of every unit below Sales get it, nobody else. Runs on PostgreSQL in CI; rolls back.
     */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void aModuleForAnOrgUnitGoesToEverybodyBelowItWithNobodySignedIn() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        java.time.Instant published = calendar.now();
        TrainingModule module = new TrainingModule("test-sales-only", "1.0.0",
                new app.uptake.shared.LocalizedText("Sales only", "Nur Vertrieb"), new app.uptake.shared.LocalizedText("", ""),
                new TrainingModule.Audience(Set.of(), Set.of(), Set.of("sales")), 10, List.of(), 80, null, true, 14,
                List.of(), List.of(), java.util.Map.of(), "hash-test-sales-only");
        jdbc.update("insert into training_module_version (module_id, version, major_version, content_hash, title_en, "
                + "title_de, mandatory, lesson_count, question_count, content, published_at) values (?, '1.0.0', 1, ?, "
                + "'Sales only', 'Nur Vertrieb', true, 0, 0, ?, ?)", module.id(), module.contentHash(),
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(module),
                java.sql.Timestamp.from(published));

        int added = rules.assignAll();

        List<Long> expected = jdbc.queryForList("""
                with recursive below(id) as (select id from org_unit where code = 'SALES'
                  union all select u.id from org_unit u join below b on u.parent_id = b.id)
                select e.id from employee e where e.org_unit_id in (select id from below)
                  and (e.end_date is null or e.end_date > ?) order by e.id""", Long.class, calendar.today());
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(jdbc.queryForList("select employee_id from training_assignment where module_id = 'test-sales-only' "
                + "order by employee_id", Long.class)).isEqualTo(expected);
        assertThat(added).isGreaterThanOrEqualTo(expected.size());
        assertThat(modulesOf(id(DemoLogins.HR))).doesNotContain("test-sales-only");
        long jonas = id(DemoLogins.EMPLOYEE);
        LocalDate start = employees.findById(jonas).orElseThrow().getStartDate();
        LocalDate day = calendar.dayOf(published);
        assertThat(jdbc.queryForObject("select due_on from training_assignment where employee_id = ? "
                + "and module_id = 'test-sales-only'", LocalDate.class, jonas))
                .isEqualTo((start.isAfter(day) ? start : day).plusDays(14));
    }

    @Test
    void dueDatesWorkedByHand() {
        // joins after publication: counted from the start date
        assertThat(AssignmentRules.dueOn(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 23), 45))
                .isEqualTo(LocalDate.of(2027, 1, 15));
        // employed long before: counted from publication, 30 days when the module names none
        assertThat(AssignmentRules.dueOn(LocalDate.of(2019, 4, 1), LocalDate.of(2026, 11, 23), null))
                .isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    void aPersonMustMatchEveryNonEmptyList() {
        Employment ae = new Employment(1, 7, JobRole.ACCOUNT_EXECUTIVE, LocalDate.of(2020, 1, 1), null, null);
        TrainingModule.Audience sales = new TrainingModule.Audience(Set.of("EMPLOYEE", "MANAGER"),
                Set.of(JobRole.ACCOUNT_EXECUTIVE), Set.of());
        assertThat(AssignmentRules.matches(sales, ae, Set.of(Role.EMPLOYEE), null)).isTrue();
        assertThat(AssignmentRules.matches(sales, ae, Set.of(Role.HR), null)).isFalse();
        assertThat(AssignmentRules.matches(sales, ae, Set.of(), null)).isFalse();
        TrainingModule.Audience unit = new TrainingModule.Audience(Set.of(), Set.of(), Set.of("X"));
        assertThat(AssignmentRules.matches(unit, ae, Set.of(Role.EMPLOYEE), Set.of(7L, 8L))).isTrue();
        assertThat(AssignmentRules.matches(unit, ae, Set.of(Role.EMPLOYEE), Set.of(8L))).isFalse();
        TrainingModule.Audience everybody = new TrainingModule.Audience(Set.of(), Set.of(), Set.of());
        assertThat(AssignmentRules.matches(everybody, ae, Set.of(), null)).isTrue();
    }
}
