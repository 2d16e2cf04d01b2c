package app.uptake.goals.progress;

import app.uptake.metrics.PeriodPreset;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Attainment of the full cascade: 10,000 employees with 8 goals each for a quarter, through
 * {@link GoalProgressService#progressOfEmployees} as the program office (sees everybody). The target is under
 * 2 seconds. Not part of the build; run on a scratch PostgreSQL database (the first run writes the people and about
 * 4 million rollup rows with SQL):
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_goal_bench \
 *   ./mvnw test -Dtest=GoalAttainmentBenchmark
 * </pre>
 */
@SpringBootTest(properties = {"uptake.demo.enabled=true", "spring.quartz.auto-startup=false"})
class GoalAttainmentBenchmark {

    /** Eight goals per person on metrics read from the rollups: totals, rates per week, per working day and ratios. */
    static final List<String> GOALS = List.of("WON_REVENUE", "ACTIVITIES_PER_WEEK", "WIN_RATE", "CALLS_PER_WEEK",
            "MEETINGS_PER_WEEK", "DATA_COMPLETENESS", "CRM_ACTIVE_DAYS_SHARE", "CASE_RESOLUTION_HOURS");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GoalProgressService progress;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    UserDetailsService users;

    @Test
    void attainmentOf10000EmployeesWith8GoalsForAQuarter() {
        DateRange quarter = PeriodPreset.LAST_QUARTER.range(calendar.today());
        buildCompany();
        buildRollups(quarter);
        List<Long> people = jdbc.queryForList("select id from employee where crm_user_id like 'BG%' order by id", Long.class);
        Map<Long, BigDecimal> targets = new HashMap<>();
        people.forEach(id -> targets.put(id, BigDecimal.valueOf(10 + id % 40)));
        UserDetails admin = users.loadUserByUsername(DemoLogins.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            LocalDate asOf = quarter.from().plusDays(59);
            for (int warmup = 0; warmup < 3; warmup++) {
                cascade(targets, quarter, ProgressProfile.LINEAR, asOf);
            }
            List<Long> linear = new ArrayList<>();
            List<Long> seasonal = new ArrayList<>();
            Map<ProgressStatus, Integer> statuses = new java.util.EnumMap<>(ProgressStatus.class);
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                List<Map<Long, Progress>> all = cascade(targets, quarter, ProgressProfile.LINEAR, asOf);
                linear.add((System.nanoTime() - started) / 1_000_000);
                if (i == 0) {
                    all.forEach(m -> m.values().forEach(p -> statuses.merge(p.status(), 1, Integer::sum)));
                }
                started = System.nanoTime();
                cascade(targets, quarter, ProgressProfile.SEASONAL, asOf);
                seasonal.add((System.nanoTime() - started) / 1_000_000);
            }
            linear.sort(null);
            seasonal.sort(null);
            System.out.printf("%nBENCH goal attainment: %,d employees × %d goals for %s (day 60), %,d rollup rows, %s%n",
                    people.size(), GOALS.size(), quarter, jdbc.queryForObject("select count(*) from metric_daily", Long.class),
                    jdbc.queryForObject("select version()", String.class).split(" on ")[0]);
            System.out.printf("BENCH linear (5 runs): min %d ms, median %d ms, max %d ms (target < 2,000 ms)%n",
                    linear.getFirst(), linear.get(2), linear.getLast());
            System.out.printf("BENCH seasonal, reading last year too (5 runs): min %d ms, median %d ms, max %d ms%n",
                    seasonal.getFirst(), seasonal.get(2), seasonal.getLast());
            System.out.printf("BENCH statuses of the %,d targets: %s%n%n", people.size() * GOALS.size(), statuses);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<Map<Long, Progress>> cascade(Map<Long, BigDecimal> targets, DateRange quarter, ProgressProfile profile,
            LocalDate asOf) {
        List<Map<Long, Progress>> result = new ArrayList<>();
        for (String code : GOALS) {
            result.add(progress.progressOfEmployees(code, targets, quarter, profile, asOf));
        }
        return result;
    }

    private void buildCompany() {
        if (jdbc.queryForObject("select count(*) from org_unit where code = 'BG'", Long.class) > 0) {
            return;
        }
        jdbc.update("insert into org_unit (code, name, kind) values ('BG', 'Goal benchmark company', 'COMPANY')");
        long company = id("BG");
        for (int d = 0; d < 50; d++) {
            jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'DEPARTMENT', ?)", "BG-" + d,
                    "Department " + d, company);
            for (int t = 0; t < 10; t++) {
                String team = "BG-" + d + "-" + t;
                jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'TEAM', ?)", team, "Team " + d + "." + t,
                        id("BG-" + d));
                long teamId = id(team);
                jdbc.batchUpdate("insert into employee (first_name, last_name, email, job_role, org_unit_id, start_date, "
                        + "locale, crm_user_id) values ('Bench', ?, ?, 'ACCOUNT_EXECUTIVE', ?, ?, 'en', ?)",
                        java.util.stream.IntStream.range(0, 20).mapToObj(i -> new Object[] {team + "-" + i,
                                team.toLowerCase() + "-" + i + "@bg.example", teamId, LocalDate.of(2020, 1, 1),
                                "BG" + team + "-" + i}).toList());
            }
        }
    }

    private long id(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    /**
     * Rollup rows written by SQL for the quarter and the same quarter a year earlier (for the seasonal profile): on
     * about half of the days each person has something for each metric. This measures reading, not ingesting.
     */
    private void buildRollups(DateRange quarter) {
        if (SyntheticRollups.present(jdbc, "BG")) {
            return;
        }
        long started = System.nanoTime();
        for (DateRange range : List.of(quarter, new DateRange(quarter.from().minusYears(1), quarter.to().minusYears(1)))) {
            SyntheticRollups.write(jdbc, "BG", range);
        }
        jdbc.execute("analyze");
        System.out.printf("BENCH setup: rollups written by SQL in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
