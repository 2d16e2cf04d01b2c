package app.uptake.incentives.run;

import app.uptake.goals.progress.SyntheticRollups;
import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateEffect;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.calc.Tier;
import app.uptake.incentives.calc.TieredCurve;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.run.internal.RunCalculation;
import app.uptake.incentives.run.internal.RunInputs;
import app.uptake.incentives.run.internal.RunJson;
import app.uptake.metrics.MetricDirection;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import app.uptake.support.DemoLogins;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A whole calculation of a run for 10,000 employees with 5 components and 3 gates each: read the inputs in batches
 * (7 metrics, mandatory training), calculate every payout with its explanation, store inputs and results as JSON.
 * The target is under 5 seconds. Not part of the build; run on a scratch PostgreSQL database (the first run
 * writes the people and about a million rollup rows with SQL):
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_run_bench \
 *   ./mvnw test -Dtest=IncentiveRunBenchmark
 * </pre>
 */
@SpringBootTest(properties = {"uptake.demo.enabled=true", "spring.quartz.auto-startup=false"})
@Import(TestPlans.class)
class IncentiveRunBenchmark {

    private static final String PREFIX = "IR";
    private static final int RUNS = 5;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPlans plans;
    @Autowired
    IncentiveRunService runs;
    @Autowired
    RunInputs inputs;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    UserDetailsService users;

    @Test
    void calculatingARunFor10000EmployeesWith5Components() {
        DateRange month = RunPeriods.lastClosed(PlanPeriodType.MONTH, calendar.today(), 1);
        buildCompany();
        if (!SyntheticRollups.present(jdbc, PREFIX)) {
            long started = System.nanoTime();
            SyntheticRollups.write(jdbc, PREFIX, month);
            jdbc.execute("analyze");
            System.out.printf("BENCH setup: rollups written by SQL in %.0f s%n", (System.nanoTime() - started) / 1e9);
        }
        List<Long> people = jdbc.queryForList("select id from employee where crm_user_id like ? order by id",
                Long.class, PREFIX + "%");
        PlanVersion plan = plan();
        long planId = plans.add(plan, PlanPeriodType.MONTH, false, month, people);
        signIn(DemoLogins.HR);
        try {
            long runId = runs.start(planId, month);
            runs.calculate(runId); // warm-up: JIT, connection pool, caches
            List<Long> reads = new ArrayList<>();
            List<Long> computes = new ArrayList<>();
            List<Long> calculations = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                RunInputs.Read read = inputs.read(plan, plans.participants(planId, month), month);
                reads.add((System.nanoTime() - started) / 1_000_000);
                started = System.nanoTime();
                read.inputs().entrySet().parallelStream().map(e -> RunJson.inputs(e.getValue()) + RunJson.result(
                        RunCalculation.payout(plan, month, e.getKey(), e.getValue(), List.of()))).toList();
                computes.add((System.nanoTime() - started) / 1_000_000);
                started = System.nanoTime();
                runs.calculate(runId);
                calculations.add((System.nanoTime() - started) / 1_000_000);
            }
            reads.sort(null);
            computes.sort(null);
            calculations.sort(null);
            RunDetail run = runs.run(runId);
            System.out.printf("%nBENCH incentive run: %,d employees × %d components, %d gates, %s, %s%n",
                    run.summary().employeeCount(), plan.components().size(), plan.gates().size(), month,
                    jdbc.queryForObject("select version()", String.class).split(" on ")[0]);
            System.out.printf("BENCH reading the inputs alone (%d runs): min %d ms, median %d ms, max %d ms%n", RUNS,
                    reads.getFirst(), reads.get(RUNS / 2), reads.getLast());
            System.out.printf("BENCH calculating and writing JSON alone, on %d cores (%d runs): min %d ms, median %d ms, "
                    + "max %d ms%n", Runtime.getRuntime().availableProcessors(), RUNS, computes.getFirst(),
                    computes.get(RUNS / 2), computes.getLast());
            System.out.printf("BENCH whole calculate: read + freeze + compute + store (%d runs): min %d ms, median %d ms, "
                    + "max %d ms (target < 5,000 ms)%n", RUNS, calculations.getFirst(), calculations.get(RUNS / 2),
                    calculations.getLast());
            System.out.printf("BENCH stored per employee: inputs %,d bytes, result with explanation %,d bytes on average; "
                    + "run total %s EUR%n%n",
                    jdbc.queryForObject("select avg(length(inputs_json))::bigint from incentive_run_employee "
                            + "where run_id = ?", Long.class, runId),
                    jdbc.queryForObject("select avg(length(result_json))::bigint from incentive_run_employee "
                            + "where run_id = ?", Long.class, runId), run.summary().total());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Five components on the synthetic rollups' metrics, a curve with an accelerator and a cap, three gates. */
    private static PlanVersion plan() {
        TieredCurve curve = new TieredCurve(new BigDecimal("50"), new BigDecimal("25"), List.of(
                Tier.upTo("100", "120", "1.5"), Tier.openFrom("120", "2")), new BigDecimal("200"));
        List<PlanComponent> components = new ArrayList<>();
        String[][] metrics = {{"WON_REVENUE", "60"}, {"WIN_RATE", "35"}, {"CALLS_PER_WEEK", "4"},
                {"MEETINGS_PER_WEEK", "3"}, {"ACTIVITIES_PER_WEEK", "12"}};
        for (String[] m : metrics) {
            components.add(new PlanComponent(m[0], new LocalizedText(m[0], m[0]), new ComponentBinding.MetricBinding(
                    m[0], new BigDecimal(m[1]), MetricDirection.HIGHER), new BigDecimal("20"), curve));
        }
        return new PlanVersion("BENCH", 1, new LocalizedText("Benchmark plan", "Benchmark-Plan"), PlanVersion.EUR,
                new BigDecimal("2500"), components, List.of(
                        Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.reduceBy("10")),
                        Gate.atLeast("DATA", GateMeasure.DATA_COMPLETENESS, "40", GateEffect.capAt("100")),
                        Gate.atLeast("ACTIVE", GateMeasure.CRM_ACTIVE_DAYS, "30", GateEffect.zero())
                                .onComponent("CALLS_PER_WEEK")));
    }

    private void signIn(String login) {
        UserDetails details = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    /** 10,000 people in 50 departments of 10 teams of 20. */
    private void buildCompany() {
        if (jdbc.queryForObject("select count(*) from org_unit where code = ?", Long.class, PREFIX) > 0) {
            return;
        }
        jdbc.update("insert into org_unit (code, name, kind) values (?, 'Run benchmark company', 'COMPANY')", PREFIX);
        long company = unit(PREFIX);
        for (int d = 0; d < 50; d++) {
            String department = PREFIX + "-" + d;
            jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'DEPARTMENT', ?)", department,
                    "Department " + d, company);
            for (int t = 0; t < 10; t++) {
                String team = department + "-" + t;
                jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'TEAM', ?)", team,
                        "Team " + d + "." + t, unit(department));
                long teamId = unit(team);
                jdbc.batchUpdate("insert into employee (first_name, last_name, email, job_role, org_unit_id, start_date, "
                        + "locale, crm_user_id) values ('Bench', ?, ?, 'ACCOUNT_EXECUTIVE', ?, ?, 'en', ?)",
                        java.util.stream.IntStream.range(0, 20).mapToObj(i -> new Object[] {team + "-" + i,
                                team.toLowerCase() + "-" + i + "@ir.example", teamId, LocalDate.of(2020, 1, 1),
                                PREFIX + team + "-" + i}).toList());
            }
        }
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }
}
