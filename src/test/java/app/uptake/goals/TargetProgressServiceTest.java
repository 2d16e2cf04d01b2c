package app.uptake.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.goals.progress.Progress;
import app.uptake.goals.progress.ProgressPoint;
import app.uptake.goals.progress.ProgressProfile;
import app.uptake.goals.progress.ProgressStatus;
import app.uptake.goals.progress.TargetProgressService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Progress of the goals of a cascade by goal id, on {@link ProgressFixture}'s Q1 2025 (90 days, linear profile):
 * every figure below is worked out by hand from its table of targets and calls.
 */
class TargetProgressServiceTest extends UiTest {

    static final LocalDate DAY_15 = LocalDate.of(2025, 1, 15);
    static final LocalDate DAY_30 = LocalDate.of(2025, 1, 30);
    static final LocalDate DAY_60 = LocalDate.of(2025, 3, 1);

    @Autowired
    TargetProgressService progress;
    @Autowired
    GoalService goals;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    ApplicationContext context;

    ProgressFixture fixture;

    @BeforeEach
    void makeCascade() {
        signInAs(DemoLogins.ADMIN);
        fixture = new ProgressFixture(context);
    }

    @AfterEach
    void removeCascade() {
        signInAs(DemoLogins.ADMIN);
        fixture.remove();
    }

    private List<Long> all() {
        return List.of(fixture.company, fixture.one, fixture.two, fixture.anna, fixture.max);
    }

