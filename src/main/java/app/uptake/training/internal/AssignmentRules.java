package app.uptake.training.internal;

import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.organization.Role;
import app.uptake.shared.CompanyCalendar;
import app.uptake.training.TrainingModule;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns every live module to the current employees in its audience. A person matches when they match every
 * list of the audience that is not empty: a platform role of their account, their job role, and their org unit
 * lying in or below one of the named units. The due date is {@code dueWithinDays} (30 when the module names
 * none) after the later of the person's start date and the day the module was first published.
 *
 * <p>Only missing assignments are added; existing ones are never changed or removed, so running it again is
 * harmless.
 */
@Component
public class AssignmentRules {

    public static final int DEFAULT_DUE_WITHIN_DAYS = 30;

    private final JdbcTemplate jdbc;
    private final ContentPublisher publisher;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;

    AssignmentRules(JdbcTemplate jdbc, ContentPublisher publisher, EmployeeDirectory directory,
            CompanyCalendar calendar) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** Adds the missing rule assignments of all live modules; returns how many were added. */
    @Transactional
    public int assignAll() {
        LocalDate today = calendar.today();
        Map<String, LocalDate> firstPublished = new TreeMap<>();
        jdbc.query("select module_id, min(published_at) from training_module_version group by module_id",
                rs -> {
                    firstPublished.put(rs.getString(1), calendar.dayOf(rs.getTimestamp(2).toInstant()));
                });
        List<Employment> current = directory.everyone().stream()
                .filter(e -> !e.leftBefore(today)).toList();
        Map<Long, Set<Role>> roles = directory.accountRoles();
        Set<String> existing = new HashSet<>(jdbc.query("select employee_id, module_id from training_assignment",
                (rs, n) -> key(rs.getLong(1), rs.getString(2))));

        Timestamp now = Timestamp.from(calendar.now());
        List<Object[]> inserts = new ArrayList<>();
        firstPublished.forEach((moduleId, published) -> publisher.live(moduleId).ifPresent(module -> {
            Set<Long> units = unitsOf(module.audience());
            for (Employment person : current) {
                if (!existing.contains(key(person.employeeId(), moduleId))
                        && matches(module.audience(), person, roles.getOrDefault(person.employeeId(), Set.of()), units)) {
                    LocalDate due = dueOn(person.startDate(), published, module.dueWithinDays());
                    inserts.add(new Object[] {person.employeeId(), moduleId, Date.valueOf(due), now});
                }
            }
        }));
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into training_assignment (employee_id, module_id, due_on, source, assigned_at) "
                    + "values (?, ?, ?, 'RULE', ?)", inserts);
        }
        return inserts.size();
    }

    /** The ids of the named units and every unit below them; null when the audience names no unit. */
    private Set<Long> unitsOf(TrainingModule.Audience audience) {
        if (audience.orgUnitCodes().isEmpty()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        for (String code : audience.orgUnitCodes()) {
            // not OrganizationService: the rules run at start-up, with nobody signed in
            directory.unitIdByCode(code).map(directory::subtreeUnitIds).ifPresent(ids::addAll);
        }
        return ids;
    }

    static boolean matches(TrainingModule.Audience audience, Employment person, Set<Role> roles, Set<Long> units) {
        boolean role = audience.roles().isEmpty() || roles.stream().anyMatch(r -> audience.roles().contains(r.name()));
        boolean jobRole = audience.jobRoles().isEmpty() || audience.jobRoles().contains(person.jobRole());
        boolean unit = units == null || units.contains(person.orgUnitId());
        return role && jobRole && unit;
    }

    /** The due period after the later of the start date and the day the module was first published. */
    static LocalDate dueOn(LocalDate startDate, LocalDate firstPublished, Integer dueWithinDays) {
        LocalDate from = startDate.isAfter(firstPublished) ? startDate : firstPublished;
        return from.plusDays(dueWithinDays == null ? DEFAULT_DUE_WITHIN_DAYS : dueWithinDays);
    }

    private static String key(long employeeId, String moduleId) {
        return employeeId + "/" + moduleId;
    }
}
