package app.uptake.adoption.internal;

import app.uptake.adoption.AdoptionComponent;
import app.uptake.adoption.ComponentValues;
import app.uptake.adoption.GroupScore;
import app.uptake.shared.DatabaseVendor;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tables adoption_snapshot_employee, adoption_snapshot_unit, adoption_snapshot_week and adoption_dirty_week. */
@Component
public class SnapshotStore {

    private static final String COMPONENT_COLUMNS = "usage_pct, logging_pct, quality_pct, training_pct, goals_pct, index_pct";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    SnapshotStore(JdbcTemplate jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.postgres = vendor.isPostgres();
    }

    /** One employee's stored week. */
    public record EmployeeRow(LocalDate week, long employeeId, long orgUnitId, ComponentValues components,
            BigDecimal index) {
    }

    /** One unit's stored week. */
    public record UnitRow(LocalDate week, long orgUnitId, GroupScore score, boolean suppressed) {
    }

    /** Replaces everything stored for the week: nothing of an earlier computation of it is left. */
    public void replaceWeek(LocalDate week, List<EmployeeRow> employees, List<UnitRow> units, Instant at) {
        Date day = Date.valueOf(week);
        jdbc.update("delete from adoption_snapshot_unit where week_start = ?", day);
        jdbc.update("delete from adoption_snapshot_employee where week_start = ?", day);
        jdbc.batchUpdate("insert into adoption_snapshot_employee (week_start, employee_id, org_unit_id, "
                + COMPONENT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)", employees, 1000, (ps, row) -> {
                    ps.setDate(1, day);
                    ps.setLong(2, row.employeeId());
                    ps.setLong(3, row.orgUnitId());
                    setComponents(ps, 4, row.components(), row.index());
                });
        jdbc.batchUpdate("insert into adoption_snapshot_unit (week_start, org_unit_id, headcount, " + COMPONENT_COLUMNS
                + ", suppressed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", units, 1000, (ps, row) -> {
                    ps.setDate(1, day);
                    ps.setLong(2, row.orgUnitId());
                    ps.setInt(3, row.score().headcount());
                    setComponents(ps, 4, row.score().components(), row.score().index());
                    ps.setBoolean(10, row.suppressed());
                });
        if (jdbc.update("update adoption_snapshot_week set employees = ?, computed_at = ? where week_start = ?",
                employees.size(), Timestamp.from(at), day) == 0) {
            jdbc.update("insert into adoption_snapshot_week (week_start, employees, computed_at) values (?, ?, ?)", day,
                    employees.size(), Timestamp.from(at));
        }
        jdbc.update("delete from adoption_dirty_week where week_start = ?", day);
    }

    /**
     * Marks past weeks for recomputation, in date order so that concurrent ingests marking overlapping weeks wait
     * for each other instead of deadlocking; a week already marked stays marked.
     */
    public void markDirty(Collection<LocalDate> weeks, Instant at) {
        List<LocalDate> sorted = weeks.stream().distinct().sorted().toList();
        String sql = postgres
                ? "insert into adoption_dirty_week (week_start, marked_at) values (?, ?) on conflict (week_start) do nothing"
                : "merge into adoption_dirty_week (week_start, marked_at) key (week_start) values (?, ?)";
        for (LocalDate week : sorted) {
            jdbc.update(sql, Date.valueOf(week), Timestamp.from(at));
        }
    }

    public List<LocalDate> dirtyWeeks() {
        return jdbc.queryForList("select week_start from adoption_dirty_week order by week_start", Date.class).stream()
                .map(Date::toLocalDate).toList();
    }

    /** Forgets dirty marks of weeks before the day (too old to recompute). */
    public int forgetDirtyBefore(LocalDate week) {
        return jdbc.update("delete from adoption_dirty_week where week_start < ?", Date.valueOf(week));
    }

    /** The weeks from {@code from} to {@code to} that were computed. */
    public List<LocalDate> computedWeeks(LocalDate from, LocalDate to) {
        return jdbc.queryForList("select week_start from adoption_snapshot_week where week_start between ? and ?",
                Date.class, Date.valueOf(from), Date.valueOf(to)).stream().map(Date::toLocalDate).toList();
    }

    public Optional<LocalDate> latestWeek() {
        Date latest = jdbc.queryForObject("select max(week_start) from adoption_snapshot_week", Date.class);
        return Optional.ofNullable(latest).map(Date::toLocalDate);
    }

    /** The unit's weeks from {@code from} to {@code to}, oldest first. */
    public List<UnitRow> unitWeeks(long orgUnitId, LocalDate from, LocalDate to) {
        return jdbc.query("select week_start, org_unit_id, headcount, " + COMPONENT_COLUMNS + ", suppressed "
                + "from adoption_snapshot_unit where org_unit_id = ? and week_start between ? and ? order by week_start",
                SnapshotStore::unitRow, orgUnitId, Date.valueOf(from), Date.valueOf(to));
    }

    /** The units' rows of one week. */
    public List<UnitRow> unitsOfWeek(Collection<Long> orgUnitIds, LocalDate week) {
        if (orgUnitIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(week));
        args.addAll(orgUnitIds);
        return jdbc.query("select week_start, org_unit_id, headcount, " + COMPONENT_COLUMNS + ", suppressed "
                + "from adoption_snapshot_unit where week_start = ? and org_unit_id in ("
                + String.join(",", java.util.Collections.nCopies(orgUnitIds.size(), "?")) + ")", SnapshotStore::unitRow,
                args.toArray());
    }

    /** The employee's weeks from {@code from} to {@code to}, oldest first. */
    public List<EmployeeRow> employeeWeeks(long employeeId, LocalDate from, LocalDate to) {
        return jdbc.query("select week_start, employee_id, org_unit_id, " + COMPONENT_COLUMNS
                + " from adoption_snapshot_employee where employee_id = ? and week_start between ? and ? order by week_start",
                (rs, n) -> new EmployeeRow(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), components(rs, 4),
                        rs.getBigDecimal(9)), employeeId, Date.valueOf(from), Date.valueOf(to));
    }

    private static UnitRow unitRow(ResultSet rs, int n) throws SQLException {
        return new UnitRow(rs.getDate(1).toLocalDate(), rs.getLong(2),
                new GroupScore(rs.getInt(3), components(rs, 4), rs.getBigDecimal(9)), rs.getBoolean(10));
    }

    private static ComponentValues components(ResultSet rs, int first) throws SQLException {
        Map<AdoptionComponent, BigDecimal> values = new EnumMap<>(AdoptionComponent.class);
        AdoptionComponent[] all = AdoptionComponent.values();
        for (int i = 0; i < all.length; i++) {
            values.put(all[i], rs.getBigDecimal(first + i));
        }
        return new ComponentValues(values);
    }

    private static void setComponents(PreparedStatement ps, int first, ComponentValues components, BigDecimal index)
            throws SQLException {
        AdoptionComponent[] all = AdoptionComponent.values();
        for (int i = 0; i < all.length; i++) {
            ps.setBigDecimal(first + i, components.get(all[i]));
        }
        ps.setBigDecimal(first + all.length, index);
    }
}
