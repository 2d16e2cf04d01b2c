package app.uptake.incentives.plan.internal;

import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.organization.JobRole;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/** Reads and writes the plan tables: plans, their versions, eligibility rules and explicit participations. */
@Component
public class PlanStore {

    private static final String PLAN_COLUMNS = """
            p.id, p.code, p.name_en, p.name_de, p.currency, p.period_type, p.target_incentive, p.managers_see_totals,
            (select max(v.version_no) from incentive_plan_version v where v.plan_id = p.id) latest_version,
            (select max(v.valid_from) from incentive_plan_version v where v.plan_id = p.id) latest_valid_from""";
    private static final String VERSION_COLUMNS =
            "id, plan_id, version_no, valid_from, target_incentive, definition, author_id, reason, created_at";
    private static final String PARTICIPATION_COLUMNS =
            "id, plan_id, employee_id, valid_from, valid_to, fte, target_incentive_override";

    private final JdbcTemplate jdbc;

    PlanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record PlanRow(long id, String code, String nameEn, String nameDe, String currency,
            PlanPeriodType periodType, BigDecimal targetIncentive, boolean managersSeeTotals, int latestVersion,
            LocalDate latestValidFrom) {
    }

    public record VersionRow(long id, long planId, int versionNo, LocalDate validFrom, BigDecimal targetIncentive,
            String definition, long authorId, String reason, Instant createdAt) {
    }

    public record UnitRule(long orgUnitId, boolean includeSubtree) {
    }

    /**
     * @param to null while it lasts
     */
    public record ParticipationRow(long id, long planId, long employeeId, LocalDate from, LocalDate to,
            BigDecimal fte, BigDecimal targetIncentiveOverride) {
    }

    // --- plans ---

    public long insertPlan(String code, String nameEn, String nameDe, String currency, PlanPeriodType periodType,
            BigDecimal targetIncentive, boolean managersSeeTotals, long by, Instant at) {
        Map<String, Object> v = new HashMap<>();
        v.put("code", code);
        v.put("name_en", nameEn);
        v.put("name_de", nameDe);
        v.put("currency", currency);
        v.put("period_type", periodType.name());
        v.put("target_incentive", targetIncentive);
        v.put("managers_see_totals", managersSeeTotals);
        v.put("created_by", by);
        v.put("created_at", Timestamp.from(at));
        v.put("updated_by", by);
        v.put("updated_at", Timestamp.from(at));
        return insert("incentive_plan", v);
    }

    public boolean codeTaken(String code) {
        Integer n = jdbc.queryForObject("select count(*) from incentive_plan where upper(code) = ?", Integer.class,
                code.toUpperCase(Locale.ROOT));
        return n != null && n > 0;
    }

    public Optional<PlanRow> findPlan(long id) {
        return jdbc.query("select " + PLAN_COLUMNS + " from incentive_plan p where p.id = ?", PlanStore::plan, id)
                .stream().findFirst();
    }

    /** Plans whose code or name contains the text (any case), by code. */
    public List<PlanRow> plans(String text, int offset, int limit) {
        return jdbc.query("select " + PLAN_COLUMNS + " from incentive_plan p where " + MATCHES
                + " order by p.code, p.id limit ? offset ?", PlanStore::plan, like(text), like(text), like(text),
                limit, offset);
    }

    public int countPlans(String text) {
        Integer n = jdbc.queryForObject("select count(*) from incentive_plan p where " + MATCHES, Integer.class,
                like(text), like(text), like(text));
        return n == null ? 0 : n;
    }

    private static final String MATCHES = "(lower(p.code) like ? or lower(p.name_en) like ? or lower(p.name_de) like ?)";

