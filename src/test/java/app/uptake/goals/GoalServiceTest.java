package app.uptake.goals;

import static app.uptake.goals.GoalFixture.CALLS;
import static app.uptake.goals.GoalFixture.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Goals of next fiscal year on a test division, so the baseline is this fiscal year so far: Anna's three calls on
 * two days, Ben's none.
 */
class GoalServiceTest extends UiTest {

    @Autowired
    GoalService goals;
    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    GoalFixture fixture;
    int nextYear;
    long sabine;

    @BeforeEach
    void makeDivision() {
        signInAs(DemoLogins.ADMIN);
        nextYear = fiscal.currentFiscalYear() + 1;
        fixture = new GoalFixture(context, fiscal.period(fiscal.currentFiscalYear(), null).range().from());
        sabine = jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.MANAGER);
    }

    @AfterEach
    void removeDivision() {
        fixture.remove();
    }

    private long create(String target, String weight) {
        return goals.create(draft(nextYear, fixture.unitId, CALLS, target, TargetDirection.INCREASE, weight, sabine));
    }

    private static void assertRule(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void theBaselineIsMeasuredForTheUnitOverTheComparableEarlierPeriodWithItsCoverage() {
        long id = create("5", "10");
        GoalDetail detail = goals.detail(id);
        LocalDate yearStart = fiscal.period(fiscal.currentFiscalYear(), null).range().from();
        LocalDate yesterday = calendar.today().minusDays(1);
        // three calls; the year so far, to yesterday
        assertThat(detail.baseline().value()).isEqualByComparingTo("3");
        assertThat(detail.baseline().period().from()).isEqualTo(yearStart);
        assertThat(detail.baseline().period().to()).isEqualTo(yesterday);
        // Anna of Anna and Ben; two days with calls of all days so far
        DataCoverage coverage = detail.baseline().coverage();
        assertThat(coverage.people()).isEqualTo(2);
        assertThat(coverage.activePeople()).isEqualTo(1);
        assertThat(coverage.peopleShare()).isEqualByComparingTo("50.0");
        assertThat(coverage.daysWithData()).isEqualTo(2);
        assertThat(coverage.days()).isEqualTo((int) ChronoUnit.DAYS.between(yearStart, calendar.today()));
        // 5 against 3: +2, +66.7 %
        assertThat(detail.goal().change()).isEqualByComparingTo("2");
        assertThat(detail.goal().changePercent()).isEqualByComparingTo("66.7");
        assertThat(detail.goal().status()).isEqualTo(GoalStatus.DRAFT);
        assertThat(detail.goal().period().range()).isEqualTo(fiscal.period(nextYear, null).range());
        assertThat(detail.metric().code()).isEqualTo(CALLS);
        assertThat(detail.mayManage()).isTrue();
        assertThat(detail.mayConfirm()).isFalse();
        assertThat(detail.baseline().quality30Days().accepted()).isGreaterThanOrEqualTo(3);

        BaselinePreview preview = goals.preview(nextYear, 1, fixture.unitId, CALLS);
        assertThat(preview.baselinePeriod()).isEqualTo(fiscal.period(nextYear - 1, 1));
    }

    @Test
    void aTargetDirectionAgainstTheMetricOrATargetThatDoesNotMoveIsRefused() {
        assertRule(() -> goals.create(draft(nextYear, fixture.unitId, CALLS, "2", TargetDirection.DECREASE, "10", sabine)),
                "direction", "goals.error.mustIncrease");
        // resolution hours: lower is better
        assertRule(() -> goals.create(draft(nextYear, fixture.unitId, "CASE_RESOLUTION_HOURS", "20",
                TargetDirection.INCREASE, "10", sabine)), "direction", "goals.error.mustDecrease");
        assertRule(() -> create("3", "10"), "target", "goals.error.targetNotAbove");
        assertRule(() -> create(null, "10"), "target", "goals.error.targetRequired");
        assertThat(jdbc.queryForObject("select count(*) from goal where title_en like 'Test %'", Integer.class)).isZero();
    }

    @Test
    void aMetricWithoutDataForTheUnitIsRefused() {
        long empty = fixture.emptyUnit(context);
        assertRule(() -> goals.create(draft(nextYear, empty, CALLS, "5", TargetDirection.INCREASE, "10", sabine)),
                "metric", "goals.error.noData");
        // a unit with people but no resolved cases has no value for the ratio
        assertRule(() -> goals.create(draft(nextYear, fixture.unitId, "CASE_RESOLUTION_HOURS", "2",
                TargetDirection.DECREASE, "10", sabine)), "metric", "goals.error.noData");
    }

    @Test
    void theWeightsOfAYearAddUpToAtMostHundredAndPeriodsOfOneMetricAndUnitDoNotOverlap() {
        BigDecimal before = goals.weightOfYear(nextYear);
        BigDecimal room = new BigDecimal("100").subtract(before);
        assertRule(() -> create("5", "0"), "weight", "goals.error.weightRange");
        assertRule(() -> create("5", "100.5"), "weight", "goals.error.weightRange");
        create("5", room.subtract(BigDecimal.TEN).toPlainString());
        assertRule(() -> goals.create(new GoalDraft(nextYear, 2, fixture.unitId, "Test other", "Test anders", CALLS, null,
                BigDecimal.TEN, TargetDirection.INCREASE, new BigDecimal("11"), sabine, null, null)), "weight",
                "goals.error.weightTotal");
        // the same metric and unit in a quarter of the same year overlaps
        assertRule(() -> goals.create(new GoalDraft(nextYear, 2, fixture.unitId, "Test other", "Test anders", CALLS, null,
                BigDecimal.TEN, TargetDirection.INCREASE, new BigDecimal("5"), sabine, null, null)), "period",
                "goals.error.overlap");
        assertThat(goals.weightOfYear(nextYear)).isEqualByComparingTo(before.add(room.subtract(BigDecimal.TEN)));
    }

    @Test
    void onlyTheOwnerConfirmsAndOnlyAConfirmedGoalIsActivated() {
        long id = create("5", "5");
        assertRule(() -> goals.activate(id), null, "goals.error.notConfirmed");
        assertRule(() -> goals.confirm(id), null, "goals.error.onlyOwnerConfirms");

        signInAs(DemoLogins.EMPLOYEE);
        assertThatThrownBy(() -> goals.detail(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.confirm(id)).isInstanceOf(AccessDeniedException.class);

        signInAs(DemoLogins.MANAGER);
        assertThat(goals.detail(id).mayConfirm()).isTrue();
        assertThatThrownBy(() -> goals.activate(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.companyGoals(nextYear, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        goals.confirm(id);
        GoalDetail confirmed = goals.detail(id);
        assertThat(confirmed.confirmedByName()).isEqualTo("Sabine Krüger");
        assertThat(confirmed.confirmedAt()).isNotNull();
        assertThat(confirmed.mayConfirm()).isFalse();

        signInAs(DemoLogins.EXECUTIVE);
        goals.activate(id);
        assertThat(goals.detail(id).goal().status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(goals.detail(id).activatedByName()).isEqualTo("Michael Hansen");
        assertRule(() -> goals.activate(id), null, "goals.error.notDraft");
        // the owner was asked to confirm
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'GOAL_CONFIRM' and "
                + "recipient_id = ? and route = ?", Integer.class, sabine, "goals/" + id)).isEqualTo(1);
    }

    @Test
    void everyChangeOfTargetOrWeightIsARevisionAndTheValueInForceIsKnownForAnyDay() {
        long id = create("5", "4");
        GoalDraft draft = goals.draftFor(id);
        assertRule(() -> goals.update(id, withTarget(draft, "6", null)), "reason", "goals.error.reasonRequired");
        goals.update(id, withTarget(draft, "6", "First quarter showed more room"));
        goals.update(id, withTarget(draft, "7", "Second campaign added"));
        GoalDraft weightOnly = goals.draftFor(id);
        goals.update(id, new GoalDraft(weightOnly.fiscalYear(), weightOnly.quarter(), weightOnly.orgUnitId(),
                weightOnly.titleEn(), weightOnly.titleDe(), weightOnly.metricCode(), weightOnly.segment(),
                weightOnly.targetValue(), weightOnly.direction(), new BigDecimal("3"), weightOnly.ownerId(),
                weightOnly.rationale(), "Weight moved to service"));

        List<GoalRevision> history = goals.revisions(id);
        assertThat(history).extracting(GoalRevision::field).containsExactly(RevisionField.WEIGHT, RevisionField.TARGET,
                RevisionField.TARGET);
        GoalRevision second = history.get(1);
        assertThat(second.before()).isEqualByComparingTo("6");
        assertThat(second.after()).isEqualByComparingTo("7");
        assertThat(second.reason()).isEqualTo("Second campaign added");
        assertThat(second.authorName()).isEqualTo("Tobias Wagner");

        // as if the first change was made 20 days ago and the second 10 days ago
        LocalDate today = calendar.today();
        List<Long> targetRevisions = history.stream().filter(r -> r.field() == RevisionField.TARGET)
                .map(GoalRevision::id).toList();
        jdbc.update("update goal_revision set effective_on = ? where id = ?", Date.valueOf(today.minusDays(20)),
                targetRevisions.get(1));
        jdbc.update("update goal_revision set effective_on = ? where id = ?", Date.valueOf(today.minusDays(10)),
                targetRevisions.get(0));
        assertThat(goals.targetAsOf(id, today.minusDays(30))).isEqualByComparingTo("5");
        assertThat(goals.targetAsOf(id, today.minusDays(20))).isEqualByComparingTo("6");
        assertThat(goals.targetAsOf(id, today.minusDays(15))).isEqualByComparingTo("6");
        assertThat(goals.targetAsOf(id, today.minusDays(10))).isEqualByComparingTo("7");
        assertThat(goals.targetAsOf(id, today.plusDays(100))).isEqualByComparingTo("7");
        assertThat(goals.weightAsOf(id, today.minusDays(1))).isEqualByComparingTo("4");
        assertThat(goals.weightAsOf(id, today)).isEqualByComparingTo("3");
    }

    @Test
    void anActiveGoalKeepsItsMetricUnitAndPeriodAndNothingIsHalfSaved() {
        long id = create("5", "4");
        signInAs(DemoLogins.MANAGER);
        goals.confirm(id);
        signInAs(DemoLogins.ADMIN);
        goals.activate(id);
        GoalDraft draft = goals.draftFor(id);
        GoalDraft otherPeriod = new GoalDraft(draft.fiscalYear(), 1, draft.orgUnitId(), draft.titleEn(), draft.titleDe(),
                draft.metricCode(), draft.segment(), new BigDecimal("9"), draft.direction(), draft.weight(),
                draft.ownerId(), draft.rationale(), "Moved to a quarter");
        assertRule(() -> goals.update(id, otherPeriod), null, "goals.error.fixedWhenActive");
        assertThat(goals.detail(id).goal().target()).isEqualByComparingTo("5");
        assertThat(goals.revisions(id)).isEmpty();
        goals.close(id);
        assertThat(goals.detail(id).goal().status()).isEqualTo(GoalStatus.CLOSED);
        assertRule(() -> goals.update(id, draft), null, "goals.error.closed");
    }

    private static GoalDraft withTarget(GoalDraft d, String target, String reason) {
        return new GoalDraft(d.fiscalYear(), d.quarter(), d.orgUnitId(), d.titleEn(), d.titleDe(), d.metricCode(),
                d.segment(), new BigDecimal(target), d.direction(), d.weight(), d.ownerId(), d.rationale(), reason);
    }
}
