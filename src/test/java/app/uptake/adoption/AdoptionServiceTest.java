package app.uptake.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which adoption figures, on the demo company's snapshots: Jonas (employee) in Sabine's team, Sabine
 * (team lead), Petra (HR), Michael (managing director) and Tobias (program office).
 */
@Transactional
class AdoptionServiceTest extends UiTest {

    @Autowired
    AdoptionService adoption;
    @Autowired
    AdoptionSettingsService settings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    app.uptake.goals.internal.GoalStore goalStore;
    @Autowired
    app.uptake.shared.CompanyCalendar calendar;

    private long employee(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    private long unitOf(String login) {
        return jdbc.queryForObject("select org_unit_id from employee where email = ?", Long.class, login);
    }

    private int individualLooks() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ADOPTION_INDIVIDUAL_VIEWED'",
                Integer.class);
    }

    @Test
    void everybodySeesTheirOwnWeeksAndNobodyElsesOutsideTheirLine() {
        signInAs(DemoLogins.EMPLOYEE);
        int looks = individualLooks();
        List<EmployeeWeek> mine = adoption.employeeHistory(employee(DemoLogins.EMPLOYEE), 12);
        assertThat(mine).hasSize(12);
        assertThat(mine).allSatisfy(week -> assertThat(week.score().components().has(AdoptionComponent.TRAINING)).isTrue());
        assertThat(individualLooks()).as("looking at oneself is not audited").isEqualTo(looks);

        assertThatThrownBy(() -> adoption.employeeHistory(employee(DemoLogins.MANAGER), 12))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        rule -> assertThat(rule.messageKey()).isEqualTo("adoption.error.outOfScope"));
        signInAs(DemoLogins.MANAGER);
        assertThatThrownBy(() -> adoption.employeeHistory(employee(DemoLogins.HR), 12))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theManagementLineAndHrSeeAPersonAndEveryLookIsAudited() {
        int looks = individualLooks();
        signInAs(DemoLogins.MANAGER);
        assertThat(adoption.employeeHistory(employee(DemoLogins.EMPLOYEE), 4)).hasSize(4);
        signInAs(DemoLogins.HR);
        assertThat(adoption.employeeHistory(employee(DemoLogins.EMPLOYEE), 12)).hasSize(12);
        assertThat(individualLooks()).isEqualTo(looks + 2);
    }

    @Test
    void executivesSeeTheCompanyAndItsUnits() {
        signInAs(DemoLogins.EXECUTIVE);
        List<UnitWeek> trend = adoption.companyTrend(12);
        assertThat(trend).hasSize(12);
        assertThat(trend).allSatisfy(week -> {
            assertThat(week.figure()).isInstanceOf(GroupFigure.Shown.class);
            assertThat(week.figure().headcount()).isGreaterThan(200);
        });
        long company = trend.getFirst().orgUnitId();
        List<UnitChild> divisions = adoption.unitChildren(company, trend.getLast().week());
        assertThat(divisions).isNotEmpty();
        assertThat(divisions.stream().mapToInt(d -> d.figure().headcount()).sum())
                .isLessThanOrEqualTo(trend.getLast().figure().headcount());
    }

    @Test
    void aManagerSeesTheirOwnTeamButNotTheCompany() {
        signInAs(DemoLogins.MANAGER);
        assertThat(adoption.unitTrend(unitOf(DemoLogins.EMPLOYEE), 12)).hasSize(12);
        assertThatThrownBy(() -> adoption.companyTrend(12)).isInstanceOfSatisfying(BusinessRuleException.class,
                rule -> assertThat(rule.messageKey()).isEqualTo("adoption.error.outOfScope"));
        assertThatThrownBy(() -> adoption.unitTrend(unitOf(DemoLogins.HR), 12)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> adoption.unitTrend(-1, 12)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anEmployeeSeesNoUnitFigures() {
        signInAs(DemoLogins.EMPLOYEE);
        assertThatThrownBy(() -> adoption.companyTrend(12)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> adoption.unitTrend(unitOf(DemoLogins.EMPLOYEE), 12))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void groupsBelowTheMinimumGroupSizeInForceAreSuppressed() {
        signInAs(DemoLogins.ADMIN);
        AdoptionSettings current = settings.current();
        long team = unitOf(DemoLogins.EMPLOYEE);
        assertThat(adoption.unitTrend(team, 1).getFirst().figure()).isInstanceOf(GroupFigure.Shown.class);
        int teamSize = adoption.unitTrend(team, 1).getFirst().figure().headcount();

        settings.update(new AdoptionSettings(current.weights(), current.activityNorms(), teamSize + 1, false, false));

        assertThat(adoption.unitTrend(team, 12)).allSatisfy(week -> assertThat(week.figure())
                .isEqualTo(new GroupFigure.Suppressed(week.figure().headcount(), teamSize + 1)));
        assertThat(adoption.companyTrend(1).getFirst().figure()).isInstanceOf(GroupFigure.Shown.class);
    }

    @Test
    void myAdoptionHasThisWeekTheWeeksBeforeAndHintsFromTheWeakestParts() {
        signInAs(DemoLogins.EMPLOYEE);
        MyAdoption mine = adoption.mine(12);
        assertThat(mine.history()).hasSize(12);
        assertThat(mine.thisWeek().components().has(AdoptionComponent.TRAINING)).isTrue();
        assertThat(mine.hints()).hasSizeLessThanOrEqualTo(3).isSortedAccordingTo(
                java.util.Comparator.comparing(AdoptionHint::value));
        assertThat(mine.hints()).allSatisfy(hint -> assertThat(hint.value()).isLessThan(AdoptionService.HINT_BELOW));
    }

    @Test
    void goalPaceComesFromTheActiveSharesOfTheCascade() {
        long jonas = employee(DemoLogins.EMPLOYEE);
        java.time.LocalDate today = calendar.today();
        app.uptake.shared.DateRange period = new app.uptake.shared.DateRange(today.minusDays(10), today.plusDays(20));
        long root = goal(null, period, new app.uptake.goals.GoalScope.OrgUnit(unitOf(DemoLogins.EMPLOYEE)), jonas);
        long share = goal(root, period, new app.uptake.goals.GoalScope.Employee(jonas), jonas);
        jdbc.update("update goal set status = 'ACTIVE' where id in (?, ?)", root, share);
        signInAs(DemoLogins.EMPLOYEE);

        // a million contacts a week cannot be reached: the pace is 0 % and the hint points to the targets
        MyAdoption far = adoption.mine(1);
        assertThat(far.thisWeek().components().get(AdoptionComponent.GOALS)).isEqualByComparingTo("0");
        assertThat(far.hints()).extracting(AdoptionHint::component).contains(AdoptionComponent.GOALS);

        // a target of nothing is met at once, and being ahead counts as 100 %
        jdbc.update("update goal set target_value = 0.0001 where id = ?", share);
        assertThat(adoption.mine(1).thisWeek().components().get(AdoptionComponent.GOALS)).isEqualByComparingTo("100");
    }

    private long goal(Long parent, app.uptake.shared.DateRange period, app.uptake.goals.GoalScope scope, long owner) {
        return goalStore.insert(new app.uptake.goals.internal.GoalStore.NewGoal(parent, parent, period.from().getYear(),
                null, period, scope, "Test goal", "Testziel", "ACTIVITIES_PER_WEEK",
                app.uptake.metrics.ProcessSegment.RELATIONSHIP_MANAGEMENT, "INCREASE", new java.math.BigDecimal("1000000"),
                java.math.BigDecimal.TEN, owner, null, new app.uptake.goals.Baseline(period, java.math.BigDecimal.ONE,
                        java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, new app.uptake.goals.DataCoverage(1, 1, 30, 1),
                        app.uptake.activity.IngestTally.NONE, java.time.Instant.now()), owner, java.time.Instant.now()));
    }

    @Test
    void hintsNameTheWeakestComponentsFirstWithWhereToActOnThem() {
        java.util.Map<AdoptionComponent, java.math.BigDecimal> values = new java.util.EnumMap<>(AdoptionComponent.class);
        values.put(AdoptionComponent.USAGE, new java.math.BigDecimal("90"));
        values.put(AdoptionComponent.LOGGING, new java.math.BigDecimal("20"));
        values.put(AdoptionComponent.QUALITY, new java.math.BigDecimal("79.99"));
        values.put(AdoptionComponent.TRAINING, new java.math.BigDecimal("0"));
        values.put(AdoptionComponent.GOALS, new java.math.BigDecimal("50"));
        List<AdoptionHint> hints = AdoptionService.hints(AdoptionMath.score(new ComponentValues(values),
                AdoptionWeights.DEFAULTS));
        assertThat(hints).extracting(AdoptionHint::component).containsExactly(AdoptionComponent.TRAINING,
                AdoptionComponent.LOGGING, AdoptionComponent.GOALS);
        assertThat(hints).extracting(AdoptionHint::route).containsExactly("training", "metrics", "targets");
    }
}
