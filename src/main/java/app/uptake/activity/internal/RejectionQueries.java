package app.uptake.activity.internal;

import app.uptake.activity.ImportRejection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the rows an import run refused, by line, a page at a time or all of them as a stream. */
@Component
class RejectionQueries {

    private static final String COLUMNS = "select line_no, external_id, reason, detail, raw_line from import_rejection ";
    private static final RowMapper<ImportRejection> ROW = (rs, i) -> new ImportRejection(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    RejectionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // a fetch size makes PostgreSQL use a cursor inside a transaction instead of loading every row
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
    }

    List<ImportRejection> page(long runId, long offset, int limit) {
        return jdbc.query(COLUMNS + "where import_run_id = ? order by line_no, id limit ? offset ?", ROW, runId, limit, offset);
    }

    long count(long runId) {
        Long count = jdbc.queryForObject("select count(*) from import_rejection where import_run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /** Hands every rejection of the run to the consumer, in line order; call inside a transaction. */
    void forEach(long runId, Consumer<ImportRejection> consumer) {
        int[] index = {0};
        RowCallbackHandler each = rs -> consumer.accept(ROW.mapRow(rs, index[0]++));
        streaming.query(COLUMNS + "where import_run_id = ? order by line_no, id", each, runId);
    }
}
