package app.uptake.metrics.internal;

import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricSubject;
import app.uptake.metrics.PeriodPreset;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Metric queries on a large company: 10,000 employees in 500 teams, 50 departments and 10 divisions, and
 * {@code bench.events} (default 20 million) activity events over the last year. Not part of the build; run on a
 * scratch PostgreSQL database (the first run builds the data set with SQL, which takes minutes):
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_query_bench \
 *   ./mvnw test -Dtest=MetricQueryBenchmark
 * </pre>
 */
@SpringBootTest(properties = {"uptake.demo.enabled=false", "spring.quartz.auto-startup=false"})
class MetricQueryBenchmark {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MetricEngine engine;
    @Autowired
    RollupWriter rollups;
    @Autowired
    CompanyCalendar calendar;

    @Test
    void anyMetricForAnyUnitAndPeriod() {
        long events = Long.getLong("bench.events", 20_000_000L);
        buildCompany();
        buildEvents(events);
        List<Long> units = jdbc.queryForList("select id from org_unit where code like 'BQ%' order by id", Long.class);
        List<MetricDefinition> metrics = engine.catalog();
        LocalDate today = calendar.today();
        PeriodPreset[] periods = {PeriodPreset.LAST_12_MONTHS, PeriodPreset.THIS_YEAR, PeriodPreset.LAST_QUARTER,
                PeriodPreset.THIS_QUARTER, PeriodPreset.LAST_MONTH, PeriodPreset.LAST_30_DAYS};
        Random rnd = new Random(7);
        for (int warmup = 0; warmup < 30; warmup++) {
            query(metrics, units, periods, today, rnd);
        }
        List<Long> micros = new ArrayList<>();
        List<Long> companyYear = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            micros.add(query(metrics, units, periods, today, rnd));
        }
        // the same without the metrics that count distinct customers or campaigns from the events
        List<MetricDefinition> summed = metrics.stream().filter(m -> m.formula().denominatorKind() != app.uptake.metrics.DenominatorKind.MEASURE
                || m.formula().denominatorInRollup()).toList();
        List<Long> summedMicros = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            summedMicros.add(query(summed, units, periods, today, rnd));
        }
        summedMicros.sort(null);
        for (MetricDefinition metric : metrics) {
            long started = System.nanoTime();
            engine.value(metric, new MetricSubject.OrgUnit(units.getFirst()), PeriodPreset.LAST_12_MONTHS.range(today));
            companyYear.add((System.nanoTime() - started) / 1000);
        }
        micros.sort(null);
        companyYear.sort(null);
        System.out.printf("%nBENCH metric queries on %,d events, %,d rollup rows, %d employees (%s):%n",
                jdbc.queryForObject("select count(*) from activity_event", Long.class),
                jdbc.queryForObject("select count(*) from metric_daily", Long.class),
                jdbc.queryForObject("select count(*) from employee where crm_user_id like 'BQ%'", Long.class),
                jdbc.queryForObject("select version()", String.class).split(" on ")[0]);
        System.out.printf("BENCH random metric × unit × period (300): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                micros.get(150) / 1000.0, micros.get(285) / 1000.0, micros.getLast() / 1000.0);
        System.out.printf("BENCH the %d metrics summed from rollups only (300): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                summed.size(), summedMicros.get(150) / 1000.0, summedMicros.get(285) / 1000.0, summedMicros.getLast() / 1000.0);
        System.out.printf("BENCH every metric for the whole company over 12 months (%d): p50 %.1f ms, max %.1f ms%n%n",
                companyYear.size(), companyYear.get(companyYear.size() / 2) / 1000.0, companyYear.getLast() / 1000.0);
    }

    private long query(List<MetricDefinition> metrics, List<Long> units, PeriodPreset[] periods, LocalDate today, Random rnd) {
        MetricDefinition metric = metrics.get(rnd.nextInt(metrics.size()));
        long unit = units.get(rnd.nextInt(units.size()));
        DateRange period = periods[rnd.nextInt(periods.length)].range(today);
        DateRange toDate = period.to().isAfter(today) ? new DateRange(period.from(), today) : period;
        long started = System.nanoTime();
        engine.value(metric, new MetricSubject.OrgUnit(unit), toDate);
        return (System.nanoTime() - started) / 1000;
    }

    private void buildCompany() {
        if (jdbc.queryForObject("select count(*) from org_unit where code = 'BQ'", Long.class) > 0) {
            return;
        }
        jdbc.update("insert into org_unit (code, name, kind) values ('BQ', 'Query benchmark company', 'COMPANY')");
        long company = id("BQ");
        for (int d = 0; d < 10; d++) {
            jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'DIVISION', ?)", "BQ-" + d, "Division " + d, company);
            for (int p = 0; p < 5; p++) {
                jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'DEPARTMENT', ?)", "BQ-" + d + "-" + p,
                        "Department " + d + "." + p, id("BQ-" + d));
                for (int t = 0; t < 10; t++) {
                    String team = "BQ-" + d + "-" + p + "-" + t;
                    jdbc.update("insert into org_unit (code, name, kind, parent_id) values (?, ?, 'TEAM', ?)", team,
                            "Team " + d + "." + p + "." + t, id("BQ-" + d + "-" + p));
                    long teamId = id(team);
                    jdbc.batchUpdate("insert into employee (first_name, last_name, email, job_role, org_unit_id, start_date, "
                            + "locale, crm_user_id) values ('Bench', ?, ?, 'ACCOUNT_EXECUTIVE', ?, ?, 'en', ?)",
                            java.util.stream.IntStream.range(0, 20).mapToObj(i -> new Object[] {team + "-" + i,
                                    team.toLowerCase() + "-" + i + "@bq.example", teamId, LocalDate.of(2020, 1, 1),
                                    "BQ" + team + "-" + i}).toList());
                }
            }
        }
    }

    private long id(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    /** Synthetic events written by SQL: this measures queries, the ingest path has its own benchmark. */
    private void buildEvents(long count) {
        if (jdbc.queryForObject("select count(*) from data_source where code = 'BQ'", Long.class) > 0) {
            return;
        }
        long started = System.nanoTime();
        jdbc.update("insert into data_source (code, name, kind, created_at) values ('BQ', 'Query benchmark', 'UPLOAD', current_timestamp)");
        long source = jdbc.queryForObject("select id from data_source where code = 'BQ'", Long.class);
        jdbc.update("""
                insert into activity_event (source_id, external_id, revision, employee_id, type, occurred_at, occurred_on,
                    direction, duration_seconds, account_ref, decision_maker, amount, margin, campaign, product_count,
                    response_minutes, resolution_minutes, satisfaction, completeness, ingested_at)
                select ?, 'q' || g, 1, e.ids[1 + (g % e.n)], t.types[1 + ((g / 7) % 16)],
                    (current_date - 1 - (g % 365)::int) + time '09:00', current_date - 1 - (g % 365)::int,
                    case when g % 3 = 0 then 'IN' else 'OUT' end, (g % 1800)::int, 'A' || (g % 40000),
                    g % 4 = 0, 1000 + (g % 50000), 100 + (g % 9000), case when g % 5 = 0 then 'C' || (g % 12) end,
                    1 + (g % 4)::int, (g % 240)::int, (g % 2880)::int, 1 + (g % 5), (g % 100) / 100.0, current_timestamp
                from generate_series(1, ?::bigint) g,
                    (select array_agg(id order by id) ids, count(*) n from employee where crm_user_id like 'BQ%') e,
                    (select array['CALL','EMAIL','MEETING','VISIT','CHAT','OPPORTUNITY_CREATED','OPPORTUNITY_WON',
                        'OPPORTUNITY_LOST','RECORD_UPDATED','RECORD_CREATED','CRM_LOGIN','CASE_RESOLVED',
                        'SATISFACTION_SURVEY','LEAD_CREATED','LEAD_CONVERTED','CAMPAIGN_RESPONSE'] types) t""", source, count);
        System.out.printf("BENCH setup: %,d events written by SQL in %.0f s%n", count, (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        rollups.recomputeAll(new DateRange(calendar.today().minusDays(366), calendar.today()));
        jdbc.execute("analyze");
        System.out.printf("BENCH setup: rollups for all of it in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
