package app.uptake.goals.internal;

import app.uptake.goals.GoalScope;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.EmployeeContact;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.organization.Role;
import app.uptake.shared.CompanyCalendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who leads which part of the organisation, as the cascade needs it. The org tree names no head per unit; the
 * reporting line does: a unit's head is the member of the unit (not of a unit below it) whose own manager works
 * elsewhere — the team lead reports to the department head, the department head to the division head. Should a
 * unit have several such members, the one with the most direct reports in the unit's subtree leads it.
 *
 * <p>A manager edits the breakdown of the targets of the unit they lead and of every unit below it, and sees those
 * targets and the targets of the people in them; executives and the program office see and edit every breakdown.
 */
@Component
public class CascadeScope {

    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;

    CascadeScope(EmployeeDirectory directory, CompanyCalendar calendar) {
        this.directory = directory;
        this.calendar = calendar;
    }

    /** The head of the unit today, or null when nobody in it reports outside it. */
    public Long leaderOf(long orgUnitId) {
        List<Employment> own = directory.inUnit(orgUnitId).stream().filter(this::employedToday).toList();
        Set<Long> members = new HashSet<>();
        own.forEach(e -> members.add(e.employeeId()));
        Map<Long, EmployeeContact> contacts = directory.contacts(members);
        List<Long> heads = members.stream().filter(id -> {
            Long manager = contacts.get(id) == null ? null : contacts.get(id).managerId();
            return manager == null || !members.contains(manager);
        }).sorted().toList();
        if (heads.size() <= 1) {
            return heads.isEmpty() ? null : heads.getFirst();
        }
        // several members report outside the unit (rare): only then read the whole subtree to count direct reports
        List<Employment> subtree = directory.inSubtree(orgUnitId).stream().filter(this::employedToday).toList();
        Map<Long, Integer> reports = new HashMap<>();
        directory.contacts(subtree.stream().map(Employment::employeeId).toList()).values().forEach(c -> {
            if (c.managerId() != null) {
                reports.merge(c.managerId(), 1, Integer::sum);
            }
        });
        return heads.stream().min(Comparator.comparing((Long id) -> -reports.getOrDefault(id, 0))
                .thenComparing(id -> id)).orElse(null);
    }

    /** The unit a manager leads (the one they belong to and head), or null when they lead none. */
    public Long ledUnit(CurrentUser user) {
        if (!user.hasRole(Role.MANAGER)) {
            return null;
        }
        List<Employment> me = directory.of(List.of(user.employeeId()));
        if (me.isEmpty()) {
            return null;
        }
        long unit = me.getFirst().orgUnitId();
        Long leader = leaderOf(unit);
        return leader != null && leader == user.employeeId() ? unit : null;
    }

    /** The units whose breakdowns a manager edits: the unit they lead with everything below it; none otherwise. */
    public Set<Long> ledUnits(CurrentUser user) {
        Long unit = ledUnit(user);
        return unit == null ? Set.of() : Set.copyOf(directory.subtreeUnitIds(unit));
    }

    public static boolean managesAll(CurrentUser user) {
        return user.hasAnyRole(Role.EXECUTIVE, Role.ADMIN);
    }

    /** Whether the user may change how the goal is broken down: a unit's goal or share, within their reach. */
    public boolean mayEdit(GoalRow goal, CurrentUser user) {
        return goal.scope() instanceof GoalScope.OrgUnit
                && mayEdit(goal, user, managesAll(user) ? Set.of() : ledUnits(user));
    }

    /** {@link #mayEdit(GoalRow, CurrentUser)} with the user's {@link #ledUnits} already known, for many goals at once. */
    public static boolean mayEdit(GoalRow goal, CurrentUser user, Set<Long> led) {
        if (!(goal.scope() instanceof GoalScope.OrgUnit unit)) {
            return false;
        }
        if (managesAll(user)) {
            return true;
        }
        // managers break down shares handed to their subtree, never a company goal itself
        return goal.parentId() != null && led.contains(unit.orgUnitId());
    }

    /** Whether the user may look at the goal: {@link GoalAccess}, or a share within the subtree they lead. */
    public boolean mayRead(GoalRow goal, CurrentUser user) {
        if (GoalAccess.mayView(goal, user)) {
            return true;
        }
        if (goal.parentId() == null) {
            return false;
        }
        Set<Long> led = ledUnits(user);
        return switch (goal.scope()) {
            case GoalScope.OrgUnit u -> led.contains(u.orgUnitId());
            case GoalScope.Employee e -> !led.isEmpty() && directory.of(List.of(e.employeeId())).stream()
                    .anyMatch(p -> led.contains(p.orgUnitId()));
        };
    }

    /**
     * The goals of a list the user may look at ({@link #mayRead}), working out the units they lead and the units of
     * the people named only once for the whole list.
     */
    public List<GoalRow> readable(List<GoalRow> goals, CurrentUser user) {
        Set<Long> led = null;
        Map<Long, Long> unitOf = null;
        List<GoalRow> readable = new java.util.ArrayList<>();
        for (GoalRow goal : goals) {
            if (GoalAccess.mayView(goal, user)) {
                readable.add(goal);
                continue;
            }
            if (goal.parentId() == null) {
                continue;
            }
            if (led == null) {
                led = ledUnits(user);
            }
            if (led.isEmpty()) {
                continue;
            }
            boolean within = switch (goal.scope()) {
                case GoalScope.OrgUnit u -> led.contains(u.orgUnitId());
                case GoalScope.Employee e -> {
                    if (unitOf == null) {
                        unitOf = new HashMap<>();
                        List<Long> people = goals.stream().filter(g -> g.scope() instanceof GoalScope.Employee)
                                .map(g -> ((GoalScope.Employee) g.scope()).employeeId()).distinct().toList();
                        for (Employment p : directory.of(people)) {
                            unitOf.put(p.employeeId(), p.orgUnitId());
                        }
                    }
                    Long unit = unitOf.get(e.employeeId());
                    yield unit != null && led.contains(unit);
                }
            };
            if (within) {
                readable.add(goal);
            }
        }
        return readable;
    }

    private boolean employedToday(Employment e) {
        return !e.leftBefore(calendar.today());
    }
}
