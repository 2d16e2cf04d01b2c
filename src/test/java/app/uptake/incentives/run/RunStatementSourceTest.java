package app.uptake.incentives.run;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.statement.GenerationProgress;
import app.uptake.incentives.statement.PayrollRow;
import app.uptake.incentives.statement.PublishedRun;
import app.uptake.incentives.statement.RunStatement;
import app.uptake.incentives.statement.StatementGenerationService;
import app.uptake.organization.EmployeeContact;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published runs as statements read them: the real run results of Sabine's team (without Jonas, whose statements
 * other tests count), recalculated from their frozen inputs, with company, cost centre, language and metric notes.
 */
class RunStatementSourceTest extends RunTest {

    @Autowired
    RunStatementSource source;
    @Autowired
    StatementGenerationService generation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublishedRunGivesOneStatementPerEmployeeWithTheRunsFiguresAndItsPayroll() throws InterruptedException {
        List<Long> team = team().stream().filter(id -> id != id(DemoLogins.EMPLOYEE)).sorted().toList();
        signInAs(DemoLogins.HR);
        long planId = plans.add(salesPlan("ST" + System.nanoTime() % 100000, "1000"),
                app.uptake.incentives.plan.PlanPeriodType.MONTH, true,
                new DateRange(java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.of(2099, 12, 31)), team);
        long runId = runs.start(planId, lastMonth());
        runs.calculate(runId);
        assertThat(source.publishedRun(runId)).isEmpty();
        assertThat(source.statements(runId)).isEmpty();
        signInAs(secondHrLogin());
        runs.approve(runId);
        signInAs(DemoLogins.HR);
        runs.publish(runId);

        PublishedRun run = source.publishedRun(runId).orElseThrow();
        assertThat(run.employees()).isEqualTo(team.size());
        assertThat(run.managerTotalsVisible()).isTrue();
        assertThat(run.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(source.publishedRuns(0, 500)).extracting(PublishedRun::runId).contains(runId);

        List<RunStatement> statements = source.statements(runId).toList();
        assertThat(statements).extracting(RunStatement::employeeId).containsExactlyElementsOf(team);
        Map<Long, EmployeeContact> people = directory.contacts(team);
        String company = jdbc.queryForObject("select name from org_unit where parent_id is null order by id "
                + "fetch first 1 rows only", String.class);
        for (RunStatement statement : statements) {
            long id = statement.employeeId();
            assertThat(statement.content().statementId()).isEqualTo(
                    "ST-" + app.uptake.incentives.statement.StatementPeriod.code(lastMonth()).replace("-", "") + "-"
                            + runId + "-" + id);
            assertThat(statement.content().payout().total()).isEqualByComparingTo(runs.result(runId, id).row().total());
            assertThat(statement.content().companyName()).isEqualTo(company);
            assertThat(statement.content().employee().name()).isEqualTo(people.get(id).name());
            assertThat(statement.content().locale().getLanguage()).isEqualTo(people.get(id).language().getLanguage());
            assertThat(statement.content().employee().costCentre()).isEqualTo(directory.unitCodes(List.of(id)).get(id))
                    .isNotBlank();
            assertThat(statement.content().metrics()).containsKeys("CALLS", "ACTIVE");
            assertThat(statement.content().metrics().get("CALLS").howMeasured()).isNotBlank();
        }
        assertThat(source.statement(runId, team.getFirst())).get().extracting(RunStatement::employeeId)
                .isEqualTo(team.getFirst());
        assertThat(source.statement(runId, id(DemoLogins.EMPLOYEE))).isEmpty();

        List<PayrollRow> payroll = source.payroll(runId).toList();
        assertThat(payroll).extracting(PayrollRow::employeeId)
                .containsExactlyElementsOf(team.stream().map(String::valueOf).toList());
        assertThat(payroll).allSatisfy(row -> assertThat(row.amount())
                .isEqualByComparingTo(runs.result(runId, Long.parseLong(row.employeeId())).row().total()));

        generation.start(runId);
        long deadline = System.currentTimeMillis() + 60_000;
        while (generation.progress(runId).status() == GenerationProgress.Status.RUNNING
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(generation.progress(runId).status()).isEqualTo(GenerationProgress.Status.DONE);
        assertThat(jdbc.queryForObject("select count(*) from incentive_statement where run_id = ?", Integer.class,
                runId)).isEqualTo(team.size());
    }
}
