package app.uptake.incentives.run.internal;

import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.run.RunKind;
import app.uptake.incentives.run.RunStatus;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import app.uptake.shared.DatabaseVendor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Reads and writes the tables of calculation runs: runs, per-employee inputs and results, adjustments. */
@Component
public class RunStore {

    /** Rows per multi-row insert: few round trips, statements of moderate size. */
    static final int INSERT_ROWS = 250;

    private final JdbcTemplate jdbc;
    private final DatabaseVendor vendor;

    RunStore(JdbcTemplate jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /** What a new run holds. */
    public record NewRun(long planId, long planVersionId, String planCode, LocalizedText planName,
            PlanPeriodType periodType, DateRange period, RunKind kind, Long correctsRunId, String currency,
            boolean managerTotalsVisible, Long startedBy, Instant startedAt) {
    }

    /** One employee's stored line. */
    public record EmployeeLine(long employeeId, String inputsJson, String resultJson, BigDecimal total,
            String currency, BigDecimal difference) {
    }

    /**
     * Inserts a draft run. A second normal run for the same plan and period breaks a unique key
     * ({@link org.springframework.dao.DuplicateKeyException}): callers look with {@link #normalRun} first.
     */
    public long insert(NewRun run) {
        Map<String, Object> v = new HashMap<>();
        v.put("plan_id", run.planId());
        v.put("plan_version_id", run.planVersionId());
        v.put("plan_code", run.planCode());
        v.put("plan_name_en", run.planName().en());
        v.put("plan_name_de", run.planName().de());
        v.put("period_type", run.periodType().name());
        v.put("period_from", Date.valueOf(run.period().from()));
        v.put("period_to", Date.valueOf(run.period().to()));
        v.put("kind", run.kind().name());
        v.put("corrects_run_id", run.correctsRunId());
        v.put("normal_key", run.kind() == RunKind.NORMAL ? normalKey(run.planId(), run.period()) : null);
        v.put("status", RunStatus.DRAFT.name());
        v.put("currency", run.currency());
        v.put("manager_totals_visible", run.managerTotalsVisible());
        v.put("employee_count", 0);
        v.put("started_by", run.startedBy());
        v.put("started_at", Timestamp.from(run.startedAt()));
        v.put("version", 0L);
        return new SimpleJdbcInsert(jdbc).withTableName("incentive_run").usingGeneratedKeyColumns("id")
                .usingColumns(v.keySet().toArray(String[]::new)).executeAndReturnKey(v).longValue();
    }

    static String normalKey(long planId, DateRange period) {
        return planId + ":" + period.from() + ":" + period.to();
    }

    public Optional<RunRow> find(long id) {
        return jdbc.query("select " + RunRow.COLUMNS + " from incentive_run where id = ?", RunRow::map, id).stream()
                .findFirst();
    }

    /** The run, locked against concurrent changes until the transaction ends. */
    public Optional<RunRow> lock(long id) {
        return jdbc.query("select " + RunRow.COLUMNS + " from incentive_run where id = ? for update", RunRow::map, id)
                .stream().findFirst();
    }

    public Optional<RunRow> normalRun(long planId, DateRange period) {
        return jdbc.query("select " + RunRow.COLUMNS + " from incentive_run where normal_key = ?", RunRow::map,
                normalKey(planId, period)).stream().findFirst();
    }

    public String planJson(long runId) {
        return jdbc.queryForObject("select plan_json from incentive_run where id = ?", String.class, runId);
    }

    /** Published runs, the latest publication first. */
    public List<RunRow> published(int offset, int limit) {
        return jdbc.query("select " + RunRow.COLUMNS + " from incentive_run where status = 'PUBLISHED' "
                + "order by published_at desc, id desc offset ? rows fetch next ? rows only", RunRow::map, offset, limit);
    }

    public int countPublished() {
        return jdbc.queryForObject("select count(*) from incentive_run where status = 'PUBLISHED'", Integer.class);
    }

    /** Newest periods first. */
    public List<RunRow> page(int offset, int limit) {
        return jdbc.query("select " + RunRow.COLUMNS + " from incentive_run order by period_from desc, id desc "
                + "offset ? rows fetch next ? rows only", RunRow::map, offset, limit);
    }

    public int count() {
        return jdbc.queryForObject("select count(*) from incentive_run", Integer.class);
    }

    /** Stores a calculation: the frozen plan, the lines (replacing earlier ones) and the run's figures. */
    public void storeCalculation(RunRow run, String planJson, List<EmployeeLine> lines, BigDecimal total,
            String checksum, long calculatedBy, Instant at) {
        jdbc.update("delete from incentive_run_employee where run_id = ?", run.id());
        insertLines(run.id(), lines);
        int updated = jdbc.update("update incentive_run set plan_json = ?, employee_count = ?, total = ?, "
                + "input_checksum = ?, status = ?, calculated_by = ?, calculated_at = ?, version = version + 1 "
                + "where id = ? and version = ?", planJson, lines.size(), total, checksum, RunStatus.CALCULATED.name(),
                calculatedBy, Timestamp.from(at), run.id(), run.version());
        checkUpdated(updated, run);
    }

    private void insertLines(long runId, List<EmployeeLine> lines) {
        if (vendor.isPostgres()) {
            copyLines(runId, lines);
            return;
        }
        for (int start = 0; start < lines.size(); start += INSERT_ROWS) {
            List<EmployeeLine> chunk = lines.subList(start, Math.min(lines.size(), start + INSERT_ROWS));
            StringBuilder sql = new StringBuilder("insert into incentive_run_employee (run_id, employee_id, "
                    + "inputs_json, result_json, total, currency, difference) values ");
            List<Object> args = new ArrayList<>(chunk.size() * 7);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)");
                EmployeeLine line = chunk.get(i);
                Collections.addAll(args, runId, line.employeeId(), line.inputsJson(), line.resultJson(), line.total(),
                        line.currency(), line.difference());
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }

    /**
     * The lines with PostgreSQL's COPY, as CSV streamed in pieces: several times faster than inserts for the
     * megabytes of JSON a large run stores.
     */
    private void copyLines(long runId, List<EmployeeLine> lines) {
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy incentive_run_employee "
                    + "(run_id, employee_id, inputs_json, result_json, total, currency, difference) from stdin "
                    + "with (format csv)");
            try {
                StringBuilder csv = new StringBuilder(1 << 20);
                for (EmployeeLine line : lines) {
                    csv.append(runId).append(',').append(line.employeeId()).append(',');
                    quoted(csv, line.inputsJson()).append(',');
                    quoted(csv, line.resultJson()).append(',').append(line.total().toPlainString()).append(',');
                    quoted(csv, line.currency()).append(',');
                    if (line.difference() != null) {
                        csv.append(line.difference().toPlainString());
                    }
                    csv.append('\n');
                    if (csv.length() > 1 << 20) {
                        write(copy, csv);
                    }
                }
                write(copy, csv);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    private static StringBuilder quoted(StringBuilder csv, String text) {
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }

    private static void write(CopyIn copy, StringBuilder csv) throws java.sql.SQLException {
        byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }

    /** Replaces one employee's result after an adjustment, and the run's total with it. */
    public void replaceResult(RunRow run, long employeeId, String resultJson, BigDecimal total, BigDecimal difference) {
        jdbc.update("update incentive_run_employee set result_json = ?, total = ?, difference = ? "
                + "where run_id = ? and employee_id = ?", resultJson, total, difference, run.id(), employeeId);
        int updated = jdbc.update("update incentive_run set total = (select coalesce(sum(total), 0) from "
                + "incentive_run_employee where run_id = ?), version = version + 1 where id = ? and version = ?", run.id(),
                run.id(), run.version());
        checkUpdated(updated, run);
    }

    public void approve(RunRow run, long by, Instant at) {
        checkUpdated(jdbc.update("update incentive_run set status = ?, approved_by = ?, approved_at = ?, "
                + "version = version + 1 where id = ? and version = ?", RunStatus.APPROVED.name(), by,
                Timestamp.from(at), run.id(), run.version()), run);
    }

    public void publish(RunRow run, long by, Instant at) {
        checkUpdated(jdbc.update("update incentive_run set status = ?, published_by = ?, published_at = ?, "
                + "version = version + 1 where id = ? and version = ?", RunStatus.PUBLISHED.name(), by,
                Timestamp.from(at), run.id(), run.version()), run);
    }

    private static void checkUpdated(int updated, RunRow run) {
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException("incentive_run", run.id());
        }
    }

    // --- employee lines ---

    /** Up to {@code limit} lines of the run after the given employee id, in employee order: keyset paging. */
    public List<EmployeeLine> linesAfter(long runId, long afterEmployeeId, int limit) {
        return jdbc.query("select employee_id, inputs_json, result_json, total, currency, difference from "
                + "incentive_run_employee where run_id = ? and employee_id > ? order by employee_id "
                + "fetch first ? rows only", (rs, i) -> new EmployeeLine(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getBigDecimal(6)),
                runId, afterEmployeeId, limit);
    }

    public Optional<EmployeeLine> line(long runId, long employeeId) {
        return jdbc.query("select employee_id, inputs_json, result_json, total, currency, difference from "
                + "incentive_run_employee where run_id = ? and employee_id = ?", (rs, i) -> new EmployeeLine(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                        rs.getBigDecimal(6)), runId, employeeId).stream().findFirst();
    }

    /** Every employee's frozen inputs and result, by employee id: for checking a run against itself. */
    public void forEachLine(long runId, java.util.function.Consumer<EmployeeLine> consumer) {
        jdbc.query("select employee_id, inputs_json, result_json, total, currency, difference from "
                + "incentive_run_employee where run_id = ? order by employee_id", rs -> {
                    consumer.accept(new EmployeeLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), rs.getString(5), rs.getBigDecimal(6)));
                }, runId);
    }

    /** Totals of a run by employee. */
    public Map<Long, BigDecimal> totals(long runId) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        jdbc.query("select employee_id, total from incentive_run_employee where run_id = ?",
                rs -> {
                    totals.put(rs.getLong(1), rs.getBigDecimal(2));
                }, runId);
        return totals;
    }

    /** A line of the results page. */
    public record PageLine(long employeeId, BigDecimal total, String currency, BigDecimal difference,
            int adjustments) {
    }

    /** Results by employee id. */
    public List<PageLine> lines(long runId, int offset, int limit) {
        return jdbc.query("select e.employee_id, e.total, e.currency, e.difference, (select count(*) from "
                + "incentive_run_adjustment a where a.run_id = e.run_id and a.employee_id = e.employee_id) "
                + "from incentive_run_employee e where e.run_id = ? order by e.employee_id offset ? rows fetch next ? "
                + "rows only", (rs, i) -> new PageLine(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getInt(5)), runId, offset, limit);
    }

    public int countLines(long runId) {
        return jdbc.queryForObject("select count(*) from incentive_run_employee where run_id = ?", Integer.class,
                runId);
    }

    public BigDecimal differenceTotal(long runId) {
        return jdbc.queryForObject("select sum(difference) from incentive_run_employee where run_id = ?",
                BigDecimal.class, runId);
    }

    // --- adjustments ---

    /** A stored adjustment. */
    public record AdjustmentRow(long id, long employeeId, String componentCode, BigDecimal amount, String reason,
            long authorId, Instant createdAt) {
    }

    public void insertAdjustment(long runId, long employeeId, String componentCode, BigDecimal amount, String reason,
            long authorId, Instant at) {
        jdbc.update("insert into incentive_run_adjustment (run_id, employee_id, component_code, amount, reason, "
                + "author_id, created_at) values (?, ?, ?, ?, ?, ?, ?)", runId, employeeId, componentCode, amount,
                reason, authorId, Timestamp.from(at));
    }

    /** The run's adjustments by employee, each employee's in the order they were made. */
    public Map<Long, List<AdjustmentRow>> adjustments(long runId) {
        Map<Long, List<AdjustmentRow>> byEmployee = new HashMap<>();
        jdbc.query("select id, employee_id, component_code, amount, reason, author_id, created_at from "
                + "incentive_run_adjustment where run_id = ? order by employee_id, id", rs -> {
                    AdjustmentRow row = new AdjustmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getBigDecimal(4), rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant());
                    byEmployee.computeIfAbsent(row.employeeId(), id -> new ArrayList<>()).add(row);
                }, runId);
        return byEmployee;
    }

    public List<AdjustmentRow> adjustments(long runId, long employeeId) {
        return jdbc.query("select id, employee_id, component_code, amount, reason, author_id, created_at from "
                + "incentive_run_adjustment where run_id = ? and employee_id = ? order by id", (rs, i) ->
                new AdjustmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                        rs.getLong(6), rs.getTimestamp(7).toInstant()), runId, employeeId);
    }

    // --- published results ---

    /** An employee's line in a published run, with the run. */
    public record PublishedLine(RunRow run, BigDecimal total, String currency) {
    }

    public List<PublishedLine> publishedOf(long employeeId) {
        return jdbc.query("select " + prefixed() + ", e.total as line_total, e.currency as line_currency from "
                + "incentive_run r join incentive_run_employee e on e.run_id = r.id where e.employee_id = ? and "
                + "r.status = 'PUBLISHED' order by r.period_from desc, r.id desc", (rs, i) -> new PublishedLine(
                        RunRow.map(rs, i), rs.getBigDecimal("line_total"), rs.getString("line_currency")), employeeId);
    }

    private static String prefixed() {
        return java.util.Arrays.stream(RunRow.COLUMNS.split(", ")).map(c -> "r." + c)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
