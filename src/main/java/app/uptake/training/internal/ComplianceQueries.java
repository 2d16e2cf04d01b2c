package app.uptake.training.internal;

import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.EmployeeScope;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.LocalizedText;
import app.uptake.training.ComplianceCell;
import app.uptake.training.ComplianceFilter;
import app.uptake.training.ComplianceModule;
import app.uptake.training.ComplianceRow;
import app.uptake.training.ComplianceState;
import app.uptake.training.TrainingStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the training compliance matrix. A query is built once per request for a filter and the caller's
 * scope; it pages through current employees in name order and reads the cells of one page only, so no request
 * holds more than a page of people.
 */
@Component
public class ComplianceQueries {

    /** The version in force of each live module, as My training reads it: the latest published row. */
    static final String LIVE = "(select v.module_id, v.title_en, v.title_de, v.mandatory, v.lesson_count "
            + "from training_module_version v where v.id in (select max(w.id) from training_module_version w "
            + "group by w.module_id))";

    /**
     * Whether the learner started: they have a place where they stopped, or read a lesson of the version in force.
     * Needs {@code a} (training_assignment) and {@code lv} ({@link #LIVE}).
     */
    static final String STARTED = "(a.last_lesson is not null or exists (select 1 from training_lesson_read r "
            + "where r.employee_id = a.employee_id and r.module_id = a.module_id and r.lesson_position <= lv.lesson_count))";

    /**
     * {@link TrainingStatus#of} in SQL, for filtering by status before paging; one parameter: today. Kept in step
     * with the Java rule by TrainingComplianceServiceTest.theStateFilterUsesTheSameRuleAsTheCells.
     */
    static final String STATUS = "case when a.completed_at is not null then 'COMPLETED' when a.due_on < ? then 'OVERDUE' "
            + "when " + STARTED + " then 'IN_PROGRESS' else 'NOT_STARTED' end";

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;

    ComplianceQueries(JdbcTemplate jdbc, EmployeeDirectory directory, CompanyCalendar calendar) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** Receives one employee's mandatory tally. */
    @FunctionalInterface
    public interface TallySink {
        void accept(long employeeId, int assigned, int completed);
    }

    /**
     * Per employee with any mandatory assignment made by the end of the day: how many, and how many of them were
     * completed by then. One grouped query over everybody; callers pick their people.
     */
    public void mandatoryTallies(java.time.LocalDate asOf, TallySink sink) {
        java.sql.Timestamp endOfDay = java.sql.Timestamp.valueOf(asOf.plusDays(1).atStartOfDay());
        jdbc.query("select a.employee_id, count(*), count(case when a.completed_at < ? then 1 end) "
                + "from training_assignment a join " + LIVE + " lv on lv.module_id = a.module_id "
                + "where lv.mandatory and a.assigned_at < ? group by a.employee_id",
                rs -> { sink.accept(rs.getLong(1), rs.getInt(2), rs.getInt(3)); }, endOfDay, endOfDay);
    }

    /** Every live module, in id order. */
    public List<ComplianceModule> liveModules() {
        return jdbc.query("select lv.module_id, lv.title_en, lv.title_de, lv.mandatory from " + LIVE
                + " lv order by lv.module_id", (rs, n) -> new ComplianceModule(rs.getString(1),
                        new LocalizedText(rs.getString(2), rs.getString(3)), rs.getBoolean(4)));
    }

    public boolean isLive(String moduleId) {
        Integer found = jdbc.queryForObject("select count(*) from training_module_version where module_id = ?",
                Integer.class, moduleId);
        return found != null && found > 0;
    }

    /** The query for the filter within the scope, as of the company's today. */
    public Query query(ComplianceFilter filter, EmployeeScope scope) {
        return new Query(filter, scope, calendar.today());
    }

    /** The current employees a filter selects, with what it takes to page through them and to sum them up. */
    public final class Query {

        private final ComplianceFilter filter;
        private final LocalDate today;
        /** Who, without the state filter: the population completion rates are computed for. */
        private final StringBuilder people = new StringBuilder();
        private final List<Object> peopleParams = new ArrayList<>();
        /** Who, with the state filter: the rows of the matrix. */
        private final StringBuilder rows = new StringBuilder();
        private final List<Object> rowParams = new ArrayList<>();

        private Query(ComplianceFilter filter, EmployeeScope scope, LocalDate today) {
            this.filter = filter;
            this.today = today;
            // the same "current" as the assignment rules: not left before today (the last day still counts)
            people.append("(e.end_date is null or e.end_date >= ?)");
            peopleParams.add(Date.valueOf(today));
            if (scope instanceof EmployeeScope.Only only) {
                people.append(" and e.id = any(?)");
                peopleParams.add(only.employeeIds().toArray(Long[]::new));
            }
            if (filter.orgUnitId() != null) {
                people.append(" and e.org_unit_id = any(?)");
                peopleParams.add(directory.subtreeUnitIds(filter.orgUnitId()).toArray(Long[]::new));
            }
            String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                people.append(" and (lower(e.first_name || ' ' || e.last_name) like ? escape '!' "
                        + "or lower(e.last_name || ', ' || e.first_name) like ? escape '!')");
                peopleParams.add(pattern);
                peopleParams.add(pattern);
            }
            rows.append(people);
            rowParams.addAll(peopleParams);
            ComplianceState state = filter.state();
            if (state == ComplianceState.NOT_ASSIGNED) {
                rows.append(" and exists (select 1 from " + LIVE + " lv where "
                        + (filter.moduleId() == null ? "" : "lv.module_id = ? and ")
                        + "not exists (select 1 from training_assignment a where a.employee_id = e.id "
                        + "and a.module_id = lv.module_id))");
                if (filter.moduleId() != null) {
                    rowParams.add(filter.moduleId());
                }
            } else if (state != null) {
                rows.append(" and exists (select 1 from training_assignment a join " + LIVE
                        + " lv on lv.module_id = a.module_id where a.employee_id = e.id "
                        + (filter.moduleId() == null ? "" : "and a.module_id = ? ") + "and " + STATUS + " = ?)");
                if (filter.moduleId() != null) {
                    rowParams.add(filter.moduleId());
                }
                rowParams.add(Date.valueOf(today));
                rowParams.add(state.name());
            }
        }

