package app.uptake.incentives.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.IncentiveKeys;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.metrics.MetricFigures;
import app.uptake.metrics.MetricValue;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.training.MandatoryTrainingTallies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs on the demo company (H2 by default, PostgreSQL in CI): the status flow with four-eyes approval, published
 * runs that never change, adjustments that need a reason, frozen inputs that give the same result again whatever
 * happens to the plan later, and corrections that show their difference.
 */
class IncentiveRunServiceTest extends RunTest {

    @Autowired
    PublishedResults published;
    @Autowired
    MetricFigures figures;
    @Autowired
    MandatoryTrainingTallies training;
    @Autowired
    JdbcTemplate jdbc;

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void aCalculatedRunPaysWhatTheFrozenFiguresSayToTheCent() {
        signInAs(DemoLogins.HR);
        long planId = teamPlan(false);
        DateRange month = lastMonth();
        long runId = runs.start(planId, month);
        assertThat(runs.run(runId).status()).isEqualTo(RunStatus.DRAFT);

        RunDetail calculated = runs.calculate(runId);

        List<Long> team = team();
        assertThat(calculated.status()).isEqualTo(RunStatus.CALCULATED);
        assertThat(calculated.summary().employeeCount()).isEqualTo(team.size());
        assertThat(calculated.inputChecksum()).hasSize(64);
        // by hand: 1000 × (60 % × calls ÷ 10 + 40 % × active ÷ 80), less 20 % without training; rounded once
        long jonas = id(DemoLogins.EMPLOYEE);
        BigDecimal calls = figures.ofEmployees("CALLS_PER_WEEK", List.of(jonas), month).get(jonas).value();
        MetricValue activeValue = figures.ofEmployees("CRM_ACTIVE_DAYS_SHARE", List.of(jonas), month).get(jonas);
        BigDecimal active = activeValue.value() == null ? BigDecimal.ZERO : activeValue.value();
        boolean trained = training.ofEmployees(List.of(jonas), month.to()).get(jonas).allCompleted();
        BigDecimal percent = calls.multiply(new BigDecimal("6")).add(active.divide(new BigDecimal("2"),
                java.math.MathContext.DECIMAL128));
        BigDecimal expected = BigDecimal.TEN.multiply(percent).multiply(trained ? BigDecimal.ONE : new BigDecimal("0.8"))
                .setScale(2, RoundingMode.HALF_EVEN);
        EmployeeResult result = runs.result(runId, jonas);
        assertThat(result.row().total()).isEqualByComparingTo(expected);
        assertThat(result.payout().total()).isEqualByComparingTo(expected);
        assertThat(result.payout().explanation()).isNotEmpty();
        BigDecimal sum = runs.results(runId, 0, 100).stream().map(ResultRow::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(calculated.summary().total()).isEqualByComparingTo(sum);
    }

    @Test
    void theCalculatorCannotApproveASecondHrPersonCanThenItIsPublishedAndNeverChanges() {
        signInAs(DemoLogins.HR);
        long planId = teamPlan(false);
        long runId = runs.start(planId, lastMonth());
        refused(() -> runs.approve(runId), IncentiveRunService.NOT_CALCULATED);
        refused(() -> runs.publish(runId), IncentiveRunService.NOT_APPROVED);
        runs.calculate(runId);
        assertThat(runs.run(runId).mayApprove()).isFalse();
        refused(() -> runs.approve(runId), IncentiveRunService.CALCULATOR_CANNOT_APPROVE);
        assertThat(runs.run(runId).status()).isEqualTo(RunStatus.CALCULATED);

        signInAs(secondHrLogin());
        assertThat(runs.run(runId).mayApprove()).isTrue();
        runs.approve(runId);
        long jonas = id(DemoLogins.EMPLOYEE);
        refused(() -> runs.adjust(runId, jonas, null, BigDecimal.TEN, "late deal"), IncentiveRunService.APPROVED);
        refused(() -> runs.calculate(runId), IncentiveRunService.APPROVED);
        signInAs(DemoLogins.HR);
        runs.publish(runId);

        RunDetail done = runs.run(runId);
        assertThat(done.status()).isEqualTo(RunStatus.PUBLISHED);
        assertThat(done.approvedBy()).isNotNull().isNotEqualTo(done.calculatedBy());
        assertThat(done.mayCalculate() || done.mayAdjust() || done.mayApprove() || done.mayPublish()).isFalse();
        assertThat(done.mayCorrect()).isTrue();
        BigDecimal total = done.summary().total();
        refused(() -> runs.calculate(runId), IncentiveRunService.PUBLISHED);
        refused(() -> runs.adjust(runId, jonas, null, BigDecimal.TEN, "late deal"), IncentiveRunService.PUBLISHED);
        refused(() -> runs.approve(runId), IncentiveRunService.PUBLISHED);
        refused(() -> runs.publish(runId), IncentiveRunService.PUBLISHED);
        assertThat(runs.run(runId).summary().total()).isEqualByComparingTo(total);
        assertThat(jdbc.queryForObject("select count(*) from incentive_run_adjustment where run_id = ?",
                Integer.class, runId)).isZero();
    }

    @Test
    void anAdjustmentNeedsAReasonAndSurvivesRecalculation() {
        signInAs(DemoLogins.HR);
        long runId = runs.start(teamPlan(false), lastMonth());
        long jonas = id(DemoLogins.EMPLOYEE);
        refused(() -> runs.adjust(runId, jonas, null, BigDecimal.TEN, "late deal"),
                IncentiveRunService.NOT_CALCULATED);
        runs.calculate(runId);
        BigDecimal before = runs.result(runId, jonas).row().total();

        refused(() -> runs.adjust(runId, jonas, null, new BigDecimal("150.00"), "  "),
                IncentiveKeys.ADJUSTMENT_REASON_REQUIRED);
        refused(() -> runs.adjust(runId, jonas, null, null, "late deal"), IncentiveRunService.AMOUNT_REQUIRED);
        refused(() -> runs.adjust(runId, jonas, "NO_SUCH", BigDecimal.TEN, "late deal"),
                IncentiveRunService.UNKNOWN_COMPONENT);
        refused(() -> runs.adjust(runId, 0, null, BigDecimal.TEN, "late deal"),
                IncentiveRunService.EMPLOYEE_NOT_IN_RUN);
        assertThat(runs.result(runId, jonas).adjustments()).isEmpty();

        runs.adjust(runId, jonas, "CALLS", new BigDecimal("150.00"), "Deal booked after the cut-off");
        EmployeeResult adjusted = runs.result(runId, jonas);
        assertThat(adjusted.row().total()).isEqualByComparingTo(before.add(new BigDecimal("150.00")));
        assertThat(adjusted.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("Deal booked after the cut-off");
            assertThat(a.componentCode()).isEqualTo("CALLS");
            assertThat(a.author()).isNotBlank();
        });
        assertThat(adjusted.payout().adjustments()).hasSize(1);

        runs.calculate(runId);
        assertThat(runs.result(runId, jonas).row().total()).isEqualByComparingTo(before.add(new BigDecimal("150")));
        assertThat(runs.results(runId, 0, 100)).filteredOn(r -> r.employeeId() == jonas).singleElement()
                .extracting(ResultRow::adjustments).isEqualTo(1);
    }

