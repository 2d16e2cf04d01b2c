package app.uptake.adoption;

import app.uptake.shared.CompanyCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly snapshot for 10,000 employees (50 departments × 10 teams × 20 people, besides the demo company) with
 * rollups on about half of their days for the three metrics the index reads. The target is under 30
 * seconds. Not part of the build; run on a scratch PostgreSQL database (the first run writes the people and their
 * rollups with SQL):
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_adoption_bench \
 *   ./mvnw test -Dtest=AdoptionSnapshotBenchmark
 * </pre>
 */
@SpringBootTest(properties = {"uptake.demo.enabled=true", "spring.quartz.auto-startup=false"})
class AdoptionSnapshotBenchmark {

    private static final String PREFIX = "AB";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AdoptionSnapshotService snapshots;
    @Autowired
    CompanyCalendar calendar;

    @Test
    void snapshotOfOneWeekFor10000Employees() {
        LocalDate week = AdoptionSnapshotService.weekOf(calendar.today()).minusWeeks(1);
        buildCompany();
        buildRollups(week);
        snapshots.snapshot(week.minusWeeks(1));
        List<Long> took = new ArrayList<>();
        SnapshotRun last = null;
        for (int i = 0; i < 3; i++) {
            last = snapshots.snapshot(week);
            took.add(last.took().toMillis());
        }
        took.sort(null);
        System.out.printf("%nBENCH adoption snapshot: %,d employees, %,d units, week of %s, %,d rollup rows, %s%n",
                last.employees(), last.units(), week,
                jdbc.queryForObject("select count(*) from metric_daily", Long.class),
                jdbc.queryForObject("select version()", String.class).split(" on ")[0]);
        System.out.printf("BENCH one week (3 runs, each replacing the last): min %,d ms, median %,d ms, max %,d ms "
                + "(target < 30,000 ms)%n%n", took.getFirst(), took.get(1), took.getLast());
    }

    private void buildCompany() {
        if (jdbc.queryForObject("select count(*) from org_unit where code = ?", Long.class, PREFIX) > 0) {
            return;
        }
        long company = jdbc.queryForObject("select id from org_unit where parent_id is null order by id fetch first 1 rows only",
                Long.class);
        jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, 'Adoption benchmark division', "
                + "'DIVISION', ?)", PREFIX, company);
        long division = id(PREFIX);
        for (int d = 0; d < 50; d++) {
            jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'DEPARTMENT', ?)",
                    PREFIX + "-" + d, "Department " + d, division);
            for (int t = 0; t < 10; t++) {
                String team = PREFIX + "-" + d + "-" + t;
                jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'TEAM', ?)", team,
                        "Team " + d + "." + t, id(PREFIX + "-" + d));
                long teamId = id(team);
                jdbc.batchUpdate("insert into employee (first_name, last_name, email, job_role, org_unit_id, start_date, "
                        + "locale, crm_user_id) values ('Bench', ?, ?, ?, ?, ?, 'en', ?)",
                        IntStream.range(0, 20).mapToObj(i -> new Object[] {team + "-" + i,
                                team.toLowerCase() + "-" + i + "@ab.example",
                                i % 4 == 0 ? "INSIDE_SALES" : "ACCOUNT_EXECUTIVE", teamId, LocalDate.of(2020, 1, 1),
                                PREFIX + team + "-" + i}).toList());
            }
        }
    }

    private long id(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    /** Rollups of the last two weeks for the index's three metrics, on about half of the days (PostgreSQL SQL). */
    private void buildRollups(LocalDate week) {
        if (jdbc.queryForObject("select count(*) from metric_daily d join employee e on e.id = d.employee_id "
                + "where e.crm_user_id like ?", Long.class, PREFIX + "%") > 0) {
            return;
        }
        jdbc.update("""
                insert into metric_daily (metric_id, employee_id, activity_day, numerator, denominator)
                select m.id, e.id, day::date,
                    case when m.code = 'DATA_COMPLETENESS' then (60 + (e.id + extract(doy from day)::int) % 40) / 100.0
                         when m.code = 'CRM_ACTIVE_DAYS_SHARE' then 1 else 1 + (e.id + m.id) % 6 end,
                    case when m.den_kind = 'MEASURE' then 1 else 0 end
                from employee e
                cross join generate_series(?::date, ?::date, interval '1 day') day
                join metric_definition m on m.code in ('ACTIVITIES_PER_WEEK', 'DATA_COMPLETENESS', 'CRM_ACTIVE_DAYS_SHARE')
                where e.crm_user_id like ? and (e.id + m.id + extract(doy from day)::int) % 2 = 0
                """, week.minusWeeks(1), week.plusDays(6), PREFIX + "%");
        jdbc.execute("analyze");
    }
}
