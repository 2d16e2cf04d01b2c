package app.uptake.goals.progress.internal;

import app.uptake.goals.progress.StatusThresholds;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The one row of goal_status_threshold: the company's status thresholds. */
@Component
public class ThresholdStore {

    private final JdbcTemplate jdbc;

    ThresholdStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored thresholds, or the defaults if the row is missing (it is inserted by the migration). */
    public StatusThresholds read() {
        List<StatusThresholds> rows = jdbc.query("select on_track_percent, at_risk_percent from goal_status_threshold where id = 1",
                (rs, n) -> new StatusThresholds(rs.getBigDecimal(1), rs.getBigDecimal(2)));
        return rows.isEmpty() ? StatusThresholds.DEFAULTS : rows.getFirst();
    }

    public void write(StatusThresholds thresholds, String by, Instant at) {
        int updated = jdbc.update("update goal_status_threshold set on_track_percent = ?, at_risk_percent = ?, updated_by = ?, "
                + "updated_at = ? where id = 1", thresholds.onTrackPercent(), thresholds.atRiskPercent(), by,
                java.sql.Timestamp.from(at));
        if (updated == 0) {
            jdbc.update("insert into goal_status_threshold (id, on_track_percent, at_risk_percent, updated_by, updated_at) "
                    + "values (1, ?, ?, ?, ?)", thresholds.onTrackPercent(), thresholds.atRiskPercent(), by,
                    java.sql.Timestamp.from(at));
        }
    }
}
