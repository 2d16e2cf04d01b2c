package app.uptake.training;

import app.uptake.support.DemoLogins;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small department written into the demo company for compliance tests, inside the test's transaction:
 * unit TCOMP with teams "Team A" and "+Team B" (a name a spreadsheet would run as a formula), six current people
 * and one whose last day was yesterday. All but Olga report to Sabine (the demo manager); Olga reports to Petra (HR).
 *
 * <pre>
 *                    crm-way-of-working (X)            why-crm-fails (Y)
 * A Anna Zeller      completed                         overdue (due yesterday, not opened)
 * A Bernd Adler      in progress (stopped at lesson 2) not started (due in 20 days)
 * A Carla Meyer      –                                 completed (due 3 days ago)
 * B Dieter Brandt    overdue (opened, due 2 days ago)  in progress (lesson 1 read, no stop recorded)
 * B =cmd… Zorn       completed                         –
 * B Olga Ostmann     completed                         completed
 * A Lars Leaver      not started, but his last day was yesterday: in no list
 * </pre>
 */
public final class ComplianceFixture {

    public static final String X = "crm-way-of-working";
    public static final String Y = "why-crm-fails";
    public static final String INJECTION = "=cmd|' /C calc'!A0";

    public final long department;
    public final long teamA;
    public final long teamB;
    public final long anna;
    public final long bernd;
    public final long carla;
    public final long dieter;
    public final long zorn;
    public final long olga;
    public final long lars;
    public final LocalDate today;

    private final JdbcTemplate jdbc;
    private final Timestamp now;

    public ComplianceFixture(JdbcTemplate jdbc, LocalDate today, Instant now) {
        this.jdbc = jdbc;
        this.today = today;
        this.now = Timestamp.from(now);
        long company = jdbc.queryForObject("select id from org_unit where code = 'HANSEN'", Long.class);
        department = unit("TCOMP", "Compliance test department", "DEPARTMENT", company);
        teamA = unit("TCOMP-A", "Team A", "TEAM", department);
        teamB = unit("TCOMP-B", "+Team B", "TEAM", department);
        long sabine = employeeId(DemoLogins.MANAGER);
        long petra = employeeId(DemoLogins.HR);
        anna = person("Anna", "Zeller", teamA, sabine, null);
        bernd = person("Bernd", "Adler", teamA, sabine, null);
        carla = person("Carla", "Meyer", teamA, sabine, null);
        dieter = person("Dieter", "Brandt", teamB, sabine, null);
        zorn = person(INJECTION, "Zorn", teamB, sabine, null);
        olga = person("Olga", "Ostmann", teamB, petra, null);
        lars = person("Lars", "Leaver", teamA, sabine, today.minusDays(1));

        assign(anna, X, today.plusDays(5), null, true);
        assign(anna, Y, today.minusDays(1), null, false);
        assign(bernd, X, today.plusDays(10), 2, false);
        assign(bernd, Y, today.plusDays(20), null, false);
        assign(carla, Y, today.minusDays(3), null, true);
        assign(dieter, X, today.minusDays(2), 1, false);
        assign(dieter, Y, today.plusDays(7), null, false);
        jdbc.update("insert into training_lesson_read (employee_id, module_id, lesson_position, read_at) values (?, ?, 1, ?)",
                dieter, Y, this.now);
        assign(zorn, X, today.plusDays(30), null, true);
        assign(olga, X, today.plusDays(1), null, true);
        assign(olga, Y, today.plusDays(1), null, true);
        assign(lars, X, today.plusDays(5), null, false);
    }

    public long employeeId(String login) {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, login);
    }

    private long unit(String code, String name, String kind, long parent) {
        jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, ?, ?)", code, name, kind, parent);
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private long person(String first, String last, long unit, long manager, LocalDate endDate) {
        String email = (last + "." + Math.abs(first.hashCode()) + "@tcomp.example").toLowerCase();
        jdbc.update("insert into employee (first_name, last_name, email, job_role, org_unit_id, manager_id, start_date, "
                + "end_date, locale) values (?, ?, ?, 'ACCOUNT_EXECUTIVE', ?, ?, ?, ?, 'de')", first, last, email, unit,
                manager, Date.valueOf(LocalDate.of(2020, 1, 1)), endDate == null ? null : Date.valueOf(endDate));
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, email);
    }

    private void assign(long employee, String module, LocalDate due, Integer lastLesson, boolean completed) {
        jdbc.update("insert into training_assignment (employee_id, module_id, due_on, source, assigned_at, last_lesson, "
                + "completed_at) values (?, ?, ?, 'RULE', ?, ?, ?)", employee, module, Date.valueOf(due), now, lastLesson,
                completed ? now : null);
    }
}
