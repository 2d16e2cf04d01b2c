package app.uptake.goals.internal;

import app.uptake.goals.Baseline;
import app.uptake.goals.GoalScope;
import app.uptake.goals.GoalStatus;
import app.uptake.goals.progress.ProgressProfile;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Reads and writes table {@code goal}. Company goals are rows without a parent; the cascade adds child rows with
 * {@link #insert} (parent and root set) on the same metric and period.
 */
@Component
public class GoalStore {

    private final JdbcTemplate jdbc;

    GoalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new row holds; ids of parent and root are null for a company goal. */
    public record NewGoal(Long parentId, Long rootId, int fiscalYear, Integer quarter, DateRange period, GoalScope scope,
            String titleEn, String titleDe, String metricCode, ProcessSegment segment, String direction,
            BigDecimal target, BigDecimal weight, long ownerId, String rationale, Baseline baseline, long createdBy,
            Instant createdAt) {
    }

    public long insert(NewGoal goal) {
        Map<String, Object> v = new HashMap<>();
        v.put("parent_id", goal.parentId());
        v.put("root_id", goal.rootId());
        v.put("fiscal_year", goal.fiscalYear());
        v.put("quarter", goal.quarter());
        v.put("period_from", Date.valueOf(goal.period().from()));
        v.put("period_to", Date.valueOf(goal.period().to()));
        v.put("org_unit_id", goal.scope() instanceof GoalScope.OrgUnit u ? u.orgUnitId() : null);
        v.put("employee_id", goal.scope() instanceof GoalScope.Employee e ? e.employeeId() : null);
        v.put("title_en", goal.titleEn());
        v.put("title_de", goal.titleDe());
        v.put("metric_code", goal.metricCode());
        v.put("segment", goal.segment().name());
        v.put("direction", goal.direction());
        v.put("target_value", goal.target());
        v.put("weight", goal.weight());
        v.put("owner_id", goal.ownerId());
        v.put("rationale", goal.rationale());
        v.put("status", GoalStatus.DRAFT.name());
        putBaseline(v, goal.baseline());
        v.put("created_by", goal.createdBy());
        v.put("created_at", Timestamp.from(goal.createdAt()));
        v.put("version", 0L);
        long id = new SimpleJdbcInsert(jdbc).withTableName("goal").usingGeneratedKeyColumns("id")
                .usingColumns(v.keySet().toArray(String[]::new)).executeAndReturnKey(v).longValue();
        if (goal.rootId() == null) {
            jdbc.update("update goal set root_id = ? where id = ?", id, id);
        }
        return id;
    }

    public Optional<GoalRow> find(long id) {
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where id = ?", GoalRow::map, id).stream().findFirst();
    }

    /** The goals with the ids given, in no particular order; unknown ids are left out. */
    public List<GoalRow> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where id in (" + marks + ")", GoalRow::map,
                ids.toArray());
    }

    /** Company goals of a fiscal year, optionally of one process segment, by period then title. */
    public List<GoalRow> companyGoals(int fiscalYear, ProcessSegment segment, int offset, int limit) {
        List<Object> args = new ArrayList<>(List.of(fiscalYear));
        String where = "parent_id is null and fiscal_year = ?";
        if (segment != null) {
            where += " and segment = ?";
            args.add(segment.name());
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where " + where
                + " order by coalesce(quarter, 0), title_en, id limit ? offset ?", GoalRow::map, args.toArray());
    }

    public int countCompanyGoals(int fiscalYear, ProcessSegment segment) {
        Integer n = segment == null
                ? jdbc.queryForObject("select count(*) from goal where parent_id is null and fiscal_year = ?",
                        Integer.class, fiscalYear)
                : jdbc.queryForObject("select count(*) from goal where parent_id is null and fiscal_year = ? "
                        + "and segment = ?", Integer.class, fiscalYear, segment.name());
        return n == null ? 0 : n;
    }

    public List<GoalRow> children(long parentId) {
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where parent_id = ? order by id", GoalRow::map,
                parentId);
    }

    /** One page of a goal's children, in the order of {@link #children(long)}. */
    public List<GoalRow> children(long parentId, int offset, int limit) {
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where parent_id = ? order by id limit ? offset ?",
                GoalRow::map, parentId, limit, offset);
    }

    /**
     * One page of the goals of a fiscal year set for the units given (a team: a unit with the units below it) that
     * are not the share of another such goal the reader sees: the targets handed into the team from above, or set on
     * it directly. With a {@code readerId} only the cascade's shares and the reader's own goals count, as a manager
     * sees them; without one (executives, the program office) every goal does. The goals of {@code firstUnitId} come
     * first, then by period and title.
     */
    public List<GoalRow> topOfUnits(int fiscalYear, Collection<Long> unitIds, Long readerId, long firstUnitId,
            int offset, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = topOfUnitsArgs(fiscalYear, unitIds, readerId);
        args.add(firstUnitId);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal g where " + topOfUnitsWhere(unitIds, readerId)
                + " order by case when g.org_unit_id = ? then 0 else 1 end, coalesce(g.quarter, 0), g.title_en, g.id "
                + "limit ? offset ?", GoalRow::map, args.toArray());
    }

    public int countTopOfUnits(int fiscalYear, Collection<Long> unitIds, Long readerId) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        Integer n = jdbc.queryForObject("select count(*) from goal g where " + topOfUnitsWhere(unitIds, readerId),
                Integer.class, topOfUnitsArgs(fiscalYear, unitIds, readerId).toArray());
        return n == null ? 0 : n;
    }

    private static String topOfUnitsWhere(Collection<Long> unitIds, Long readerId) {
        String units = String.join(",", java.util.Collections.nCopies(unitIds.size(), "?"));
        String seenG = readerId == null ? "" : " and (g.parent_id is not null or g.owner_id = ?)";
        String seenP = readerId == null ? "" : " and (p.parent_id is not null or p.owner_id = ?)";
        return "g.fiscal_year = ? and g.org_unit_id in (" + units + ")" + seenG + " and not exists (select 1 from goal p "
                + "where p.id = g.parent_id and p.org_unit_id in (" + units + ")" + seenP + ")";
    }

    private static List<Object> topOfUnitsArgs(int fiscalYear, Collection<Long> unitIds, Long readerId) {
        List<Object> args = new ArrayList<>();
        args.add(fiscalYear);
        args.addAll(unitIds);
        if (readerId != null) {
            args.add(readerId);
        }
        args.addAll(unitIds);
        if (readerId != null) {
            args.add(readerId);
        }
        return args;
    }

    /** Number of children per goal, for the goals given. */
    public Map<Long, Integer> childCounts(List<Long> goalIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (goalIds.isEmpty()) {
            return counts;
        }
        String marks = String.join(",", java.util.Collections.nCopies(goalIds.size(), "?"));
        jdbc.query("select parent_id, count(*) from goal where parent_id in (" + marks + ") group by parent_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }, goalIds.toArray());
        return counts;
    }

    /** Σ weight of the fiscal year's company goals that are not closed, leaving one goal out (or none: -1). */
    public BigDecimal weightOfYear(int fiscalYear, long exceptGoalId) {
        BigDecimal sum = jdbc.queryForObject("select coalesce(sum(weight), 0) from goal where parent_id is null "
                + "and fiscal_year = ? and status <> 'CLOSED' and id <> ?", BigDecimal.class, fiscalYear, exceptGoalId);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** A company goal (not closed, not {@code exceptGoalId}) on the metric and unit whose period overlaps. */
    public Optional<GoalRow> overlapping(String metricCode, long orgUnitId, DateRange period, long exceptGoalId) {
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where parent_id is null and metric_code = ? "
                + "and org_unit_id = ? and status <> 'CLOSED' and id <> ? and period_from <= ? and period_to >= ?",
                GoalRow::map, metricCode, orgUnitId, exceptGoalId, Date.valueOf(period.to()),
                Date.valueOf(period.from())).stream().findFirst();
    }

    /** The employees' own targets of the cascade below a company goal, drafts left out. */
    public List<GoalRow> employeeSharesUnder(long rootId) {
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where root_id = ? and employee_id is not null "
                + "and parent_id is not null and status <> 'DRAFT'", GoalRow::map, rootId);
    }

    /** The targets of the cascade set for one employee, the current periods first. */
    public List<GoalRow> ofEmployee(long employeeId) {
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where employee_id = ? and parent_id is not null "
                + "order by period_to desc, title_en, id", GoalRow::map, employeeId);
    }

    /** The active targets of the cascade set for employees whose period contains the day. */
    public List<GoalRow> employeeTargetsActiveOn(java.time.LocalDate day) {
        return jdbc.query("select " + GoalRow.COLUMNS + " from goal where employee_id is not null and parent_id is not null "
                + "and status = 'ACTIVE' and period_from <= ? and period_to >= ? order by employee_id, id", GoalRow::map,
                Date.valueOf(day), Date.valueOf(day));
    }

    /**
     * Puts every row of the cascade below a company goal in the status of that goal, so that the targets of the
     * breakdown are drafted, in force and closed with it.
     */
    public void followRoot(GoalRow root) {
        jdbc.update("update goal set status = ?, confirmed_by = ?, confirmed_at = ?, activated_by = ?, activated_at = ?, "
                + "closed_at = ?, version = version + 1 where root_id = ? and id <> ?", root.status().name(),
                root.confirmedBy(), timestamp(root.confirmedAt()), root.activatedBy(), timestamp(root.activatedAt()),
                timestamp(root.closedAt()), root.id(), root.id());
    }

    /** Sets how a company goal expects its progress; its cascade follows it (read through {@link #profiles}). */
    public void setProfile(long goalId, ProgressProfile profile) {
        jdbc.update("update goal set progress_profile = ?, version = version + 1 where id = ?", profile.name(), goalId);
    }

    /** The profile of each goal's company goal (its root, or itself at the top), by goal id. */
    public Map<Long, ProgressProfile> profiles(Collection<Long> goalIds) {
        Map<Long, ProgressProfile> result = new HashMap<>();
        if (goalIds.isEmpty()) {
            return result;
        }
        String ids = String.join(",", java.util.Collections.nCopies(goalIds.size(), "?"));
        jdbc.query("select g.id, r.progress_profile from goal g join goal r on r.id = coalesce(g.root_id, g.id) "
                + "where g.id in (" + ids + ")", rs -> {
                    result.put(rs.getLong(1), ProgressProfile.valueOf(rs.getString(2)));
                }, goalIds.toArray());
        return result;
    }

    /** Puts one child in its parent's status, right after inserting it. */
    public void follow(long childId, GoalRow parent) {
        jdbc.update("update goal set status = ?, confirmed_by = ?, confirmed_at = ?, activated_by = ?, activated_at = ?, "
                + "closed_at = ? where id = ?", parent.status().name(), parent.confirmedBy(),
                timestamp(parent.confirmedAt()), parent.activatedBy(), timestamp(parent.activatedAt()),
                timestamp(parent.closedAt()), childId);
    }

    /** A child's new share of its parent's target, checking the version read before (no lost update). */
    public void updateTarget(long id, BigDecimal target, long version) {
        if (jdbc.update("update goal set target_value = ?, version = version + 1 where id = ? and version = ?", target,
                id, version) != 1) {
            throw new ObjectOptimisticLockingFailureException("goal", id);
        }
    }

    /** Rewrites the editable fields, checking the version read before (no lost update). */
    public void update(GoalRow goal) {
        int changed = jdbc.update("update goal set fiscal_year = ?, quarter = ?, period_from = ?, period_to = ?, "
                + "org_unit_id = ?, employee_id = ?, title_en = ?, title_de = ?, metric_code = ?, segment = ?, "
                + "direction = ?, target_value = ?, weight = ?, owner_id = ?, rationale = ?, status = ?, "
                + "baseline_from = ?, baseline_to = ?, baseline_value = ?, baseline_numerator = ?, "
                + "baseline_denominator = ?, coverage_people = ?, coverage_active_people = ?, coverage_days = ?, "
                + "coverage_days_with_data = ?, quality_accepted = ?, quality_rejected = ?, quality_duplicates = ?, "
                + "quality_late = ?, baseline_measured_at = ?, confirmed_by = ?, confirmed_at = ?, activated_by = ?, "
                + "activated_at = ?, closed_at = ?, version = version + 1 where id = ? and version = ?",
                goal.fiscalYear(), goal.quarter(), Date.valueOf(goal.period().from()), Date.valueOf(goal.period().to()),
                goal.scope() instanceof GoalScope.OrgUnit u ? u.orgUnitId() : null,
                goal.scope() instanceof GoalScope.Employee e ? e.employeeId() : null, goal.title().en(),
                goal.title().de(), goal.metricCode(), goal.segment().name(), goal.direction().name(), goal.target(),
                goal.weight(), goal.ownerId(), goal.rationale(), goal.status().name(),
                Date.valueOf(goal.baseline().period().from()), Date.valueOf(goal.baseline().period().to()),
                goal.baseline().value(), goal.baseline().numerator(), goal.baseline().denominator(),
                goal.baseline().coverage().people(), goal.baseline().coverage().activePeople(),
                goal.baseline().coverage().days(), goal.baseline().coverage().daysWithData(),
                goal.baseline().quality30Days().accepted(), goal.baseline().quality30Days().rejected(),
                goal.baseline().quality30Days().duplicates(), goal.baseline().quality30Days().late(),
                Timestamp.from(goal.baseline().measuredAt()), goal.confirmedBy(), timestamp(goal.confirmedAt()),
                goal.activatedBy(), timestamp(goal.activatedAt()), timestamp(goal.closedAt()), goal.id(),
                goal.version());
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("goal", goal.id());
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static void putBaseline(Map<String, Object> v, Baseline b) {
        v.put("baseline_from", Date.valueOf(b.period().from()));
        v.put("baseline_to", Date.valueOf(b.period().to()));
        v.put("baseline_value", b.value());
        v.put("baseline_numerator", b.numerator());
        v.put("baseline_denominator", b.denominator());
        v.put("coverage_people", b.coverage().people());
        v.put("coverage_active_people", b.coverage().activePeople());
        v.put("coverage_days", b.coverage().days());
        v.put("coverage_days_with_data", b.coverage().daysWithData());
        v.put("quality_accepted", b.quality30Days().accepted());
        v.put("quality_rejected", b.quality30Days().rejected());
        v.put("quality_duplicates", b.quality30Days().duplicates());
        v.put("quality_late", b.quality30Days().late());
        v.put("baseline_measured_at", Timestamp.from(b.measuredAt()));
    }
}
