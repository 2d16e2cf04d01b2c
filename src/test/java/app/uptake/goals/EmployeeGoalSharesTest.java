package app.uptake.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.IngestTally;
import app.uptake.goals.internal.GoalRevisions;
import app.uptake.goals.internal.GoalStore;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jonas's share of a unit goal, revised two days ago from 4 to 6, written straight to the goal store; Petra has
 * only a share still in draft. Read without a signed-in user, as system jobs do.
 */
@Transactional
class EmployeeGoalSharesTest extends UiTest {

    @Autowired
    EmployeeGoalShares shares;
    @Autowired
    GoalStore store;
    @Autowired
    GoalRevisions revisions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompanyCalendar calendar;

    private long employee(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    @Test
    void listsActiveSharesWithTheTargetInForceOnTheDay() {
        LocalDate today = calendar.today();
        DateRange period = new DateRange(today.minusDays(10), today.plusDays(20));
        long jonas = employee(DemoLogins.EMPLOYEE);
        long petra = employee(DemoLogins.HR);
        long unit = jdbc.queryForObject("select org_unit_id from employee where id = ?", Long.class, jonas);
        long root = insert(null, period, new GoalScope.OrgUnit(unit), "10", jonas);
        long share = insert(root, period, new GoalScope.Employee(jonas), "4", jonas);
        long draft = insert(root, period, new GoalScope.Employee(petra), "3", petra);
        revisions.record(share, RevisionField.ALLOCATION, new BigDecimal("4"), new BigDecimal("6"), "More contacts",
                jonas, Instant.now(), today.minusDays(2));
        jdbc.update("update goal set status = 'ACTIVE' where id in (?, ?)", root, share);

        Map<Long, List<EmployeeGoalShares.Share>> now = shares.activeOn(List.of(jonas, petra), today);
        assertThat(now).containsOnlyKeys(jonas);
        assertThat(now.get(jonas)).filteredOn(s -> s.goalId() == share).singleElement().satisfies(s -> {
            assertThat(s.metricCode()).isEqualTo("ACTIVITIES_PER_WEEK");
            assertThat(s.period()).isEqualTo(period);
            assertThat(s.target()).isEqualByComparingTo("6");
        });
        assertThat(now.get(jonas)).noneMatch(s -> s.goalId() == root || s.goalId() == draft);
        assertThat(shares.activeOn(List.of(jonas), today.minusDays(5)).get(jonas))
                .filteredOn(s -> s.goalId() == share).singleElement()
                .satisfies(s -> assertThat(s.target()).isEqualByComparingTo("4"));
        assertThat(shares.activeOn(List.of(jonas), today.plusDays(21)).getOrDefault(jonas, List.of()))
                .noneMatch(s -> s.goalId() == share);
    }

    private long insert(Long parent, DateRange period, GoalScope scope, String target, long owner) {
        return store.insert(new GoalStore.NewGoal(parent, parent, period.from().getYear(), null, period, scope,
                "Test goal", "Testziel", "ACTIVITIES_PER_WEEK", ProcessSegment.RELATIONSHIP_MANAGEMENT, "INCREASE",
                new BigDecimal(target), BigDecimal.TEN, owner, null,
                new Baseline(new DateRange(period.from().minusYears(1), period.to().minusYears(1)), BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ONE, new DataCoverage(1, 1, 30, 1), IngestTally.NONE, Instant.now()),
                owner, Instant.now()));
    }
}
