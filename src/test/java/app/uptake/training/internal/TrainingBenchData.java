package app.uptake.training.internal;

import app.uptake.organization.JobRole;
import app.uptake.shared.LocalizedText;
import app.uptake.training.TrainingModule;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The large company the training benchmarks run on, written in bulk: 10,000 employees in 500 teams of 20 below
 * 50 departments and 10 divisions, a reporting line from every team member up to the managing director, accounts
 * for the managers and one for HR, and 12 live modules with mixed audiences (everybody, job roles, divisions,
 * managers). Built once per database; PostgreSQL SQL.
 */
final class TrainingBenchData {

    static final String HR_LOGIN = "bench.hr@bt.example";
    static final String CEO_LOGIN = "bench.ceo@bt.example";
    static final String DIVISION_LOGIN = "bench.division0@bt.example";
    static final String TEAM_LOGIN = "bench.team0@bt.example";
    static final int MODULES = 12;

    private static final String[] LAST_NAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Schwarz", "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann"};
    private static final String[] FIRST_NAMES = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes",
            "Ida", "Jonas", "Karla", "Lukas", "Mia", "Noah", "Olga", "Paul", "Rita", "Simon", "Tina", "Uwe"};
    private static final JobRole[] TEAM_ROLES = {JobRole.ACCOUNT_EXECUTIVE, JobRole.INSIDE_SALES,
            JobRole.KEY_ACCOUNT_MANAGER, JobRole.SERVICE_AGENT, JobRole.MARKETING_SPECIALIST, JobRole.APPLICATION_ENGINEER};

    private TrainingBenchData() {
    }

    static void build(JdbcTemplate jdbc, LocalDate today) {
        if (jdbc.queryForObject("select count(*) from org_unit where code = 'BT'", Long.class) > 0) {
            return;
        }
        long started = System.nanoTime();
        jdbc.update("insert into org_unit (code, name, kind) values ('BT', 'Training benchmark company', 'COMPANY')");
        long company = unit(jdbc, "BT");
        Random rnd = new Random(11);
        long ceo = employee(jdbc, "Bench", "Director", "bench.ceo", JobRole.MANAGING_DIRECTOR, company, null, today, rnd);
        account(jdbc, ceo, CEO_LOGIN, "EMPLOYEE", "MANAGER", "EXECUTIVE");
        long hr = employee(jdbc, "Bench", "People", "bench.hr", JobRole.HR_BUSINESS_PARTNER, company, ceo, today, rnd);
        account(jdbc, hr, HR_LOGIN, "EMPLOYEE", "HR");
        int managerAccounts = 0;
        for (int d = 0; d < 10; d++) {
            jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'DIVISION', ?)", "BT-" + d,
                    "Division " + d, company);
            long division = unit(jdbc, "BT-" + d);
            long divisionHead = employee(jdbc, "Head", "Division " + d, "bench.division" + d, JobRole.SALES_DIRECTOR,
                    division, ceo, today, rnd);
            account(jdbc, divisionHead, "bench.division" + d + "@bt.example", "EMPLOYEE", "MANAGER");
            for (int p = 0; p < 5; p++) {
                String deptCode = "BT-" + d + "-" + p;
                jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'DEPARTMENT', ?)", deptCode,
                        "Department " + d + "." + p, division);
                long department = unit(jdbc, deptCode);
                for (int t = 0; t < 10; t++) {
                    String teamCode = deptCode + "-" + t;
                    jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'TEAM', ?)", teamCode,
                            "Team " + d + "." + p + "." + t, department);
                    long team = unit(jdbc, teamCode);
                    long lead = employee(jdbc, FIRST_NAMES[rnd.nextInt(FIRST_NAMES.length)],
                            LAST_NAMES[rnd.nextInt(LAST_NAMES.length)], "bench.team" + managerAccounts, JobRole.SALES_MANAGER,
                            team, divisionHead, today, rnd);
                    account(jdbc, lead, "bench.team" + managerAccounts++ + "@bt.example", "EMPLOYEE", "MANAGER");
                    List<Object[]> members = new ArrayList<>();
                    // 19 members plus the lead: 20 per team, 10,000 with the 500 leads (the heads come on top)
                    for (int i = 0; i < 19; i++) {
                        String key = teamCode.toLowerCase() + "-" + i;
                        LocalDate start = today.minusDays(30 + rnd.nextInt(3000));
                        // one in fifty has left
                        LocalDate end = rnd.nextInt(50) == 0 ? today.minusDays(1 + rnd.nextInt(200)) : null;
                        members.add(new Object[] {FIRST_NAMES[rnd.nextInt(FIRST_NAMES.length)],
                                LAST_NAMES[rnd.nextInt(LAST_NAMES.length)] + (i % 3 == 0 ? "-" + (char) ('A' + i) : ""),
                                key + "@bt.example", TEAM_ROLES[(t + i) % TEAM_ROLES.length].name(), team, lead,
                                Date.valueOf(start), end == null || end.isBefore(start) ? null : Date.valueOf(end)});
                    }
                    jdbc.batchUpdate("insert into employee (first_name, last_name, email, job_role, org_unit_id, manager_id, "
                            + "start_date, end_date, locale) values (?, ?, ?, ?, ?, ?, ?, ?, 'de')", members);
                }
            }
        }
        publishModules(jdbc, today);
        jdbc.execute("analyze");
        System.out.printf("BENCH setup: %,d employees, %d modules in %.1f s%n",
                jdbc.queryForObject("select count(*) from employee where email like '%@bt.example'", Long.class), MODULES,
                (System.nanoTime() - started) / 1e9);
    }

    /** 12 modules: 4 for everybody, 4 by job role, 2 for two divisions each, 2 for managers. */
    private static void publishModules(JdbcTemplate jdbc, LocalDate today) {
        JsonMapper json = JsonMapper.builder().build();
        Timestamp published = Timestamp.from(Instant.now().minusSeconds(86_400L * 40));
        for (int m = 1; m <= MODULES; m++) {
            String id = String.format("bench-%02d", m);
            TrainingModule.Audience audience = switch (m - 1) {
                case 0, 1, 2, 3 -> new TrainingModule.Audience(Set.of(), Set.of(), Set.of());
                case 4, 5 -> new TrainingModule.Audience(Set.of(), Set.of(JobRole.ACCOUNT_EXECUTIVE, JobRole.INSIDE_SALES), Set.of());
                case 6, 7 -> new TrainingModule.Audience(Set.of(), Set.of(JobRole.SERVICE_AGENT, JobRole.APPLICATION_ENGINEER), Set.of());
                case 8 -> new TrainingModule.Audience(Set.of(), Set.of(), Set.of("BT-1", "BT-2"));
                case 9 -> new TrainingModule.Audience(Set.of(), Set.of(), Set.of("BT-3", "BT-4"));
                default -> new TrainingModule.Audience(Set.of("MANAGER"), Set.of(), Set.of());
            };
            List<TrainingModule.Lesson> lessons = new ArrayList<>();
            for (int l = 1; l <= 4; l++) {
                lessons.add(new TrainingModule.Lesson(l, "lesson-" + l, Map.of("en", "Lesson " + l, "de", "Lektion " + l),
                        Map.of("en", "# Lesson " + l, "de", "# Lektion " + l)));
            }
            TrainingModule module = new TrainingModule(id, "1.0.0", new LocalizedText("Bench module " + m,
                    "Benchmark-Modul " + m), new LocalizedText("", ""), audience, 20, List.of(), 80, null, true,
                    m % 2 == 0 ? 30 : 60, lessons, List.of(), Map.of(), "hash-" + id);
            jdbc.update("insert into training_module_version (module_id, version, major_version, content_hash, title_en, "
                    + "title_de, mandatory, lesson_count, question_count, content, published_at) "
                    + "values (?, '1.0.0', 1, ?, ?, ?, true, 4, 0, ?, ?)", id, module.contentHash(), module.title().en(),
                    module.title().de(), json.writeValueAsString(module), published);
        }
    }

    /**
     * Realistic progress on the benchmark's assignments: 40 % completed, 20 % in progress with their lessons read,
     * 20 % overdue and not started, the rest not started.
     */
    static void seedProgress(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        jdbc.update("delete from training_lesson_read where module_id like 'bench-%'");
        jdbc.update("update training_assignment set completed_at = current_timestamp - (id % 30) * interval '1 day', "
                + "last_lesson = 4 where module_id like 'bench-%' and id % 10 < 4");
        jdbc.update("update training_assignment set last_lesson = 1 + (id % 3)::int where module_id like 'bench-%' "
                + "and id % 10 in (4, 5)");
        jdbc.update("update training_assignment set due_on = current_date - (1 + id % 20)::int where module_id like 'bench-%' "
                + "and id % 10 in (6, 7)");
        jdbc.update("insert into training_lesson_read (employee_id, module_id, lesson_position, read_at) "
                + "select a.employee_id, a.module_id, g, current_timestamp from training_assignment a "
                + "cross join generate_series(1, 4) g where a.module_id like 'bench-%' and a.last_lesson is not null "
                + "and g <= a.last_lesson");
        jdbc.execute("analyze");
        System.out.printf("BENCH setup: progress on %,d assignments, %,d lessons read, in %.1f s%n",
                jdbc.queryForObject("select count(*) from training_assignment where module_id like 'bench-%'", Long.class),
                jdbc.queryForObject("select count(*) from training_lesson_read where module_id like 'bench-%'", Long.class),
                (System.nanoTime() - started) / 1e9);
    }

    private static long unit(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private static long employee(JdbcTemplate jdbc, String first, String last, String key, JobRole role, long unit,
            Long manager, LocalDate today, Random rnd) {
        jdbc.update("insert into employee (first_name, last_name, email, job_role, org_unit_id, manager_id, start_date, "
                + "locale) values (?, ?, ?, ?, ?, ?, ?, 'de')", first, last, key + "@bt.example", role.name(), unit, manager,
                Date.valueOf(today.minusDays(400 + rnd.nextInt(2000))));
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, key + "@bt.example");
    }

    private static void account(JdbcTemplate jdbc, long employee, String username, String... roles) {
        jdbc.update("insert into user_account (employee_id, username, password_hash, enabled) values (?, ?, 'x', true)",
                employee, username);
        long account = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        for (String role : roles) {
            jdbc.update("insert into user_account_role (account_id, role) values (?, ?)", account, role);
        }
    }
}
