package app.uptake.metrics.internal;

import app.uptake.activity.ActivitiesIngested;
import app.uptake.activity.ImportRunFinished;
import app.uptake.organization.EmployeeDirectory;
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
 * Keeps metric_daily equal to what the events say. For each affected employee and day range it deletes the
 * rollups and recomputes them from the events, so new events, corrections that move an event to another day
 * or person, and repeated deliveries all end in the same numbers.
 */
@Component
class RollupWriter {

    private static final int EMPLOYEES_PER_PASS = 500;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RollupWriter.class);

    private final JdbcTemplate jdbc;
    private final CurrentMetrics metrics;

    private final boolean postgres;

    private final TransactionTemplate transaction;

    private final EmployeeDirectory directory;

    RollupWriter(JdbcTemplate jdbc, CurrentMetrics metrics, DatabaseVendor vendor, PlatformTransactionManager transactions,
            EmployeeDirectory directory) {
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.postgres = vendor.isPostgres();
    }

    /**
     * Runs inside the ingesting transaction: events and their rollups (or, for a chunk of a bulk import, the
     * note of which days to recompute) commit or roll back together.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ActivitiesIngested ingested) {
        if (ingested.bulk()) {
            DateRange days = ingested.span();
            jdbc.update("insert into metric_rollup_pending (employee_id, day_from, day_to) values (null, ?, ?)",
                    days.from(), days.to());
        } else {
            recomputeDays(ingested.affectedDays(), metrics.all());
        }
    }

    /**
     * Recomputes exactly the employee-days given. The employees' rows are locked first, in id order, so two
     * batches touching the same people take turns instead of overwriting each other's sums (and cannot deadlock).
     */
    private void recomputeDays(Map<Long, java.util.Set<java.time.LocalDate>> days, List<MetricDefinition> definitions) {
        if (definitions.isEmpty() || days.isEmpty()) {
            return;
        }
        List<Long> employees = days.keySet().stream().sorted().toList();
        String metricIds = definitions.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(","));
        for (int start = 0; start < employees.size(); start += EMPLOYEES_PER_PASS) {
            List<Long> chunk = employees.subList(start, Math.min(employees.size(), start + EMPLOYEES_PER_PASS));
            directory.lockInOrder(chunk);
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

    /**
     * A bulk import is through: bring its figures up to date in one pass. A failure here (say, another node
     * recomputing the same days at the same moment) must not fail the import: the notes stay and are processed
     * when the next import finishes or at the next start.
     */
    @EventListener
    void on(ImportRunFinished finished) {
        try {
            processPending();
        } catch (RuntimeException e) {
            log.warn("Rollups after import run {} left for later: {}", finished.runId(), e.getMessage());
        }
    }

    /**
     * Recomputes every employee's days noted as pending and forgets the notes, in one transaction. Also run at
     * start-up, for notes left by an import that a crash interrupted.
     */
    public void processPending() {
        transaction.executeWithoutResult(status -> recomputePending());
    }

    private void recomputePending() {
        Map<Long, DateRange> affected = new java.util.HashMap<>();
        DateRange[] everybody = new DateRange[1];
        List<Long> ids = new ArrayList<>();
        jdbc.query("select id, employee_id, day_from, day_to from metric_rollup_pending", (ResultSet rs) -> {
            ids.add(rs.getLong(1));
            DateRange days = new DateRange(rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class));
            long employee = rs.getLong(2);
            if (rs.wasNull()) {
                everybody[0] = everybody[0] == null ? days : everybody[0].span(days);
            } else {
                affected.merge(employee, days, DateRange::span);
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<MetricDefinition> definitions = metrics.all();
        if (everybody[0] != null) {
            recomputeEverybody(everybody[0], definitions);
        }
        recompute(affected, definitions);
        for (int start = 0; start < ids.size(); start += 1000) {
            String chunk = ids.subList(start, Math.min(ids.size(), start + 1000)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            jdbc.update("delete from metric_rollup_pending where id in (" + chunk + ")");
        }
        log.info("Rollups recomputed after a bulk import ({} in {} ms)", everybody[0] == null
                ? affected.size() + " employees" : "everybody from " + everybody[0].from() + " to " + everybody[0].to(),
                (System.nanoTime() - started) / 1_000_000);
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
