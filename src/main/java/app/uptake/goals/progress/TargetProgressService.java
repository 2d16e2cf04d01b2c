package app.uptake.goals.progress;

import app.uptake.goals.GoalScope;
import app.uptake.goals.internal.CascadeScope;
import app.uptake.goals.internal.GoalRevisions;
import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import app.uptake.goals.internal.TargetInForce;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.MetricSubject;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeScope;
import app.uptake.organization.ScopePurpose;
import app.uptake.organization.VisibilityService;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress of the goals and targets of the goal map, by goal id: what the goal map, the goal page, My targets and
 * the team's targets show. Each goal is measured
 * <ul>
 * <li>for its scope: an org unit's goal (a company goal is set on the company's unit) over the unit and everything
 * below it, a person's target over that person;</li>
 * <li>over its period, against the target in force on the day measured (its revisions: TARGET for a company goal,
 * ALLOCATION for a share of the cascade);</li>
 * <li>with the profile its company goal sets (linear, or seasonal from last year's profile of the scope, which falls
 * back to linear for a scope without last year's figure: a new unit, a joiner).</li>
 * </ul>
 * Nobody gets figures they may not see: a goal the caller may not look at, or whose scope's figures the metrics
 * module would refuse them, is simply left out (the views show "–"), never an error. Figures are read from the
 * rollups on every call, so progress moves as activity arrives.
 *
 * <p>Read-write transactions on purpose: the metrics module audits looks at one person's figures in the caller's
 * transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TargetProgressService {

    private final GoalStore store;
    private final GoalRevisions revisions;
    private final CascadeScope cascade;
    private final GoalProgressService progress;
    private final MetricService metrics;
    private final VisibilityService visibility;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;

    TargetProgressService(GoalStore store, GoalRevisions revisions, CascadeScope cascade, GoalProgressService progress,
            MetricService metrics, VisibilityService visibility, CurrentUserService currentUser, CompanyCalendar calendar) {
        this.store = store;
        this.revisions = revisions;
        this.cascade = cascade;
        this.progress = progress;
        this.metrics = metrics;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /** One goal's progress as of today, with the chart series; see {@link #ofGoal(long, LocalDate)}. */
    @Transactional
    public Optional<Progress> ofGoal(long goalId) {
        return ofGoal(goalId, calendar.today());
    }

    /**
     * One goal's progress as of a day (a day after today counts as today), with the chart series for its page: the
     * figures against the target in force on that day, each point of the expected line against the target in force
     * on the point's day. Empty when there is no such goal, the caller may not look at it, or may not see its
     * scope's figures.
     */
    @Transactional
    public Optional<Progress> ofGoal(long goalId, LocalDate asOf) {
        CurrentUser user = currentUser.require();
        Optional<GoalRow> goal = store.find(goalId).filter(g -> !cascade.readable(List.of(g), user).isEmpty());
        if (goal.isEmpty()) {
            return Optional.empty();
        }
        GoalRow g = goal.get();
        MetricSubject subject = subjectOf(g.scope());
        if (!metrics.mayView(subject)) {
            return Optional.empty();
        }
        TargetInForce targets = revisions.targets(List.of(g)).get(g.id());
        return Optional.of(progress.progress(g.metricCode(), subject, day -> targets.on(within(day, g.period())),
                g.period(), store.profiles(List.of(goalId)).get(goalId), asOf));
    }

    /** Progress of many goals as of today, without chart series; see {@link #ofGoals(Collection, LocalDate)}. */
    @Transactional
    public Map<Long, Progress> ofGoals(Collection<Long> goalIds) {
        return ofGoals(goalIds, calendar.today());
    }

    /**
     * Progress of many goals as of a day (a day after today counts as today), without chart series: the rows of a
     * page of the goal map or of a team's targets. Goals the caller may not look at or whose figures they may not
     * see are missing from the map, as are unknown ids.
     *
     * <p>Costs: small queries for the goals, their revisions and who the caller may see; then, per metric and period,
     * one grouped rollup query for all the units' goals and one for all the people's targets.
     */
    @Transactional
    public Map<Long, Progress> ofGoals(Collection<Long> goalIds, LocalDate asOf) {
        Map<Long, Progress> result = new HashMap<>();
        if (goalIds.isEmpty()) {
            return result;
        }
        CurrentUser user = currentUser.require();
        LocalDate today = calendar.today();
        LocalDate day = asOf == null || asOf.isAfter(today) ? today : asOf;
        List<GoalRow> goals = cascade.readable(store.findAll(goalIds), user);
        Map<Long, TargetInForce> targets = revisions.targets(goals);
        Map<Long, ProgressProfile> profiles = store.profiles(goals.stream().map(GoalRow::id).toList());
        Map<Batch, List<GoalRow>> units = new LinkedHashMap<>();
        Map<Batch, List<GoalRow>> people = new LinkedHashMap<>();
        EmployeeScope individual = null;
        for (GoalRow goal : goals) {
            Batch batch = new Batch(goal.metricCode(), goal.period(), profiles.get(goal.id()));
            switch (goal.scope()) {
                case GoalScope.OrgUnit unit -> {
                    if (metrics.mayView(new MetricSubject.OrgUnit(unit.orgUnitId()))) {
                        units.computeIfAbsent(batch, k -> new ArrayList<>()).add(goal);
                    }
                }
                case GoalScope.Employee person -> {
                    if (individual == null) {
                        individual = visibility.scopeOf(user, ScopePurpose.INDIVIDUAL);
                    }
                    if (individual.includes(person.employeeId())) {
                        people.computeIfAbsent(batch, k -> new ArrayList<>()).add(goal);
                    }
                }
            }
        }
        units.forEach((batch, rows) -> {
            for (Map<Long, GoalRow> round : rounds(rows)) {
                result.putAll(byGoal(round, progress.progressOfUnits(batch.metricCode(), targetsOf(round, targets, day),
                        batch.period(), batch.profile(), day)));
            }
        });
        people.forEach((batch, rows) -> {
            for (Map<Long, GoalRow> round : rounds(rows)) {
                result.putAll(byGoal(round, progress.progressOfEmployees(batch.metricCode(),
                        targetsOf(round, targets, day), batch.period(), batch.profile(), day)));
            }
        });
        return result;
    }

    /** Each scope's target in force on the day. */
    private static Map<Long, BigDecimal> targetsOf(Map<Long, GoalRow> round, Map<Long, TargetInForce> targets,
            LocalDate day) {
        Map<Long, BigDecimal> byScope = new HashMap<>();
        round.forEach((scope, goal) -> byScope.put(scope, targets.get(goal.id()).on(within(day, goal.period()))));
        return byScope;
    }

    /** Progress by scope id, as progress by goal id. */
    private static Map<Long, Progress> byGoal(Map<Long, GoalRow> round, Map<Long, Progress> byScope) {
        Map<Long, Progress> result = new HashMap<>();
        round.forEach((scope, goal) -> result.put(goal.id(), byScope.get(scope)));
        return result;
    }

    /** Whose figures a goal is about. */
    static MetricSubject subjectOf(GoalScope scope) {
        return switch (scope) {
            case GoalScope.OrgUnit u -> new MetricSubject.OrgUnit(u.orgUnitId());
            case GoalScope.Employee e -> new MetricSubject.Employee(e.employeeId());
        };
    }

    /** The target of a day after the period is the one it ended with. */
    private static LocalDate within(LocalDate day, DateRange period) {
        return day.isAfter(period.to()) ? period.to() : day;
    }

    /** Goals measured together: one metric over one period, expected the same way. */
    private record Batch(String metricCode, DateRange period, ProgressProfile profile) {
    }

    /**
     * Goals of one metric and period, by the id of their unit or person, in as few batches as possible: a scope with
     * two such goals (shares of two goals on the same metric) needs a second batch, as a batch holds one target per
     * scope.
     */
    static List<Map<Long, GoalRow>> rounds(List<GoalRow> rows) {
        List<Map<Long, GoalRow>> rounds = new ArrayList<>();
        for (GoalRow row : rows) {
            long scope = switch (row.scope()) {
                case GoalScope.OrgUnit u -> u.orgUnitId();
                case GoalScope.Employee e -> e.employeeId();
            };
            Map<Long, GoalRow> free = rounds.stream().filter(r -> !r.containsKey(scope)).findFirst().orElse(null);
            if (free == null) {
                free = new LinkedHashMap<>();
                rounds.add(free);
            }
            free.put(scope, row);
        }
        return rounds;
    }
}