    @Test
    void frozenInputsGiveTheSameResultAgainWhateverHappensToThePlanLater() {
        signInAs(DemoLogins.HR);
        long planId = teamPlan(false);
        long runId = runs.start(planId, lastMonth());
        runs.calculate(runId);
        long jonas = id(DemoLogins.EMPLOYEE);
        String stored = jdbc.queryForObject("select result_json from incentive_run_employee where run_id = ? and "
                + "employee_id = ?", String.class, runId, jonas);
        BigDecimal total = runs.run(runId).summary().total();
        String checksum = runs.run(runId).inputChecksum();

        // the plan is edited (twice the money): the run keeps what it froze
        plans.replace(planId, salesPlan("EDITED", "2000"));
        assertThat(runs.verify(runId)).isZero();
        EmployeePayout again = runs.result(runId, jonas).payout();
        assertThat(again.plan().plan().targetIncentive()).isEqualByComparingTo("1000");
        assertThat(runs.run(runId).summary().total()).isEqualByComparingTo(total);
        assertThat(jdbc.queryForObject("select result_json from incentive_run_employee where run_id = ? and "
                + "employee_id = ?", String.class, runId, jonas)).isEqualTo(stored);

        // a tampered frozen figure is noticed
        jdbc.update("update incentive_run_employee set result_json = replace(result_json, '\"total\":\"', "
                + "'\"total\":\"9') where run_id = ? and employee_id = ?", runId, jonas);
        assertThat(runs.verify(runId)).isEqualTo(1);
        assertThatThrownBy(() -> runs.result(runId, jonas)).isInstanceOf(IllegalStateException.class);

        // calculating again freezes the new version
        runs.calculate(runId);
        assertThat(runs.verify(runId)).isZero();
        assertThat(runs.run(runId).inputChecksum()).isNotEqualTo(checksum);
        assertThat(runs.result(runId, jonas).payout().plan().plan().targetIncentive()).isEqualByComparingTo("2000");
    }