        public long count() {
            Long count = jdbc.queryForObject("select count(*) from employee e where " + rows, Long.class,
                    rowParams.toArray());
            return count == null ? 0 : count;
        }

        /** One page of rows in name order, each with its cells (only the filtered module's when one is chosen). */
        public List<ComplianceRow> page(long offset, int limit) {
            List<Object> params = new ArrayList<>(rowParams);
            params.add(offset);
            params.add(limit);
            Map<Long, Object[]> people = new LinkedHashMap<>();
            jdbc.query("select e.id, e.first_name, e.last_name, e.org_unit_id, u.name from employee e "
                    + "join org_unit u on u.id = e.org_unit_id where " + rows
                    + " order by e.last_name, e.first_name, e.id offset ? rows fetch next ? rows only", rs -> {
                        people.put(rs.getLong(1), new Object[] {rs.getString(2) + " " + rs.getString(3), rs.getLong(4),
                                rs.getString(5)});
                    }, params.toArray());
            if (people.isEmpty()) {
                return List.of();
            }
            Map<Long, Map<String, ComplianceCell>> cells = cells(people.keySet().toArray(Long[]::new));
            List<ComplianceRow> page = new ArrayList<>(people.size());
            people.forEach((id, p) -> page.add(new ComplianceRow(id, (String) p[0], (Long) p[1], (String) p[2],
                    cells.getOrDefault(id, Map.of()))));
            return page;
        }

        private Map<Long, Map<String, ComplianceCell>> cells(Long[] employeeIds) {
            List<Object> params = new ArrayList<>();
            params.add((Object) employeeIds);
            Map<Long, Map<String, ComplianceCell>> cells = new HashMap<>();
            jdbc.query("select a.employee_id, a.module_id, a.due_on, a.completed_at, case when " + STARTED
                    + " then 1 else 0 end from training_assignment a join " + LIVE + " lv on lv.module_id = a.module_id "
                    + "where a.employee_id = any(?)" + moduleCondition(params), rs -> {
                        LocalDate due = rs.getDate(3).toLocalDate();
                        Timestamp completed = rs.getTimestamp(4);
                        TrainingStatus status = TrainingStatus.of(completed != null, due, today, rs.getInt(5) == 1);
                        cells.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2),
                                new ComplianceCell(ComplianceState.of(status), due,
                                        completed == null ? null : calendar.dayOf(completed.toInstant())));
                    }, params.toArray());
            return cells;
        }

        /**
         * Assigned, completed and overdue modules per org unit of the people the filter selects, whatever their
         * cells' state (a rate over only the completed cells would always be 100 %). Every assignment is of a live
         * module (only published modules are assigned, and published versions stay), so no join to the versions is
         * needed: on 10,000 people it would cost a third of the time.
         */
        public List<UnitSums> sumsByUnit() {
            List<Object> params = new ArrayList<>();
            params.add(Date.valueOf(today));
            params.addAll(peopleParams);
            String module = moduleCondition(params);
            return jdbc.query("select e.org_unit_id, count(*), count(a.completed_at), "
                    + "sum(case when a.completed_at is null and a.due_on < ? then 1 else 0 end) "
                    + "from employee e join training_assignment a on a.employee_id = e.id where " + people + module
                    + " group by e.org_unit_id",
                    (rs, n) -> new UnitSums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                    params.toArray());
        }

        /** The org units of everybody the filter selects, without the state filter. */
        public List<Long> unitsOfPeople() {
            return jdbc.queryForList("select distinct e.org_unit_id from employee e where " + people, Long.class,
                    peopleParams.toArray());
        }

        private String moduleCondition(List<Object> params) {
            if (filter.moduleId() == null) {
                return "";
            }
            params.add(filter.moduleId());
            return " and a.module_id = ?";
        }
    }

    /** Totals of one org unit's own people (not the units below it). */
    public record UnitSums(long orgUnitId, long assigned, long completed, long overdue) {
    }

    /** One org unit with its parent, for rolling unit sums up the tree. */
    public record Unit(long id, Long parentId, String name) {
    }

    /** Every org unit by id, open or closed (a closed unit may still hold people's history). */
    public Map<Long, Unit> units() {
        Map<Long, Unit> units = new HashMap<>();
        jdbc.query("select id, parent_id, name from org_unit", rs -> {
            long parent = rs.getLong(2);
            units.put(rs.getLong(1), new Unit(rs.getLong(1), rs.wasNull() ? null : parent, rs.getString(3)));
        });
        return units;
    }
}
