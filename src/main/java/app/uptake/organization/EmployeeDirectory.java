package app.uptake.organization;

import app.uptake.organization.internal.DemoCompany;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.organization.internal.OrgUnitEntity;
import app.uptake.organization.internal.OrgUnitRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facts about employment for other modules' calculations: who a CRM user is, who belongs to a unit and
 * since when. It carries no performance data, so it needs no signed-in user (connectors and the API call
 * it); callers that show results to a person check {@link VisibilityService} themselves.
 */
@Service
@Transactional(readOnly = true)
public class EmployeeDirectory {

    private final EmployeeRepository employees;
    private final OrgUnitRepository units;

    EmployeeDirectory(EmployeeRepository employees, OrgUnitRepository units) {
        this.employees = employees;
        this.units = units;
    }

    /**
     * Employee ids for references as CRM exports name people: the CRM user id (exact) or the e-mail address
     * (any case). References that match nobody are missing from the map.
     */
    public Map<String, Long> resolve(Collection<String> refs) {
        Set<String> distinct = refs.stream().filter(r -> r != null && !r.isBlank()).map(String::strip)
                .collect(Collectors.toSet());
        Map<String, Long> found = new HashMap<>();
        if (distinct.isEmpty()) {
            return found;
        }
        for (Object[] row : employees.findIdsByCrmUserIds(distinct)) {
            found.put((String) row[0], (Long) row[1]);
        }
        Map<String, String> byLowerMail = distinct.stream().filter(r -> r.contains("@") && !found.containsKey(r))
                .collect(Collectors.toMap(r -> r.toLowerCase(Locale.ROOT), r -> r, (a, b) -> a));
        if (!byLowerMail.isEmpty()) {
            for (Object[] row : employees.findIdsByEmails(byLowerMail.keySet())) {
                String mail = (String) row[0];
                distinct.stream().filter(r -> r.equalsIgnoreCase(mail)).forEach(r -> found.put(r, (Long) row[1]));
            }
        }
        return found;
    }

    /**
     * Locks the employees' rows until the caller's transaction ends, always in id order so that two
     * transactions locking overlapping groups wait for each other instead of deadlocking. Writers of per-person
     * figures use it to take turns on the same people.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockInOrder(Collection<Long> employeeIds) {
        List<Long> sorted = employeeIds.stream().distinct().sorted().toList();
        for (int start = 0; start < sorted.size(); start += 1000) {
            employees.lockInOrder(sorted.subList(start, Math.min(sorted.size(), start + 1000)));
        }
    }

    /** Everyone who belongs, or belonged, to the unit or any unit below it. */
    public List<Employment> inSubtree(long orgUnitId) {
        return employees.findEmploymentsInUnits(units.findSubtreeIds(orgUnitId));
    }

    /** Everyone who belongs, or belonged, to the unit itself (not to a unit below it). */
    public List<Employment> inUnit(long orgUnitId) {
        return employees.findEmploymentsInUnits(List.of(orgUnitId));
    }

    /**
     * The id of the unit with the code, in any case. For rules that name units by code and run without a signed-in
     * user (training content and assignment rules at start-up), where {@link OrganizationService} would refuse.
     */
    public java.util.Optional<Long> unitIdByCode(String code) {
        return code == null || code.isBlank() ? java.util.Optional.empty()
                : units.findByCodeIgnoreCase(code.strip()).map(app.uptake.organization.internal.OrgUnitEntity::getId);
    }

    /** The unit and every unit below it. */
    public List<Long> subtreeUnitIds(long orgUnitId) {
        return units.findSubtreeIds(orgUnitId);
    }

    public List<Employment> of(Collection<Long> employeeIds) {
        return employeeIds.isEmpty() ? List.of() : employees.findEmployments(employeeIds);
    }

    /** Display names ("First Last") by employee id. */
    public Map<Long, String> names(Collection<Long> employeeIds) {
        Map<Long, String> names = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            employees.findAllById(employeeIds).forEach(e -> names.put(e.getId(), e.getFullName()));
        }
        return names;
    }

    /** The company's name: the name of the top org unit (the first, should there be several). */
    public String companyName() {
        return units.findRoots().stream().findFirst().map(OrgUnitEntity::getName).orElse("");
    }

    /** The code of each employee's org unit, which is also their cost centre, by employee id. */
    public Map<Long, String> unitCodes(Collection<Long> employeeIds) {
        List<Employment> employments = of(employeeIds);
        Map<Long, String> codes = new HashMap<>();
        units.findAllById(employments.stream().map(Employment::orgUnitId).distinct().toList())
                .forEach(unit -> codes.put(unit.getId(), unit.getCode()));
        Map<Long, String> byEmployee = new HashMap<>();
        employments.forEach(e -> byEmployee.put(e.employeeId(), codes.get(e.orgUnitId())));
        return byEmployee;
    }

    /**
     * E-mail address, language, manager and end date of each employee, for notifying them; unknown ids are
     * missing from the map. The language is the one picked in the user menu, else the one HR recorded, else
     * English.
     */
    public Map<Long, EmployeeContact> contacts(Collection<Long> employeeIds) {
        Map<Long, EmployeeContact> contacts = new HashMap<>();
        List<Long> distinct = employeeIds.stream().distinct().toList();
        for (int start = 0; start < distinct.size(); start += 1000) {
            for (Object[] row : employees.findContacts(distinct.subList(start, Math.min(distinct.size(), start + 1000)))) {
                long id = (Long) row[0];
                contacts.put(id, new EmployeeContact(id, row[1] + " " + row[2], (String) row[3],
                        language((String) row[5], (String) row[4]), (Long) row[6], (java.time.LocalDate) row[7]));
            }
        }
        return contacts;
    }

    private static Locale language(String picked, String recorded) {
        for (String tag : new String[] {picked, recorded}) {
            if (tag != null && !tag.isBlank()) {
                String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
                if (language.equals("de") || language.equals("en")) {
                    return Locale.of(language);
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Everybody whose reporting line runs through the manager, at any depth (not the manager). */
    public List<Employment> reportingLine(long managerEmployeeId) {
        return of(employees.findReportingLineIds(managerEmployeeId));
    }

    /** The platform roles of each employee's account; employees without an account are missing. */
    public Map<Long, Set<Role>> accountRoles() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        for (Object[] row : employees.findAccountRoles()) {
            roles.computeIfAbsent(((Number) row[0]).longValue(), id -> java.util.EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(row[1].toString()));
        }
        return roles;
    }

    /**
     * The employees behind the five demo logins, for demo data that must leave them untouched so that a visitor
     * starts with them as a new user would; empty when the demo company is not loaded.
     */
    public Set<Long> demoLoginEmployees() {
        return Set.copyOf(resolve(List.of(DemoCompany.EMPLOYEE_LOGIN, DemoCompany.MANAGER_LOGIN, DemoCompany.HR_LOGIN,
                DemoCompany.EXECUTIVE_LOGIN, DemoCompany.ADMIN_LOGIN)).values());
    }

    /** Every employee the company has or had, for generating demo activity. */
    public List<Employment> everyone() {
        return employees.findAllEmployments();
    }

    /** Every org unit's parent (null for a top unit), for aggregating over the tree in system jobs. */
    public Map<Long, Long> unitParents() {
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] link : units.findParentLinks()) {
            parents.put((Long) link[0], (Long) link[1]);
        }
        return parents;
    }
}
