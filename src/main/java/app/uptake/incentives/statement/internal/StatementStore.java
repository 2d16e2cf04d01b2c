package app.uptake.incentives.statement.internal;

import app.uptake.incentives.statement.GenerationProgress;
import app.uptake.incentives.statement.Inquiry;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The stored statements of published runs, their generation jobs and the inquiries about them, in SQL. */
@Component
public class StatementStore {

    /** A rendered statement to keep. */
    public record NewStatement(String statementId, long runId, long employeeId, String locale, String fileName,
            BigDecimal total, String currency, String sha256, String contentChecksum, byte[] pdf) {
    }

    /** A kept statement's PDF and whose it is. */
    public record StoredPdf(String statementId, long runId, long employeeId, String fileName, byte[] pdf) {
    }

    /** A kept statement without its PDF. */
    public record StoredSummary(String statementId, long runId, long employeeId, BigDecimal total, String currency) {
    }

    /** Receives a kept PDF, in employee order. */
    @FunctionalInterface
    public interface PdfSink {
        void accept(String fileName, byte[] pdf);
    }

    private static final String INQUIRY_COLUMNS = "q.id, q.statement_id, s.run_id, q.employee_id, "
            + "trim(concat(concat(e.first_name, ' '), e.last_name)), q.line, q.question, q.asked_at, q.answer, "
            + "q.answered_by, q.answered_at, q.correction_run_id from incentive_inquiry q "
            + "join incentive_statement s on s.statement_id = q.statement_id join employee e on e.id = q.employee_id";

    private final JdbcTemplate jdbc;

    StatementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- statements

    public Set<Long> employeesWithStatement(long runId) {
        return new HashSet<>(jdbc.queryForList("select employee_id from incentive_statement where run_id = ?",
                Long.class, runId));
    }

    public int countOfRun(long runId) {
        return jdbc.queryForObject("select count(*) from incentive_statement where run_id = ?", Integer.class, runId);
    }

