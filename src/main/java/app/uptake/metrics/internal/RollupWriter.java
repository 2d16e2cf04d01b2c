package app.uptake.metrics.internal;

import app.uptake.activity.ActivitiesIngested;
import app.uptake.shared.DatabaseVendor;
import app.uptake.metrics.MetricDefinition;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps metric_daily equal to what the events say, in the transaction that stores them. New events add what
 * they count to their employee-days; for the days a correction moved or changed it deletes the rollups and
 * counts them again from the events. Repeated deliveries store nothing and so change nothing.
 */
@Component
class RollupWriter {

    private static final int EMPLOYEES_PER_PASS = 500;

    private final JdbcTemplate jdbc;
    private final CurrentMetrics metrics;

    private final boolean postgres;

    private final TransactionTemplate transaction;

    RollupWriter(JdbcTemplate jdbc, CurrentMetrics metrics, DatabaseVendor vendor, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.postgres = vendor.isPostgres();
    }

    /**
     * Runs inside the ingesting transaction: events and their rollups commit or roll back together. New events
     * add what they count (concurrent additions to the same row wait for each other's commit, never lose one);
     * days that a correction changed are counted again from the stored events, after the additions, while the
     * ingester holds the people's locks.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ActivitiesIngested ingested) {
        List<MetricDefinition> definitions = metrics.all();
        if (!ingested.added().isEmpty()) {
            RollupDeltas.of(ingested.added(), definitions).rows().forEach(this::addDeltas);
        }
        recomputeDays(ingested.recount(), definitions);
    }

    private void addDeltas(RollupDeltas.Merge merge, List<RollupDeltas.Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        String numerator = merge.numeratorMax() ? "greatest(%1$s.numerator, %2$s.numerator)" : "%1$s.numerator + %2$s.numerator";
        String denominator = merge.denominatorMax() ? "greatest(%1$s.denominator, %2$s.denominator)"
                : "%1$s.denominator + %2$s.denominator";
        if (postgres) {
            // one statement for the whole batch: the rows travel as five arrays
            String sql = "insert into metric_daily (employee_id, metric_id, activity_day, numerator, denominator) "
                    + "select * from unnest(?::bigint[], ?::bigint[], ?::date[], ?::numeric[], ?::numeric[]) "
                    + "on conflict (employee_id, metric_id, activity_day) do update set numerator = "
                    + numerator.formatted("metric_daily", "excluded") + ", denominator = "
                    + denominator.formatted("metric_daily", "excluded");
            jdbc.update(con -> {
                var statement = con.prepareStatement(sql);
                statement.setArray(1, con.createArrayOf("bigint", deltas.stream().map(d -> d.key().employeeId()).toArray()));
                statement.setArray(2, con.createArrayOf("bigint", deltas.stream().map(d -> d.key().metricId()).toArray()));
                statement.setArray(3, con.createArrayOf("varchar", deltas.stream().map(d -> d.key().day().toString()).toArray()));
                statement.setArray(4, con.createArrayOf("numeric", deltas.stream().map(RollupDeltas.Delta::numerator).toArray()));
                statement.setArray(5, con.createArrayOf("numeric", deltas.stream().map(RollupDeltas.Delta::denominator).toArray()));
                return statement;
            });
            return;
        }
        jdbc.batchUpdate("merge into metric_daily t using (select cast(? as bigint) employee_id, cast(? as bigint) metric_id, "
                + "cast(? as date) activity_day, cast(? as numeric(24, 6)) numerator, cast(? as numeric(24, 6)) denominator) s "
                + "on t.employee_id = s.employee_id and t.metric_id = s.metric_id and t.activity_day = s.activity_day "
                + "when matched then update set numerator = " + numerator.formatted("t", "s") + ", denominator = "
                + denominator.formatted("t", "s") + " when not matched then insert (employee_id, metric_id, activity_day, "
                + "numerator, denominator) values (s.employee_id, s.metric_id, s.activity_day, s.numerator, s.denominator)",
                deltas, 500, (ps, d) -> {
                    ps.setLong(1, d.key().employeeId());
                    ps.setLong(2, d.key().metricId());
                    ps.setObject(3, d.key().day());
                    ps.setBigDecimal(4, d.numerator());
                    ps.setBigDecimal(5, d.denominator());
                });
    }

    /**
     * Recomputes exactly the employee-days given. The caller holds the employees' locks, so two batches touching
     * the same people take turns instead of overwriting each other's sums.
     */
    private void recomputeDays(Map<Long, java.util.Set<java.time.LocalDate>> days, List<MetricDefinition> definitions) {
        if (definitions.isEmpty() || days.isEmpty()) {
            return;
        }
        List<Long> employees = days.keySet().stream().sorted().toList();
        String metricIds = definitions.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(","));
        for (int start = 0; start < employees.size(); start += EMPLOYEES_PER_PASS) {
            List<Long> chunk = employees.subList(start, Math.min(employees.size(), start + EMPLOYEES_PER_PASS));
            java.time.LocalDate first = null;
            java.time.LocalDate last = null;
            List<String> employeeList = new ArrayList<>();
            List<String> dayList = new ArrayList<>();
            for (long employee : chunk) {
                for (java.time.LocalDate day : days.get(employee)) {
                    employeeList.add(String.valueOf(employee));
                    dayList.add(day.toString());
                    first = first == null || day.isBefore(first) ? day : first;
                    last = last == null || day.isAfter(last) ? day : last;
                }
            }
            jdbc.update("delete from metric_daily where metric_id in (" + metricIds + ") and "
                    + employeeDays("employee_id", "activity_day", chunk, days, employeeList, dayList));
            insertRollups(definitions, employeeDays("employee_id", "occurred_on", chunk, days, employeeList, dayList),
                    new DateRange(first, last));
        }
    }

    /**
     * A condition matching exactly the given employee-days. PostgreSQL gets one pair list to join against
     * (planned as index lookups however many pairs); H2 gets one clause per employee. Only our own numbers and
     * ISO dates are spliced in.
     */
    private String employeeDays(String employeeColumn, String dayColumn, List<Long> employees,
            Map<Long, java.util.Set<java.time.LocalDate>> days, List<String> employeeList, List<String> dayList) {
        if (postgres) {
            return "(" + employeeColumn + ", " + dayColumn + ") in (select * from unnest('{" + String.join(",", employeeList)
                    + "}'::bigint[], '{" + String.join(",", dayList) + "}'::date[]))";
        }
        List<String> clauses = new ArrayList<>();
        for (long employee : employees) {
            clauses.add("(" + employeeColumn + " = " + employee + " and " + dayColumn + " in (" + days.get(employee).stream()
                    .sorted().map(d -> "DATE '" + d + "'").collect(Collectors.joining(", ")) + "))");
        }
        return "(" + String.join(" or ", clauses) + ")";
    }

    /** Recomputes every metric for everybody over the days, in one transaction: for data written around ingestion. */
    void recomputeAll(DateRange days) {
        transaction.executeWithoutResult(status -> recomputeEverybody(days, metrics.all()));
    }

    /** Recomputes one metric for everybody and every day, after it was added to the catalog. */
    @Transactional(propagation = Propagation.MANDATORY)
    void rebuild(MetricDefinition metric) {
        jdbc.update("delete from metric_daily where metric_id = ?", metric.id());
        List<Long> employees = jdbc.queryForList("select distinct employee_id from activity_event", Long.class);
        DateRange range = jdbc.queryForObject("select min(occurred_on), max(occurred_on) from activity_event",
                (rs, n) -> rs.getDate(1) == null ? null
                        : new DateRange(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()));
        if (range != null) {
            recompute(employees.stream().collect(Collectors.toMap(id -> id, id -> range)), List.of(metric));
        }
    }

    /** Everybody's rollups over the days, a month at a time so that no statement grows without bound. */
    private void recomputeEverybody(DateRange days, List<MetricDefinition> definitions) {
        if (definitions.isEmpty()) {
            return;
        }
        String metricIds = definitions.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(","));
        for (java.time.LocalDate start = days.from(); !start.isAfter(days.to()); start = start.plusMonths(1).withDayOfMonth(1)) {
            java.time.LocalDate end = start.plusMonths(1).withDayOfMonth(1).minusDays(1);
            DateRange month = new DateRange(start, end.isAfter(days.to()) ? days.to() : end);
            jdbc.update("delete from metric_daily where metric_id in (" + metricIds + ") and activity_day between ? and ?",
                    month.from(), month.to());
            insertRollups(definitions, "1 = 1", month);
        }
    }

    private void insertRollups(List<MetricDefinition> definitions, String employeeCondition, DateRange days) {
        if (postgres) {
            // one statement, no round trip per row: PostgreSQL unpivots the per-day sums itself
            jdbc.update(RollupSql.insertUnpivoted(definitions, employeeCondition), days.from(), days.to());
        } else {
            List<Object[]> rows = new ArrayList<>();
            jdbc.query(RollupSql.dailySelect(definitions, employeeCondition),
                    (ResultSet rs) -> collect(rs, definitions, rows), days.from(), days.to());
            jdbc.batchUpdate("insert into metric_daily (metric_id, employee_id, activity_day, numerator, denominator) "
                    + "values (?, ?, ?, ?, ?)", rows);
        }
    }

    private void recompute(Map<Long, DateRange> affected, List<MetricDefinition> definitions) {
        if (definitions.isEmpty() || affected.isEmpty()) {
            return;
        }
        List<Long> employees = new ArrayList<>(affected.keySet());
        for (int start = 0; start < employees.size(); start += EMPLOYEES_PER_PASS) {
            List<Long> chunk = employees.subList(start, Math.min(employees.size(), start + EMPLOYEES_PER_PASS));
            DateRange days = chunk.stream().map(affected::get).reduce(DateRange::span).orElseThrow();
            String ids = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
            String metricIds = definitions.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(","));
            jdbc.update("delete from metric_daily where metric_id in (" + metricIds + ") and employee_id in (" + ids
                    + ") and activity_day between ? and ?", days.from(), days.to());
            insertRollups(definitions, "employee_id in (" + ids + ")", days);
        }
    }

    private static void collect(ResultSet rs, List<MetricDefinition> definitions, List<Object[]> rows) throws SQLException {
        long employeeId = rs.getLong(1);
        java.sql.Date day = rs.getDate(2);
        for (int i = 0; i < definitions.size(); i++) {
            BigDecimal numerator = zeroIfNull(rs.getBigDecimal(3 + 2 * i));
            BigDecimal denominator = zeroIfNull(rs.getBigDecimal(4 + 2 * i));
            if (numerator.signum() != 0 || denominator.signum() != 0) {
                rows.add(new Object[] {definitions.get(i).id(), employeeId, day, numerator, denominator});
            }
        }
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