    @Test
    void eachGoalIsMeasuredForItsScopeAgainstTheTargetInForceOnTheDay() {
        Map<Long, Progress> day30 = progress.ofGoals(all(), DAY_30);
        assertThat(day30).containsOnlyKeys(all());

        // the division: Anna's 2 calls and Ben's 1 against 9 × 30/90 = 3 (the raise to 18 comes on 15 Feb)
        Progress company = day30.get(fixture.company);
        assertThat(company.profile()).isEqualTo(ProgressProfile.LINEAR);
        assertThat(company.target()).isEqualByComparingTo("9");
        assertThat(company.actualValue()).isEqualByComparingTo("3");
        assertThat(company.expectedToDate()).isEqualByComparingTo("3");
        assertThat(company.attainment()).isEqualByComparingTo("1");
        assertThat(company.attainmentOfTarget()).isEqualByComparingTo("0.3333");
        assertThat(company.forecast()).isEqualByComparingTo("9");               // 3 × 90 / 30
        assertThat(company.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(company.points()).isEmpty();

        // a unit counts only its own people: Cascade one has Anna's 2 of 6 × 30/90 = 2, Cascade two Ben's 1 of 1
        assertThat(day30.get(fixture.one).actualValue()).isEqualByComparingTo("2");
        assertThat(day30.get(fixture.one).expectedToDate()).isEqualByComparingTo("2");
        assertThat(day30.get(fixture.two).actualValue()).isEqualByComparingTo("1");
        assertThat(day30.get(fixture.two).expectedToDate()).isEqualByComparingTo("1");

        // a person counts only their own calls, against their share as re-allocated on 20 Jan: 5 × 30/90
        Progress anna = day30.get(fixture.anna);
        assertThat(anna.target()).isEqualByComparingTo("5");
        assertThat(anna.actualValue()).isEqualByComparingTo("2");
        assertThat(anna.expectedToDate()).isEqualByComparingTo("1.666667");
        assertThat(anna.attainment()).isEqualByComparingTo("1.2");             // 2 / 1.666667
        assertThat(anna.forecast()).isEqualByComparingTo("6");                  // 2 × 90 / 30
        Progress max = day30.get(fixture.max);
        assertThat(max.target()).isEqualByComparingTo("1");
        assertThat(max.actualValue()).isZero();
        assertThat(max.expectedToDate()).isEqualByComparingTo("0.333333");
        assertThat(max.attainment()).isZero();
        assertThat(max.status()).isEqualTo(ProgressStatus.OFF_TRACK);

        // before the first revision its "before" holds: Anna's 2 calls against 4 × 15/90
        Progress annaDay15 = progress.ofGoals(List.of(fixture.anna), DAY_15).get(fixture.anna);
        assertThat(annaDay15.target()).isEqualByComparingTo("4");
        assertThat(annaDay15.expectedToDate()).isEqualByComparingTo("0.666667");
        assertThat(annaDay15.attainment()).isEqualByComparingTo("3");

        // after the raise on 15 Feb: 7 calls (Anna 2 + 4, Ben 1) against 18 × 60/90 = 12
        Progress companyDay60 = progress.ofGoals(List.of(fixture.company), DAY_60).get(fixture.company);
        assertThat(companyDay60.target()).isEqualByComparingTo("18");
        assertThat(companyDay60.actualValue()).isEqualByComparingTo("7");
        assertThat(companyDay60.expectedToDate()).isEqualByComparingTo("12");
        assertThat(companyDay60.attainment()).isEqualByComparingTo("0.5833");
        assertThat(companyDay60.forecast()).isEqualByComparingTo("10.5");      // 7 × 90 / 60
        assertThat(companyDay60.status()).isEqualTo(ProgressStatus.OFF_TRACK);

        // a second goal on the same unit, metric and period is measured against its own target
        long second = fixture.insert(null, null, ProgressFixture.Q1, new GoalScope.OrgUnit(fixture.cascade.goals.unitId),
                GoalFixture.CALLS, "36", fixture.sabine);
        Map<Long, Progress> both = progress.ofGoals(List.of(fixture.company, second), DAY_30);
        assertThat(both.get(fixture.company).expectedToDate()).isEqualByComparingTo("3");
        assertThat(both.get(second).expectedToDate()).isEqualByComparingTo("12");   // 36 × 30 / 90
        assertThat(both.get(second).actualValue()).isEqualByComparingTo("3");

        // the target used is the one the goal service says was in force
        for (LocalDate day : List.of(DAY_15, DAY_30, DAY_60)) {
            Map<Long, Progress> on = progress.ofGoals(all(), day);
            for (long goal : all()) {
                assertThat(on.get(goal).target()).as(goal + " on " + day).isEqualByComparingTo(goals.targetAsOf(goal, day));
            }
        }
    }

    @Test
    void aSeasonalCompanyGoalExpectsItsCascadeAlongLastYearsCourseAndLinearlyWhereThereIsNone() {
        // last year all three of Anna's calls fell on 2 and 3 January: by 30 January all of the quarter was expected
        goals.setProgressProfile(fixture.company, ProgressProfile.SEASONAL);
        assertThat(goals.progressProfile(fixture.anna)).isEqualTo(ProgressProfile.SEASONAL);
        Map<Long, Progress> day30 = progress.ofGoals(all(), DAY_30);

        Progress company = day30.get(fixture.company);
        assertThat(company.profile()).isEqualTo(ProgressProfile.SEASONAL);
        assertThat(company.expectedToDate()).isEqualByComparingTo("9");          // 9 × 3/3
        assertThat(company.attainment()).isEqualByComparingTo("0.3333");         // 3 / 9
        Progress anna = day30.get(fixture.anna);
        assertThat(anna.profile()).isEqualTo(ProgressProfile.SEASONAL);
        assertThat(anna.expectedToDate()).isEqualByComparingTo("5");             // 5 × 3/3
        assertThat(anna.attainment()).isEqualByComparingTo("0.4");               // 2 / 5
        // Ben's unit and Max made no call last year: evenly by days, as before
        assertThat(day30.get(fixture.two).profile()).isEqualTo(ProgressProfile.LINEAR);
        assertThat(day30.get(fixture.two).expectedToDate()).isEqualByComparingTo("1");       // 3 × 30/90
        assertThat(day30.get(fixture.max).profile()).isEqualTo(ProgressProfile.LINEAR);
        assertThat(day30.get(fixture.max).expectedToDate()).isEqualByComparingTo("0.333333"); // 1 × 30/90
        assertThat(progress.ofGoal(fixture.anna, DAY_30).orElseThrow().profile()).isEqualTo(ProgressProfile.SEASONAL);

        // only executives and the program office choose it, and only on a company goal
        assertThatThrownBy(() -> goals.setProgressProfile(fixture.one, ProgressProfile.LINEAR))
                .isInstanceOf(BusinessRuleException.class);
        signInAs(DemoLogins.MANAGER);
        assertThatThrownBy(() -> goals.setProgressProfile(fixture.company, ProgressProfile.LINEAR))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theChartOfOneGoalDrawsTheExpectedLineWithTheTargetInForceOnEachDay() {
        Progress company = progress.ofGoal(fixture.company, DAY_60).orElseThrow();
        assertThat(company.expectedToDate()).isEqualByComparingTo("12");
        // weekly buckets from Wednesday 1 Jan: 5, 12, 19, 26 Jan, 2, 9, 16, 23 Feb, and 1 Mar (today's cut)
        assertThat(company.points()).extracting(ProgressPoint::day).containsExactly(LocalDate.of(2025, 1, 5),
                LocalDate.of(2025, 1, 12), LocalDate.of(2025, 1, 19), LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 2),
                LocalDate.of(2025, 2, 9), LocalDate.of(2025, 2, 16), LocalDate.of(2025, 2, 23), DAY_60);
        assertThat(company.points()).extracting(p -> p.actual().stripTrailingZeros().toPlainString())
                .containsExactly("0", "2", "2", "3", "3", "3", "3", "7", "7");
        // 9 × 40/90 = 4 on 9 Feb; from 15 Feb 18: 18 × 47/90 = 9.4 on 16 Feb, 18 × 60/90 = 12 on 1 Mar
        assertThat(company.points().get(5).expected()).isEqualByComparingTo("4");
        assertThat(company.points().get(6).expected()).isEqualByComparingTo("9.4");
        assertThat(company.points().get(8).expected()).isEqualByComparingTo("12");

        // the period is over: measured to its end, against the target it ended with (8 calls of 18)
        Progress now = progress.ofGoal(fixture.company).orElseThrow();
        assertThat(now.asOf()).isEqualTo(calendar.today());
        assertThat(now.actualValue()).isEqualByComparingTo("8");
        assertThat(now.expectedToDate()).isEqualByComparingTo("18");
        assertThat(now.attainment()).isEqualByComparingTo("0.4444");
        assertThat(now.points().getLast().day()).isEqualTo(ProgressFixture.Q1.to());
    }

    @Test
    void noDataWithoutADenominatorAndNotStartedBeforeThePeriod() {
        long empty = fixture.cascade.goals.emptyUnit(context);
        // a rate over a unit without people: 0 / 0 is no rate, so no attainment and no status to steer by
        long rate = fixture.insert(null, null, ProgressFixture.Q1, new GoalScope.OrgUnit(empty), "WIN_RATE", "40",
                fixture.sabine);
        Progress noData = progress.ofGoal(rate, DAY_30).orElseThrow();
        assertThat(noData.actualValue()).isNull();
        assertThat(noData.expectedToDate()).isEqualByComparingTo("40");   // a rate is expected in full from day one
        assertThat(noData.attainment()).isNull();
        assertThat(noData.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(noData.started()).isTrue();
        assertThat(noData.points()).allSatisfy(p -> {
            assertThat(p.actual()).isNull();
            assertThat(p.expected()).isEqualByComparingTo("40");
        });

        LocalDate nextYear = calendar.today().plusYears(1).withDayOfYear(1);
        long future = fixture.insert(null, null, new DateRange(nextYear, nextYear.plusMonths(3).minusDays(1)),
                new GoalScope.OrgUnit(fixture.cascade.goals.unitId), GoalFixture.CALLS, "30", fixture.sabine);
        Progress notStarted = progress.ofGoals(List.of(future)).get(future);
        assertThat(notStarted.started()).isFalse();
        assertThat(notStarted.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(notStarted.expectedToDate()).isZero();
        assertThat(notStarted.attainment()).isNull();
    }

    @Test
    void nobodyGetsFiguresTheyMayNotSeeAndNobodyGetsAnError() {
        // the executive sees every goal and every unit's figures, but not one person's outside his reporting line
        signInAs(DemoLogins.EXECUTIVE);
        assertThat(progress.ofGoals(all(), DAY_30)).containsOnlyKeys(fixture.company, fixture.one, fixture.two);
        assertThat(progress.ofGoal(fixture.anna, DAY_30)).isEmpty();
        assertThat(progress.ofGoal(fixture.one, DAY_30)).isPresent();

        // Max leads Cascade one: its target and his people's, not the division's or the other department's
        signInAs(fixture.cascade.max.email());
        assertThat(progress.ofGoals(all(), DAY_30)).containsOnlyKeys(fixture.one, fixture.anna, fixture.max);
        assertThat(progress.ofGoals(all(), DAY_30).get(fixture.anna).actualValue()).isEqualByComparingTo("2");

        // Anna sees her own target only
        signInAs(fixture.cascade.goals.anna.email());
        assertThat(progress.ofGoals(all(), DAY_30)).containsOnlyKeys(fixture.anna);
        assertThat(progress.ofGoal(fixture.company)).isEmpty();
        assertThat(progress.ofGoals(List.of(-1L, fixture.anna))).containsOnlyKeys(fixture.anna);
    }
}