    public void insert(List<NewStatement> statements, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("insert into incentive_statement (statement_id, run_id, employee_id, locale, file_name, total, "
                + "currency, sha256, content_checksum, pdf, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statements, statements.size(), (ps, s) -> {
                    ps.setString(1, s.statementId());
                    ps.setLong(2, s.runId());
                    ps.setLong(3, s.employeeId());
                    ps.setString(4, s.locale());
                    ps.setString(5, s.fileName());
                    ps.setBigDecimal(6, s.total());
                    ps.setString(7, s.currency());
                    ps.setString(8, s.sha256());
                    ps.setString(9, s.contentChecksum());
                    ps.setBytes(10, s.pdf());
                    ps.setTimestamp(11, at);
                });
    }

    public Optional<StoredPdf> pdf(String statementId) {
        return jdbc.query("select statement_id, run_id, employee_id, file_name, pdf from incentive_statement "
                + "where statement_id = ?", (rs, n) -> new StoredPdf(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getBytes(5)), statementId).stream().findFirst();
    }

    public Optional<StoredSummary> summary(String statementId) {
        return jdbc.query("select statement_id, run_id, employee_id, total, currency from incentive_statement "
                + "where statement_id = ?", SUMMARY, statementId).stream().findFirst();
    }

    public List<StoredSummary> ofEmployee(long employeeId) {
        return jdbc.query("select statement_id, run_id, employee_id, total, currency from incentive_statement "
                + "where employee_id = ? order by run_id desc", SUMMARY, employeeId);
    }

    /** The totals of the given people in the run (those without a statement are left out). */
    public List<StoredSummary> ofRun(long runId, Collection<Long> employeeIds) {
        Set<Long> wanted = Set.copyOf(employeeIds);
        List<StoredSummary> found = new ArrayList<>();
        jdbc.query("select statement_id, run_id, employee_id, total, currency from incentive_statement where run_id = ? "
                + "order by employee_id", (RowCallbackHandler) rs -> {
                    if (wanted.contains(rs.getLong(3))) {
                        found.add(SUMMARY.mapRow(rs, 0));
                    }
                }, runId);
        return found;
    }

    /** Streams the run's PDFs one at a time, so that a ZIP of thousands never holds more than one in memory. */
    public void eachPdf(long runId, PdfSink sink) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("select file_name, pdf from incentive_statement where run_id = ? "
                    + "order by employee_id");
            ps.setFetchSize(20);
            ps.setLong(1, runId);
            return ps;
        }, (RowCallbackHandler) rs -> sink.accept(rs.getString(1), rs.getBytes(2)));
    }

    private static final RowMapper<StoredSummary> SUMMARY = (rs, n) -> new StoredSummary(rs.getString(1),
            rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getString(5));

    // --- generation jobs

    public Optional<GenerationProgress> job(long runId) {
        return jdbc.query("select run_id, status, done, total, started_by, started_at, finished_at, error "
                + "from incentive_statement_job where run_id = ?", (rs, n) -> new GenerationProgress(rs.getLong(1),
                        GenerationProgress.Status.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), instant(rs, 6), instant(rs, 7), rs.getString(8)), runId).stream().findFirst();
    }

    /**
     * Marks the run's generation as running, unless it already runs or is done: the row's status is the lock, so
     * that two HR users pressing the button at once start it once.
     *
     * @return whether this call started it
     */
    public boolean startJob(long runId, int total, String startedBy, Instant now) {
        int updated = jdbc.update("update incentive_statement_job set status = 'RUNNING', total = ?, done = 0, "
                + "started_by = ?, started_at = ?, finished_at = null, error = null "
                + "where run_id = ? and status = 'FAILED'", total, startedBy, Timestamp.from(now), runId);
        if (updated == 1) {
            return true;
        }
        if (job(runId).isPresent()) {
            return false;
        }
        try {
            jdbc.update("insert into incentive_statement_job (run_id, status, total, done, started_by, started_at) "
                    + "values (?, 'RUNNING', ?, 0, ?, ?)", runId, total, startedBy, Timestamp.from(now));
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    public void progress(long runId, int done) {
        jdbc.update("update incentive_statement_job set done = ? where run_id = ?", done, runId);
    }

    public void finishJob(long runId, GenerationProgress.Status status, int done, String error, Instant now) {
        jdbc.update("update incentive_statement_job set status = ?, done = ?, error = ?, finished_at = ? "
                + "where run_id = ?", status.name(), done, error == null ? null : abbreviate(error, 1000),
                Timestamp.from(now), runId);
    }

    public List<Long> runningJobs() {
        return jdbc.queryForList("select run_id from incentive_statement_job where status = 'RUNNING' order by run_id",
                Long.class);
    }

    // --- inquiries

    public long addInquiry(String statementId, long employeeId, String line, String question, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into incentive_inquiry (statement_id, employee_id, line, question, "
                    + "asked_at) values (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, statementId);
            ps.setLong(2, employeeId);
            ps.setString(3, line);
            ps.setString(4, question);
            ps.setTimestamp(5, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<Inquiry> inquiry(long id) {
        return jdbc.query("select " + INQUIRY_COLUMNS + " where q.id = ?", INQUIRY, id).stream().findFirst();
    }

    public List<Inquiry> inquiriesOf(long employeeId) {
        return jdbc.query("select " + INQUIRY_COLUMNS + " where q.employee_id = ? order by q.asked_at desc, q.id desc",
                INQUIRY, employeeId);
    }

    public long countInquiries(boolean openOnly) {
        return jdbc.queryForObject("select count(*) from incentive_inquiry"
                + (openOnly ? " where answered_at is null" : ""), Long.class);
    }

    /** Open ones first, the oldest question first among them: the order HR works through them. */
    public List<Inquiry> inquiries(boolean openOnly, long offset, int limit) {
        return jdbc.query("select " + INQUIRY_COLUMNS + (openOnly ? " where q.answered_at is null" : "")
                + " order by case when q.answered_at is null then 0 else 1 end, q.asked_at, q.id offset ? rows "
                + "fetch next ? rows only", INQUIRY, offset, limit);
    }

    /** @return whether the inquiry was still open and is now answered */
    public boolean answer(long id, String answer, String answeredBy, Long correctionRunId, Instant now) {
        return jdbc.update("update incentive_inquiry set answer = ?, answered_by = ?, answered_at = ?, "
                + "correction_run_id = ? where id = ? and answered_at is null", answer, answeredBy,
                Timestamp.from(now), correctionRunId, id) == 1;
    }

    private static final RowMapper<Inquiry> INQUIRY = (rs, n) -> new Inquiry(rs.getLong(1), rs.getString(2),
            rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), instant(rs, 8),
            rs.getString(9), rs.getString(10), instant(rs, 11), (Long) rs.getObject(12, Long.class));

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