    private static String like(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public void updateSettings(long planId, String nameEn, String nameDe, boolean managersSeeTotals, long by,
            Instant at) {
        jdbc.update("update incentive_plan set name_en = ?, name_de = ?, managers_see_totals = ?, updated_by = ?, "
                + "updated_at = ? where id = ?", nameEn, nameDe, managersSeeTotals, by, Timestamp.from(at), planId);
    }

    public void touch(long planId, BigDecimal targetIncentive, long by, Instant at) {
        jdbc.update("update incentive_plan set target_incentive = ?, updated_by = ?, updated_at = ? where id = ?",
                targetIncentive, by, Timestamp.from(at), planId);
    }

    /** Locks the plan's row for the rest of the transaction, so two saves of a version take turns. */
    public void lock(long planId) {
        jdbc.query("select id from incentive_plan where id = ? for update", (rs, i) -> rs.getLong(1), planId);
    }

    // --- versions ---

    public long insertVersion(long planId, int versionNo, LocalDate validFrom, BigDecimal targetIncentive,
            String definition, long authorId, String reason, Instant at) {
        Map<String, Object> v = new HashMap<>();
        v.put("plan_id", planId);
        v.put("version_no", versionNo);
        v.put("valid_from", Date.valueOf(validFrom));
        v.put("target_incentive", targetIncentive);
        v.put("definition", definition);
        v.put("author_id", authorId);
        v.put("reason", reason);
        v.put("created_at", Timestamp.from(at));
        return insert("incentive_plan_version", v);
    }

    /** The plan's versions, newest first. */
    public List<VersionRow> versions(long planId) {
        return jdbc.query("select " + VERSION_COLUMNS + " from incentive_plan_version where plan_id = ? "
                + "order by valid_from desc", PlanStore::version, planId);
    }

    /** The version in force on the day: the latest valid from it or before. */
    public Optional<VersionRow> versionAsOf(long planId, LocalDate day) {
        return jdbc.query("select " + VERSION_COLUMNS + " from incentive_plan_version where plan_id = ? "
                + "and valid_from <= ? order by valid_from desc limit 1", PlanStore::version, planId, Date.valueOf(day))
                .stream().findFirst();
    }

    public boolean versionFrom(long planId, LocalDate day) {
        Integer n = jdbc.queryForObject("select count(*) from incentive_plan_version where plan_id = ? "
                + "and valid_from = ?", Integer.class, planId, Date.valueOf(day));
        return n != null && n > 0;
    }

    public int nextVersionNo(long planId) {
        Integer n = jdbc.queryForObject("select coalesce(max(version_no), 0) + 1 from incentive_plan_version "
                + "where plan_id = ?", Integer.class, planId);
        return n == null ? 1 : n;
    }

    /** Plans with a version valid from the day or before, by id. */
    public List<Long> plansWithVersionBy(LocalDate day) {
        return jdbc.queryForList("select distinct plan_id from incentive_plan_version where valid_from <= ? "
                + "order by plan_id", Long.class, Date.valueOf(day));
    }

    // --- eligibility ---

    public Set<JobRole> jobRoles(long planId) {
        Set<JobRole> roles = EnumSet.noneOf(JobRole.class);
        jdbc.query("select job_role from incentive_plan_job_role where plan_id = ?",
                rs -> {
                    roles.add(JobRole.valueOf(rs.getString(1)));
                }, planId);
        return roles;
    }

    public List<UnitRule> units(long planId) {
        return jdbc.query("select org_unit_id, include_subtree from incentive_plan_org_unit where plan_id = ? "
                + "order by org_unit_id", (rs, i) -> new UnitRule(rs.getLong(1), rs.getBoolean(2)), planId);
    }

    public void replaceEligibility(long planId, Collection<JobRole> roles, Collection<UnitRule> units) {
        jdbc.update("delete from incentive_plan_job_role where plan_id = ?", planId);
        jdbc.update("delete from incentive_plan_org_unit where plan_id = ?", planId);
        for (JobRole role : roles) {
            jdbc.update("insert into incentive_plan_job_role (plan_id, job_role) values (?, ?)", planId, role.name());
        }
        for (UnitRule unit : units) {
            jdbc.update("insert into incentive_plan_org_unit (plan_id, org_unit_id, include_subtree) values (?, ?, ?)",
                    planId, unit.orgUnitId(), unit.includeSubtree());
        }
    }

    // --- participations ---

    public long insertParticipation(long planId, long employeeId, LocalDate from, LocalDate to, BigDecimal fte,
            BigDecimal override, long by, Instant at) {
        Map<String, Object> v = new HashMap<>();
        v.put("plan_id", planId);
        v.put("employee_id", employeeId);
        v.put("valid_from", Date.valueOf(from));
        v.put("valid_to", to == null ? null : Date.valueOf(to));
        v.put("fte", fte);
        v.put("target_incentive_override", override);
        v.put("created_by", by);
        v.put("created_at", Timestamp.from(at));
        return insert("incentive_participation", v);
    }

    public Optional<ParticipationRow> findParticipation(long id) {
        return jdbc.query("select " + PARTICIPATION_COLUMNS + " from incentive_participation where id = ?",
                PlanStore::participation, id).stream().findFirst();
    }

    public void endParticipation(long id, LocalDate lastDay) {
        jdbc.update("update incentive_participation set valid_to = ? where id = ?", Date.valueOf(lastDay), id);
    }

    /** One page of the plan's participations, latest start first. */
    public List<ParticipationRow> participations(long planId, int offset, int limit) {
        return jdbc.query("select " + PARTICIPATION_COLUMNS + " from incentive_participation where plan_id = ? "
                + "order by valid_from desc, id desc limit ? offset ?", PlanStore::participation, planId, limit,
                offset);
    }

    public int countParticipations(long planId) {
        Integer n = jdbc.queryForObject("select count(*) from incentive_participation where plan_id = ?",
                Integer.class, planId);
        return n == null ? 0 : n;
    }

    /** The employee's participations in any plan sharing a day with from..to (to null: open-ended). */
    public List<ParticipationRow> overlapping(long employeeId, LocalDate from, LocalDate to, long exceptId) {
        return jdbc.query("select " + PARTICIPATION_COLUMNS + " from incentive_participation where employee_id = ? "
                + "and id <> ? and (valid_to is null or valid_to >= ?)" + (to == null ? "" : " and valid_from <= ?")
                + " order by valid_from", PlanStore::participation,
                to == null ? new Object[] {employeeId, exceptId, Date.valueOf(from)}
                        : new Object[] {employeeId, exceptId, Date.valueOf(from), Date.valueOf(to)});
    }

    /** Every participation, in any plan, sharing a day with the range, by employee and start. */
    public List<ParticipationRow> overlappingRange(LocalDate from, LocalDate to) {
        return jdbc.query("select " + PARTICIPATION_COLUMNS + " from incentive_participation where "
                + "(valid_to is null or valid_to >= ?) and valid_from <= ? order by employee_id, valid_from",
                PlanStore::participation, Date.valueOf(from), Date.valueOf(to));
    }

    private long insert(String table, Map<String, Object> values) {
        List<String> columns = new ArrayList<>(values.keySet());
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(columns.toArray(String[]::new)).executeAndReturnKey(values).longValue();
    }

    private static PlanRow plan(ResultSet rs, int row) throws SQLException {
        Date latest = rs.getDate("latest_valid_from");
        return new PlanRow(rs.getLong("id"), rs.getString("code"), rs.getString("name_en"), rs.getString("name_de"),
                rs.getString("currency").strip(), PlanPeriodType.valueOf(rs.getString("period_type")),
                rs.getBigDecimal("target_incentive"), rs.getBoolean("managers_see_totals"),
                rs.getInt("latest_version"), latest == null ? null : latest.toLocalDate());
    }

    private static VersionRow version(ResultSet rs, int row) throws SQLException {
        return new VersionRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("version_no"),
                rs.getDate("valid_from").toLocalDate(), rs.getBigDecimal("target_incentive"),
                rs.getString("definition"), rs.getLong("author_id"), rs.getString("reason"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ParticipationRow participation(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new ParticipationRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("employee_id"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(), rs.getBigDecimal("fte"),
                rs.getBigDecimal("target_incentive_override"));
    }
}
