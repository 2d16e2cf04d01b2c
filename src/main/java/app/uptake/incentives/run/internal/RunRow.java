package app.uptake.incentives.run.internal;

import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.run.RunKind;
import app.uptake.incentives.run.RunStatus;
import app.uptake.incentives.run.RunSummary;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** One row of table {@code incentive_run}, without the frozen plan. */
public record RunRow(long id, long planId, long planVersionId, String planCode, LocalizedText planName,
        PlanPeriodType periodType, DateRange period, RunKind kind, Long correctsRunId, RunStatus status,
        String currency, boolean managerTotalsVisible, int employeeCount, BigDecimal total, Long startedBy,
        Instant startedAt, Long calculatedBy, Instant calculatedAt, Long approvedBy, Instant approvedAt,
        Long publishedBy, Instant publishedAt, String inputChecksum, long version) {

    static final String COLUMNS = "id, plan_id, plan_version_id, plan_code, plan_name_en, plan_name_de, period_type, "
            + "period_from, period_to, kind, corrects_run_id, status, currency, manager_totals_visible, employee_count, "
            + "total, started_by, started_at, calculated_by, calculated_at, approved_by, approved_at, published_by, "
            + "published_at, input_checksum, version";

    public RunSummary summary() {
        return new RunSummary(id, planId, planVersionId, planName, periodType, period, kind, correctsRunId, status,
                employeeCount, total, currency, startedAt);
    }

    static RunRow map(ResultSet rs, int row) throws SQLException {
        return new RunRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("plan_version_id"),
                rs.getString("plan_code"), new LocalizedText(rs.getString("plan_name_en"), rs.getString("plan_name_de")),
                PlanPeriodType.valueOf(rs.getString("period_type")),
                new DateRange(rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate()),
                RunKind.valueOf(rs.getString("kind")), nullableLong(rs, "corrects_run_id"),
                RunStatus.valueOf(rs.getString("status")), rs.getString("currency"),
                rs.getBoolean("manager_totals_visible"), rs.getInt("employee_count"), rs.getBigDecimal("total"),
                nullableLong(rs, "started_by"), instant(rs, "started_at"), nullableLong(rs, "calculated_by"),
                instant(rs, "calculated_at"), nullableLong(rs, "approved_by"), instant(rs, "approved_at"),
                nullableLong(rs, "published_by"), instant(rs, "published_at"), rs.getString("input_checksum"),
                rs.getLong("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
