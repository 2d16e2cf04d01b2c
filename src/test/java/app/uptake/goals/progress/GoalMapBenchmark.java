package app.uptake.goals.progress;

import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalPeriod;
import app.uptake.goals.GoalService;
import app.uptake.goals.GoalSummary;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The goal map's server time: "opening the goal map tree and expanding a department: under 300 ms". A company of
 * 10,000 employees (50 departments of 10 teams of 20) with 8 company goals for the current quarter, each broken down
 * to every department, team and employee (84,408 goal rows), and rollups for every person on about half of the days
 * so far. Measured is what {@link app.uptake.goals.ui.GoalMapView}'s data provider asks for, with progress, as the
 * program office (who sees everybody) and as an executive (who sees units, not people outside his line):
 * <ol>
 * <li>open: count and first page of the year's company goals, the year's weights, progress of the page;</li>
 * <li>expand a company goal: its 50 department targets with progress;</li>
 * <li>expand a department: its 10 team targets with progress;</li>
 * <li>expand a team (not part of the figure): its 20 people's targets with progress.</li>
 * </ol>
 * Not part of the build; run on a scratch PostgreSQL database (the first run writes the company, the cascade and
 * about 2 million rollup rows with SQL, and keeps them for the next):
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_goal_map_bench \
 *   ./mvnw test -Dtest=GoalMapBenchmark
 * </pre>
 */
