package app.uptake.activity.internal;

import app.uptake.activity.ActivityEventInput;
import app.uptake.shared.DatabaseVendor;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes activity events: with plain JDBC batches, the portable path (H2), or on PostgreSQL with
 * COPY and array parameters, the bulk path. Times are stored as UTC wall-clock timestamps.
 */
@Component
class EventStore {

    /** Keeps IN lists and batches at a size every database plans well. */
    static final int CHUNK = 500;

    private static final String COLUMNS = "source_id, external_id, revision, employee_id, type, occurred_at, occurred_on, "
            + "direction, duration_seconds, account_ref, decision_maker, amount, margin, campaign, stage, product_count, "
            + "response_minutes, resolution_minutes, satisfaction, completeness, ingested_at, import_run_id";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    EventStore(JdbcTemplate jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.postgres = vendor.isPostgres();
    }

    /** What is stored of an event: enough to decide about a new revision and to find the days it counted on. */
    record StoredEvent(long id, int revision, long employeeId, LocalDate occurredOn) {
    }

    /** An event ready to be written. */
    record Write(long sourceId, ActivityEventInput event, long employeeId, LocalDate occurredOn, Instant ingestedAt,
            Long runId) {
    }

    Map<String, StoredEvent> findExisting(long sourceId, Collection<String> externalIds) {
        Map<String, StoredEvent> found = new HashMap<>();
        List<String> ids = new ArrayList<>(externalIds);
        if (postgres && !ids.isEmpty()) {
            // one array parameter instead of IN lists: one round trip for a whole chunk
            jdbc.query(con -> {
                var statement = con.prepareStatement("select external_id, id, revision, employee_id, occurred_on "
                        + "from activity_event where external_id = any(?) and source_id = ?");
                statement.setArray(1, con.createArrayOf("varchar", ids.toArray()));
                statement.setLong(2, sourceId);
                return statement;
            }, rs -> {
                found.put(rs.getString(1), new StoredEvent(rs.getLong(2), rs.getInt(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class)));
            });
            return found;
        }
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Object> args = new ArrayList<>(chunk.size() + 1);
            args.add(sourceId);
            args.addAll(chunk);
            jdbc.query("select external_id, id, revision, employee_id, occurred_on from activity_event "
                            + "where source_id = ? and external_id in (" + marks + ")",
                    rs -> {
                        found.put(rs.getString(1), new StoredEvent(rs.getLong(2), rs.getInt(3), rs.getLong(4),
                                rs.getObject(5, LocalDate.class)));
                    }, args.toArray());
        }
        return found;
    }

    void insert(List<Write> writes) {
        if (postgres && !writes.isEmpty()) {
            copy(writes);
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(22, "?"));
        for (int start = 0; start < writes.size(); start += CHUNK) {
            List<Write> chunk = writes.subList(start, Math.min(writes.size(), start + CHUNK));
            jdbc.batchUpdate("insert into activity_event (" + COLUMNS + ") values (" + marks + ")", chunk, chunk.size(),
                    (ps, w) -> bind(ps, w, 1));
        }
    }

    private void copy(List<Write> writes) {
        PostgresCopy rows = new PostgresCopy();
        for (Write w : writes) {
            ActivityEventInput e = w.event();
            rows.value(w.sourceId()).value(e.externalId()).value(e.revision()).value(w.employeeId()).value(e.type().name())
                    .value(LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC)).value(w.occurredOn())
                    .value(e.direction()).value(e.durationSeconds()).value(e.accountRef()).value(e.decisionMaker())
                    .value(e.amount()).value(e.margin()).value(e.campaign()).value(e.stage()).value(e.productCount())
                    .value(e.responseMinutes()).value(e.resolutionMinutes()).value(e.satisfaction())
                    .value(e.completeness()).value(LocalDateTime.ofInstant(w.ingestedAt(), ZoneOffset.UTC))
                    .value(w.runId()).endRow();
        }
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) con -> rows.copyInto(con, "activity_event", COLUMNS));
    }

    /** Replaces stored events by their corrections; {@code ids} are the stored rows' ids, in the same order. */
    void replace(List<Write> writes, List<Long> ids) {
        String sets = COLUMNS.replace(", ", " = ?, ") + " = ?";
        for (int start = 0; start < writes.size(); start += CHUNK) {
            int from = start;
            List<Write> chunk = writes.subList(start, Math.min(writes.size(), start + CHUNK));
            jdbc.batchUpdate("update activity_event set " + sets + " where id = ?",
                    new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            int next = bind(ps, chunk.get(i), 1);
                            ps.setLong(next, ids.get(from + i));
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    });
        }
    }

    void insertRejections(long runId, List<ParsedRow> rejected) {
        for (int start = 0; start < rejected.size(); start += CHUNK) {
            List<ParsedRow> chunk = rejected.subList(start, Math.min(rejected.size(), start + CHUNK));
            jdbc.batchUpdate("insert into import_rejection (import_run_id, line_no, external_id, reason, detail, raw_line) "
                    + "values (?, ?, ?, ?, ?, ?)", chunk, chunk.size(), (ps, row) -> {
                        ps.setLong(1, runId);
                        ps.setLong(2, row.line());
                        ps.setString(3, truncate(row.event() == null ? null : row.event().externalId(), 100));
                        ps.setString(4, row.problem().key());
                        ps.setString(5, truncate(row.problem().detail(), 500));
                        ps.setString(6, truncate(row.raw(), 4000));
                    });
        }
    }

    private static int bind(PreparedStatement ps, Write w, int first) throws SQLException {
        ActivityEventInput e = w.event();
        int i = first;
        ps.setLong(i++, w.sourceId());
        ps.setString(i++, e.externalId());
        ps.setInt(i++, e.revision());
        ps.setLong(i++, w.employeeId());
        ps.setString(i++, e.type().name());
        ps.setObject(i++, LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
        ps.setObject(i++, w.occurredOn());
        ps.setString(i++, e.direction() == null ? null : e.direction().name());
        setInt(ps, i++, e.durationSeconds());
        ps.setString(i++, e.accountRef());
        if (e.decisionMaker() == null) {
            ps.setNull(i++, Types.BOOLEAN);
        } else {
            ps.setBoolean(i++, e.decisionMaker());
        }
        setDecimal(ps, i++, e.amount());
        setDecimal(ps, i++, e.margin());
        ps.setString(i++, e.campaign());
        ps.setString(i++, e.stage());
        setInt(ps, i++, e.productCount());
        setInt(ps, i++, e.responseMinutes());
        setInt(ps, i++, e.resolutionMinutes());
        setDecimal(ps, i++, e.satisfaction());
        setDecimal(ps, i++, e.completeness());
        ps.setObject(i++, LocalDateTime.ofInstant(w.ingestedAt(), ZoneOffset.UTC));
        if (w.runId() == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, w.runId());
        }
        return i;
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