    @Test
    void aCorrectionShowsEachEmployeesDifferenceToThePublishedRun() {
        signInAs(DemoLogins.HR);
        long planId = teamPlan(false);
        long runId = runs.start(planId, lastMonth());
        refused(() -> runs.startCorrection(runId), IncentiveRunService.CORRECT_ONLY_PUBLISHED);
        runs.calculate(runId);
        signInAs(secondHrLogin());
        runs.approve(runId);
        runs.publish(runId);

        long correctionId = runs.startCorrection(runId);
        RunDetail correction = runs.run(correctionId);
        assertThat(correction.summary().kind()).isEqualTo(RunKind.CORRECTION);
        assertThat(correction.summary().correctsRunId()).isEqualTo(runId);
        runs.calculate(correctionId);
        long jonas = id(DemoLogins.EMPLOYEE);
        runs.adjust(correctionId, jonas, null, new BigDecimal("-25.50"), "Double-counted call campaign");

        List<ResultRow> rows = runs.results(correctionId, 0, 100);
        assertThat(rows).hasSize(team().size());
        assertThat(rows).filteredOn(r -> r.employeeId() == jonas).singleElement()
                .extracting(ResultRow::difference).satisfies(d -> assertThat(d).isEqualByComparingTo("-25.50"));
        assertThat(rows).filteredOn(r -> r.employeeId() != jonas)
                .allSatisfy(r -> assertThat(r.difference()).isEqualByComparingTo("0"));
        assertThat(runs.run(correctionId).differenceTotal()).isEqualByComparingTo("-25.50");
        assertThat(runs.result(runId, jonas).row().difference()).isNull();
    }

    @Test
    void startingIsRefusedForAPeriodThatIsNotThePlansOrARunThatExistsAndCalculatingAPeriodWithoutData() {
        signInAs(DemoLogins.HR);
        long planId = teamPlan(false);
        DateRange month = lastMonth();
        refused(() -> runs.start(planId, new DateRange(month.from(), month.to().minusDays(1))),
                IncentiveRunService.PERIOD_NOT_OF_PLAN);
        refused(() -> runs.start(0, month), IncentiveRunService.PLAN_NOT_IN_FORCE);
        runs.start(planId, month);
        refused(() -> runs.start(planId, month), IncentiveRunService.RUN_EXISTS);

        // everybody employed, nobody with activity yet: a month of next year
        DateRange future = RunPeriods.containing(PlanPeriodType.MONTH, calendar.today().plusYears(1), 1);
        long empty = runs.start(planId, future);
        refused(() -> runs.calculate(empty), IncentiveRunService.NO_DATA);
        assertThat(runs.run(empty).status()).isEqualTo(RunStatus.DRAFT);
        assertThat(runs.countResults(empty)).isZero();
        long nobody = plans.add(salesPlan("NOBODY", "1000"), PlanPeriodType.MONTH, false, month, List.of());
        long unpeopled = runs.start(nobody, month);
        refused(() -> runs.calculate(unpeopled), IncentiveRunService.NO_PARTICIPANTS);
        assertThat(runs.plansFor(PlanPeriodType.MONTH, month)).extracting(PlanChoice::planId).contains(planId);
        assertThat(runs.plansFor(PlanPeriodType.QUARTER, month)).extracting(PlanChoice::planId)
                .doesNotContain(planId);
    }

    @Test
    void publishedResultsAreForThePersonHrAndManagersOnlyTotalsWhereThePlanAllows() {
        signInAs(DemoLogins.HR);
        long hidden = publishedRun(teamPlan(false));
        long shown = publishedRun(teamPlan(true));
        long jonas = id(DemoLogins.EMPLOYEE);
        long sabine = id(DemoLogins.MANAGER);
        BigDecimal total = runs.result(shown, jonas).row().total();

        signInAs(DemoLogins.EMPLOYEE);
        assertThat(published.mine()).extracting(PublishedResult::runId).contains(hidden, shown);
        assertThat(published.payout(shown, jonas).total()).isEqualByComparingTo(total);
        refused(() -> published.result(shown, sabine), PublishedResults.NOT_YOURS);
        refused(() -> published.payout(shown, sabine), PublishedResults.NOT_YOURS);

        signInAs(DemoLogins.MANAGER);
        assertThat(published.result(shown, jonas).total()).isEqualByComparingTo(total);
        refused(() -> published.result(hidden, jonas), PublishedResults.NOT_YOURS);
        refused(() -> published.payout(shown, jonas), PublishedResults.NOT_YOURS);

        signInAs(DemoLogins.HR);
        long draft = runs.start(teamPlan(true), lastMonth());
        signInAs(DemoLogins.EMPLOYEE);
        refused(() -> published.payout(draft, jonas), PublishedResults.NOT_PUBLISHED);
    }

    private long publishedRun(long planId) {
        signInAs(DemoLogins.HR);
        long runId = runs.start(planId, lastMonth());
        runs.calculate(runId);
        signInAs(secondHrLogin());
        runs.approve(runId);
        runs.publish(runId);
        signInAs(DemoLogins.HR);
        return runId;
    }
}