@SpringBootTest(properties = {"uptake.demo.enabled=true", "spring.quartz.auto-startup=false"})
class GoalMapBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 40);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GoalService goals;
    @Autowired
    TargetProgressService progress;
    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    UserDetailsService users;

    @Test
    void openingTheGoalMapAndExpandingADepartment() {
        LocalDate today = calendar.today();
        int year = fiscal.currentFiscalYear();
        int quarter = (today.getMonthValue() - fiscal.startMonth() + 12) % 12 / 3 + 1;
        GoalPeriod period = fiscal.period(year, quarter);
        buildCompany();
        buildCascade(period);
        buildRollups(new DateRange(period.range().from(), today));
        long root = jdbc.queryForObject("select min(g.id) from goal g join org_unit u on u.id = g.org_unit_id "
                + "where u.code = 'GM' and g.parent_id is null", Long.class);
        long department = jdbc.queryForObject("select min(id) from goal where parent_id = ?", Long.class, root);
        long team = jdbc.queryForObject("select min(id) from goal where parent_id = ?", Long.class, department);
        System.out.printf("%nBENCH goal map: %,d employees, %,d goal rows (%,d company goals of FY %d), %,d rollup rows, "
                + "%s, as of %s (day %d of %s)%n", jdbc.queryForObject("select count(*) from employee", Long.class),
                jdbc.queryForObject("select count(*) from goal", Long.class),
                jdbc.queryForObject("select count(*) from goal where parent_id is null and fiscal_year = ?", Long.class,
                        year), year,
                jdbc.queryForObject("select count(*) from metric_daily", Long.class),
                jdbc.queryForObject("select version()", String.class).split(" on ")[0], today,
                java.time.temporal.ChronoUnit.DAYS.between(period.range().from(), today) + 1, period.label());
        for (String login : List.of(DemoLogins.ADMIN, DemoLogins.EXECUTIVE)) {
            signInAs(login);
            try {
                measure(login, year, root, department, team);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private void measure(String login, int year, long root, long department, long team) {
        for (int warmup = 0; warmup < 5; warmup++) {
            open(year);
            expand(root);
            expand(department);
            expand(team);
        }
        List<Long> opens = new ArrayList<>();
        List<Long> companies = new ArrayList<>();
        List<Long> departments = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        List<Long> teams = new ArrayList<>();
        int[] shown = new int[4];
        for (int i = 0; i < RUNS; i++) {
            long o = time(() -> shown[0] = open(year));
            long c = time(() -> shown[1] = expand(root));
            long d = time(() -> shown[2] = expand(department));
            opens.add(o);
            companies.add(c);
            departments.add(d);
            totals.add(o + c + d);
            teams.add(time(() -> shown[3] = expand(team)));
        }
        System.out.printf("BENCH as %s (%d runs; median / p95 / max in ms; rows with a figure of rows fetched)%n", login,
                RUNS);
        print("open the goal map (first page of company goals)", opens, shown[0]);
        print("expand a company goal (50 departments)", companies, shown[1]);
        print("expand a department (10 teams)", departments, shown[2]);
        print("open + expand company goal + expand department (target < 300 ms)", totals, -1);
        print("expand a team (20 people)", teams, shown[3]);
    }

    /** What the tree asks for on opening: count, the first page with progress, and the weights line. */
    private int open(int year) {
        goals.countCompanyGoals(year, null);
        List<GoalSummary> page = goals.companyGoals(year, null, 0, 50);
        goals.weightOfYear(year);
        return withProgress(page);
    }

    /** What the tree asks for on expanding a row: its children's first page with progress. */
    private int expand(long goalId) {
        List<GoalSummary> page = goals.children(goalId).stream().limit(50).toList();
        return withProgress(page);
    }

    private int withProgress(List<GoalSummary> page) {
        Map<Long, Progress> measured = progress.ofGoals(page.stream().map(GoalSummary::id).toList());
        return measured.size() * 1000 + page.size();
    }

    private static long time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void print(String what, List<Long> millis, int shown) {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        long median = sorted.get(sorted.size() / 2);
        long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("BENCH   %-68s %5d / %5d / %5d%s%n", what, median, p95, sorted.getLast(),
                shown < 0 ? "" : String.format("   %d of %d", shown / 1000, shown % 1000));
    }

    private void signInAs(String login) {
        UserDetails user = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private void buildCompany() {
        if (jdbc.queryForObject("select count(*) from org_unit where code = 'GM'", Long.class) > 0) {
            return;
        }
        long started = System.nanoTime();
        jdbc.update("insert into org_unit (code, name, kind) values ('GM', 'Goal map benchmark company', 'COMPANY')");
        long company = unit("GM");
        for (int d = 0; d < 50; d++) {
            jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'DEPARTMENT', ?)", "GM-" + d,
                    "Department " + d, company);
            long departmentId = unit("GM-" + d);
            for (int t = 0; t < 10; t++) {
                String team = "GM-" + d + "-" + t;
                jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'TEAM', ?)", team,
                        "Team " + d + "." + t, departmentId);
                long teamId = unit(team);
                jdbc.batchUpdate("insert into employee (first_name, last_name, email, job_role, org_unit_id, start_date, "
                        + "locale, crm_user_id) values ('Bench', ?, ?, 'ACCOUNT_EXECUTIVE', ?, ?, 'en', ?)",
                        java.util.stream.IntStream.range(0, 20).mapToObj(i -> new Object[] {team + "-" + i,
                                team.toLowerCase() + "-" + i + "@gm.example", teamId, LocalDate.of(2020, 1, 1),
                                "GM" + team + "-" + i}).toList());
            }
        }
        System.out.printf("BENCH setup: company written in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    /**
     * Eight company goals on the benchmark company for the quarter, broken down level by level with one
     * insert-select each: to every department, every team of it, and every person of the team. Totals are split
     * evenly; rates keep their target. Each company goal and department share has one revision.
     */
    private void buildCascade(GoalPeriod period) {
        if (jdbc.queryForObject("select count(*) from goal g join org_unit u on u.id = g.org_unit_id where u.code = 'GM'",
                Long.class) > 0) {
            return;
        }
        long started = System.nanoTime();
        long owner = jdbc.queryForObject("select min(id) from employee where crm_user_id like 'GM%'", Long.class);
        String columns = "parent_id, root_id, fiscal_year, quarter, period_from, period_to, org_unit_id, employee_id, "
                + "title_en, title_de, metric_code, segment, direction, target_value, weight, owner_id, status, "
                + "baseline_from, baseline_to, baseline_value, baseline_numerator, baseline_denominator, coverage_people, "
                + "coverage_active_people, coverage_days, coverage_days_with_data, quality_accepted, quality_rejected, "
                + "quality_duplicates, quality_late, baseline_measured_at, confirmed_by, confirmed_at, activated_by, "
                + "activated_at, created_by, created_at, version";
        // the same values on every level but parent, root, scope and target
        String common = "'Bench ' || m.code, 'Bench ' || m.code, m.code, m.segment, "
                + "case when m.direction = 'LOWER' then 'DECREASE' else 'INCREASE' end, %s, 12.5, " + owner
                + ", 'ACTIVE', ?::date - interval '1 year', ?::date - interval '1 year', 10, 10, 1, 10, 10, 90, 90, 0, 0, "
                + "0, 0, now(), " + owner + ", now(), " + owner + ", now(), " + owner + ", now(), 0";
        Object[] dates = {period.fiscalYear(), period.quarter(), period.range().from(), period.range().to(),
                period.range().from(), period.range().to()};
        jdbc.update("insert into goal (" + columns + ") select null, null, ?, ?, ?, ?, u.id, null, "
                + common.formatted("case when m.den_kind = 'NONE' then 100000 else 50 end")
                + " from metric_definition m join org_unit u on u.code = 'GM' where m.code in ("
                + String.join(",", GoalAttainmentBenchmark.GOALS.stream().map(c -> "'" + c + "'").toList())
                + ") and m.version = (select max(version) from metric_definition x where x.code = m.code)", dates);
        jdbc.update("update goal set root_id = id where root_id is null");
        // departments of the company goals, teams of the departments' shares, people of the teams' shares
        jdbc.update("insert into goal (" + columns + ") select p.id, p.root_id, ?, ?, ?, ?, u.id, null, "
                + common.formatted("case when m.den_kind = 'NONE' then p.target_value / 50 else p.target_value end")
                + " from goal p join org_unit c on c.id = p.org_unit_id and c.code = 'GM' join org_unit u on u.parent_id = c.id "
                + "join metric_definition m on m.code = p.metric_code and m.version = "
                + "(select max(version) from metric_definition x where x.code = m.code) where p.parent_id is null", dates);
        jdbc.update("insert into goal (" + columns + ") select p.id, p.root_id, ?, ?, ?, ?, u.id, null, "
                + common.formatted("case when m.den_kind = 'NONE' then p.target_value / 10 else p.target_value end")
                + " from goal p join org_unit d on d.id = p.org_unit_id and d.kind = 'DEPARTMENT' and d.code like 'GM-%' "
                + "join org_unit u on u.parent_id = d.id join metric_definition m on m.code = p.metric_code and m.version = "
                + "(select max(version) from metric_definition x where x.code = m.code)", dates);
        jdbc.update("insert into goal (" + columns + ") select p.id, p.root_id, ?, ?, ?, ?, null, e.id, "
                + common.formatted("case when m.den_kind = 'NONE' then p.target_value / 20 else p.target_value end")
                + " from goal p join org_unit t on t.id = p.org_unit_id and t.kind = 'TEAM' and t.code like 'GM-%' "
                + "join employee e on e.org_unit_id = t.id join metric_definition m on m.code = p.metric_code "
                + "and m.version = (select max(version) from metric_definition x where x.code = m.code)", dates);
        jdbc.update("insert into goal_revision (goal_id, field, before_value, after_value, reason, author_id, changed_at, "
                + "effective_on) select g.id, case when g.parent_id is null then 'TARGET' else 'ALLOCATION' end, "
                + "g.target_value * 0.9, g.target_value, 'Benchmark', ?, now(), ? from goal g join org_unit u "
                + "on u.id = g.org_unit_id and u.kind in ('COMPANY', 'DEPARTMENT') and u.code like 'GM%'", owner,
                period.range().from().plusDays(20));
        jdbc.execute("analyze");
        System.out.printf("BENCH setup: cascade written in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Rollups written by SQL for the quarter so far: about half of the days each person has something per metric. */
    private void buildRollups(DateRange toDate) {
        if (SyntheticRollups.present(jdbc, "GM")) {
            return;
        }
        long started = System.nanoTime();
        SyntheticRollups.write(jdbc, "GM", toDate);
        jdbc.execute("analyze");
        System.out.printf("BENCH setup: rollups written by SQL in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
