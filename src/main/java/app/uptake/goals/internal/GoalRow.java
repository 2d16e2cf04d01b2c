package app.uptake.goals.internal;

import app.uptake.activity.IngestTally;
import app.uptake.goals.Baseline;
import app.uptake.goals.DataCoverage;
import app.uptake.goals.GoalScope;
import app.uptake.goals.GoalStatus;
import app.uptake.goals.TargetDirection;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One row of table {@code goal}: a company goal, or (with a parent) a target of its cascade. */
public record GoalRow(long id, Long parentId, Long rootId, int fiscalYear, Integer quarter, DateRange period,
        GoalScope scope, LocalizedText title, String metricCode, ProcessSegment segment, TargetDirection direction,
        BigDecimal target, BigDecimal weight, long ownerId, String rationale, GoalStatus status, Baseline baseline,
        Long confirmedBy, Instant confirmedAt, Long activatedBy, Instant activatedAt, Instant closedAt, long createdBy,
        Instant createdAt, long version) {

    static final String COLUMNS = "id, parent_id, root_id, fiscal_year, quarter, period_from, period_to, org_unit_id, "
            + "employee_id, title_en, title_de, metric_code, segment, direction, target_value, weight, owner_id, "
            + "rationale, status, baseline_from, baseline_to, baseline_value, baseline_numerator, baseline_denominator, "
            + "coverage_people, coverage_active_people, coverage_days, coverage_days_with_data, quality_accepted, "
            + "quality_rejected, quality_duplicates, quality_late, baseline_measured_at, confirmed_by, confirmed_at, "
            + "activated_by, activated_at, closed_at, created_by, created_at, version";

    public boolean confirmed() {
        return confirmedAt != null;
    }

    static GoalRow map(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("org_unit_id");
        GoalScope scope = rs.wasNull() ? new GoalScope.Employee(rs.getLong("employee_id")) : new GoalScope.OrgUnit(unit);
        int quarter = rs.getInt("quarter");
        Integer q = rs.wasNull() ? null : quarter;
        Baseline baseline = new Baseline(
                new DateRange(rs.getDate("baseline_from").toLocalDate(), rs.getDate("baseline_to").toLocalDate()),
                rs.getBigDecimal("baseline_value"), rs.getBigDecimal("baseline_numerator"),
                rs.getBigDecimal("baseline_denominator"),
                new DataCoverage(rs.getInt("coverage_people"), rs.getInt("coverage_active_people"),
                        rs.getInt("coverage_days"), rs.getInt("coverage_days_with_data")),
                new IngestTally(rs.getLong("quality_accepted"), 0, rs.getLong("quality_duplicates"), 0,
                        rs.getLong("quality_rejected"), rs.getLong("quality_late")),
                instant(rs, "baseline_measured_at"));
        return new GoalRow(rs.getLong("id"), nullableLong(rs, "parent_id"), nullableLong(rs, "root_id"),
                rs.getInt("fiscal_year"), q,
                new DateRange(rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate()), scope,
                new LocalizedText(rs.getString("title_en"), rs.getString("title_de")), rs.getString("metric_code"),
                ProcessSegment.valueOf(rs.getString("segment")), TargetDirection.valueOf(rs.getString("direction")),
                rs.getBigDecimal("target_value"), rs.getBigDecimal("weight"), rs.getLong("owner_id"),
                rs.getString("rationale"), GoalStatus.valueOf(rs.getString("status")), baseline,
                nullableLong(rs, "confirmed_by"), instant(rs, "confirmed_at"), nullableLong(rs, "activated_by"),
                instant(rs, "activated_at"), instant(rs, "closed_at"), rs.getLong("created_by"),
                instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
