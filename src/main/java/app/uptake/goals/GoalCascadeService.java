package app.uptake.goals;

import app.uptake.audit.AuditService;
import app.uptake.goals.allocation.Alignment;
import app.uptake.goals.allocation.AlignmentCheck;
import app.uptake.goals.allocation.Allocation;
import app.uptake.goals.allocation.AllocationMetric;
import app.uptake.goals.allocation.AllocationRequest;
import app.uptake.goals.allocation.AllocationStrategy;
import app.uptake.goals.allocation.Capacity;
import app.uptake.goals.allocation.CascadeAllocator;
import app.uptake.goals.allocation.WorkingTime;
import app.uptake.goals.internal.BaselineMeter;
import app.uptake.goals.internal.CascadeScope;
import app.uptake.goals.internal.GoalRevisions;
import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import app.uptake.goals.internal.GoalSummaries;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.organization.CurrentUser;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cascade: a goal of a unit (a company goal or a unit's share of one) broken down to its child units, or, for a
 * unit without child units, to its people. Each child's baseline is measured for its own scope over the goal's
 * baseline period; a strategy proposes targets; the breakdown is saved only when it aligns with the goal's target
 * (over- and under-allocation are refused, nothing is half-saved). Targets far from a child's own baseline are
 * warned about, not refused. Every change of a saved child's target is an ALLOCATION revision with a reason.
 *
 * <p>Executives and the program office break down any goal; a manager breaks down the shares of the unit they lead
 * and of the units below it ({@link CascadeScope}). Each person sees their own targets ({@link #myTargets()}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class GoalCascadeService {

    private final GoalStore store;
    private final GoalRevisions revisions;
    private final BaselineMeter meter;
    private final GoalSummaries summaries;
    private final CascadeScope scope;
    private final MetricService metrics;
    private final OrganizationService organization;
    private final EmployeeDirectory directory;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;
    private final AuditService audit;

    GoalCascadeService(GoalStore store, GoalRevisions revisions, BaselineMeter meter, GoalSummaries summaries,
            CascadeScope scope, MetricService metrics, OrganizationService organization, EmployeeDirectory directory,
            CurrentUserService currentUser, CompanyCalendar calendar, AuditService audit) {
        this.store = store;
        this.revisions = revisions;
        this.meter = meter;
        this.summaries = summaries;
        this.scope = scope;
        this.metrics = metrics;
        this.organization = organization;
        this.directory = directory;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** The targets the goal is broken down into, for whoever may see the goal. */
    public List<GoalSummary> breakdown(long goalId) {
        readable(goalId, currentUser.require());
        return summaries.of(store.children(goalId));
    }

    /**
     * The saved breakdown checked against the goal's target with the baselines stored with each child: the gap and
     * the warnings of targets far from a child's baseline; null when the goal is not broken down.
     */
    public Alignment savedAlignment(long goalId) {
        GoalRow goal = readable(goalId, currentUser.require());
        List<GoalRow> children = store.children(goalId);
        if (children.isEmpty()) {
            return null;
        }
        AllocationMetric metric = AllocationMetric.of(metric(goal.metricCode()));
        BigDecimal known = BigDecimal.ZERO;
        int n = 0;
        for (GoalRow c : children) {
            if (c.baseline().denominator() != null) {
                known = known.add(c.baseline().denominator());
                n++;
            }
        }
        BigDecimal mean = n == 0 ? BigDecimal.ONE : known.divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_EVEN);
        Map<GoalScope, String> names = new HashMap<>();
        summaries.of(children).forEach(s -> names.put(s.scope(), s.scopeName()));
        List<app.uptake.goals.allocation.AllocationChild> allocationChildren = new ArrayList<>();
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (GoalRow c : children) {
            String key = CascadeChild.keyOf(c.scope());
            BigDecimal denominator = metric.nature() != MetricNature.RATIO ? null
                    : c.baseline().denominator() != null ? c.baseline().denominator() : mean;
            allocationChildren.add(new app.uptake.goals.allocation.AllocationChild(key, names.get(c.scope()),
                    c.baseline().value(), denominator, List.of()));
            targets.put(key, c.target());
        }
        return AlignmentCheck.check(metric, goal.target(), allocationChildren, targets);
    }

    /** Whether the caller may change the goal's breakdown (not for a closed goal or a person's target). */
    public boolean mayEdit(long goalId) {
        GoalRow goal = store.find(goalId).orElse(null);
        return goal != null && goal.status() != GoalStatus.CLOSED && scope.mayEdit(goal, currentUser.require());
    }

    /**
     * The goal with the children it breaks down to, their baselines and saved targets.
     *
     * @throws BusinessRuleException {@code goals.cascade.outsideSubtree} for a manager outside the subtree they lead
     */
    @PreAuthorize("hasAnyRole('MANAGER','EXECUTIVE','ADMIN')")
    public CascadePlan plan(long goalId) {
        return plan(editable(goalId, currentUser.require()));
    }

    /** The targets a strategy proposes for the plan; manual takes the saved targets. Reads nothing. */
    public Allocation allocate(CascadePlan plan, AllocationStrategy strategy) {
        if (strategy == null) {
            throw BusinessRuleException.onField("strategy", "validation.required");
        }
        Map<String, BigDecimal> saved = new LinkedHashMap<>();
        plan.children().stream().filter(c -> c.currentTarget() != null).forEach(c -> saved.put(c.key(), c.currentTarget()));
        return CascadeAllocator.allocate(new AllocationRequest(plan.metric(), plan.goal().target(),
                plan.goal().period().range(), strategy, plan.allocationChildren(), saved));
    }

    /** How well targets entered for the plan's children align with the goal's target. Reads nothing. */
    public Alignment align(CascadePlan plan, Map<String, BigDecimal> targets) {
        return AlignmentCheck.check(plan.metric(), plan.goal().target(), plan.allocationChildren(),
                targets == null ? Map.of() : targets);
    }

    /**
     * Saves the breakdown: a target per child key of {@link #plan}. Refused unless it aligns with the goal's target;
     * a changed saved target needs a reason and becomes an ALLOCATION revision. New children's rows take the goal's
     * metric, period, direction, weight and status, their own baseline, and as owner the unit's head or the person.
     *
     * @return the alignment, with the warnings about targets far from a child's baseline
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER','EXECUTIVE','ADMIN')")
    public Alignment save(long goalId, AllocationStrategy strategy, Map<String, BigDecimal> targets, String reason) {
        CurrentUser user = currentUser.require();
        GoalRow goal = editable(goalId, user);
        CascadePlan plan = plan(goal);
        Alignment alignment = align(plan, targets);
        alignment.requireAligned();
        String why = reason == null ? "" : reason.strip();
        if (why.length() > 1000) {
            throw BusinessRuleException.onField("reason", "validation.tooLong");
        }
        Map<Long, GoalRow> saved = new HashMap<>();
        store.children(goalId).forEach(c -> saved.put(c.id(), c));
        int scale = plan.metric().scale();
        boolean changes = plan.children().stream().anyMatch(c -> c.goalId() != null
                && c.currentTarget().compareTo(targets.get(c.key())) != 0);
        if (changes && why.isEmpty()) {
            throw BusinessRuleException.onField("reason", "goals.cascade.reasonRequired");
        }
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        int inserted = 0;
        int changed = 0;
        for (CascadeChild child : plan.children()) {
            BigDecimal target = targets.get(child.key()).setScale(scale, RoundingMode.HALF_EVEN);
            if (child.goalId() == null) {
                long id = store.insert(new GoalStore.NewGoal(goal.id(), goal.rootId(), goal.fiscalYear(), goal.quarter(),
                        goal.period(), child.scope(), goal.title().en(), goal.title().de(), goal.metricCode(),
                        goal.segment(), goal.direction().name(), target, goal.weight(), ownerOf(child, goal), null,
                        child.baseline() != null ? child.baseline()
                                : meter.none(goal.baseline().period(), child.workingTimes().size(),
                                        goal.baseline().quality30Days()),
                        user.employeeId(), now));
                store.follow(id, goal);
                inserted++;
            } else if (child.currentTarget().compareTo(target) != 0) {
                GoalRow row = saved.get(child.goalId());
                store.updateTarget(row.id(), target, row.version());
                revisions.record(row.id(), RevisionField.ALLOCATION, row.target(), target, why, user.employeeId(), now,
                        today);
                changed++;
            }
        }
        audit.record("GOAL_BREAKDOWN_SAVED", "goal", goalId, (strategy == null ? "" : strategy.name() + " ")
                + inserted + " new, " + changed + " changed" + (why.isEmpty() ? "" : ": " + why));
        return alignment;
    }

    /** The signed-in person's own targets, with what each rolls up into. */
    public List<MyTarget> myTargets() {
        CurrentUser user = currentUser.require();
        List<GoalRow> rows = store.ofEmployee(user.employeeId());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<GoalSummary> mine = summaries.of(rows);
        Map<Long, GoalSummary> parents = new HashMap<>();
        summaries.of(rows.stream().map(GoalRow::parentId).distinct()
                .map(id -> store.find(id).orElseThrow()).toList()).forEach(p -> parents.put(p.id(), p));
        Map<Long, GoalRow> roots = new HashMap<>();
        List<MyTarget> out = new ArrayList<>();
        for (GoalSummary target : mine) {
            GoalRow row = rows.stream().filter(r -> r.id() == target.id()).findFirst().orElseThrow();
            GoalSummary parent = parents.get(row.parentId());
            GoalRow root = roots.computeIfAbsent(row.rootId(), id -> store.find(id).orElseThrow());
            out.add(new MyTarget(target, metric(row.metricCode()), parent.title(), parent.scopeName(), root.title()));
        }
        return out;
    }

    private GoalRow readable(long goalId, CurrentUser user) {
        GoalRow goal = store.find(goalId).orElse(null);
        if (goal == null || !scope.mayRead(goal, user)) {
            throw new AccessDeniedException("no access to goal " + goalId);
        }
        return goal;
    }

    private GoalRow editable(long goalId, CurrentUser user) {
        GoalRow goal = store.find(goalId).orElseThrow(() -> new BusinessRuleException("goals.error.unknown", goalId));
        if (!(goal.scope() instanceof GoalScope.OrgUnit)) {
            throw new BusinessRuleException("goals.cascade.personHasNoBreakdown");
        }
        if (!scope.mayEdit(goal, user)) {
            throw new BusinessRuleException("goals.cascade.outsideSubtree");
        }
        if (goal.status() == GoalStatus.CLOSED) {
            throw new BusinessRuleException("goals.error.closed");
        }
        return goal;
    }

    private MetricDefinition metric(String code) {
        return metrics.find(code).orElseThrow(() -> new BusinessRuleException("goals.error.unknownMetric", code));
    }

    private long ownerOf(CascadeChild child, GoalRow goal) {
        return switch (child.scope()) {
            case GoalScope.Employee e -> e.employeeId();
            case GoalScope.OrgUnit u -> {
                Long leader = scope.leaderOf(u.orgUnitId());
                yield leader == null ? goal.ownerId() : leader;
            }
        };
    }

    private CascadePlan plan(GoalRow goal) {
        long unitId = ((GoalScope.OrgUnit) goal.scope()).orgUnitId();
        MetricDefinition metric = metric(goal.metricCode());
        AllocationMetric allocationMetric = AllocationMetric.of(metric);
        DateRange baselineRange = goal.baseline().period();
        DateRange period = goal.period();
        Map<GoalScope, GoalRow> saved = new LinkedHashMap<>();
        store.children(goal.id()).forEach(c -> saved.put(c.scope(), c));
        Map<GoalScope, Baseline> baselines = meter.parts(metric, unitId, baselineRange, goal.baseline().quality30Days());
        boolean units = organization.countChildren(unitId) > 0;
        List<Draft> drafts = new ArrayList<>();
        List<Employment> people;
        if (units) {
            for (OrgUnit child : organization.children(unitId)) {
                GoalScope childScope = new GoalScope.OrgUnit(child.id());
                if (child.isClosed() && !saved.containsKey(childScope)) {
                    continue;
                }
                List<WorkingTime> times = directory.inSubtree(child.id()).stream()
                        .filter(e -> e.employedDuring(period) != null).map(GoalCascadeService::workingTime).toList();
                drafts.add(new Draft(childScope, child.name(), times));
            }
            // the people attached to the unit itself (its head, staff functions) are part of its baseline: they take
            // their share beside the child units, or the child units would have to make up for their figures
            people = new ArrayList<>(directory.inUnit(unitId).stream()
                    .filter(e -> e.employedDuring(period) != null).toList());
        } else {
            people = new ArrayList<>(directory.inSubtree(unitId).stream()
                    .filter(e -> e.employedDuring(period) != null).toList());
        }
        List<Long> ids = new ArrayList<>(people.stream().map(Employment::employeeId).toList());
        // a person who has moved on keeps their saved target, so it still counts towards the goal
        List<Long> moved = saved.keySet().stream().filter(s -> s instanceof GoalScope.Employee e
                && !ids.contains(e.employeeId())).map(s -> ((GoalScope.Employee) s).employeeId()).toList();
        people.addAll(directory.of(moved));
        Map<Long, String> names = directory.names(people.stream().map(Employment::employeeId).toList());
        people.sort(Comparator.comparing((Employment e) -> names.getOrDefault(e.employeeId(), ""))
                .thenComparing(Employment::employeeId));
        for (Employment person : people) {
            drafts.add(new Draft(new GoalScope.Employee(person.employeeId()),
                    names.getOrDefault(person.employeeId(), ""), List.of(workingTime(person))));
        }
        BigDecimal meanDenominator = meanDenominator(drafts, baselines);
        List<CascadeChild> children = new ArrayList<>();
        for (Draft d : drafts) {
            Baseline baseline = baselines.get(d.scope());
            BigDecimal expected = null;
            if (allocationMetric.nature() == MetricNature.RATIO) {
                expected = baseline != null ? baseline.denominator()
                        : meanDenominator == null ? null : prorated(meanDenominator, d, period);
            }
            GoalRow row = saved.get(d.scope());
            children.add(new CascadeChild(CascadeChild.keyOf(d.scope()), d.scope(), d.label(), baseline, expected, d.times(),
                    row == null ? null : row.id(), row == null ? null : row.target()));
        }
        GoalSummary summary = summaries.of(List.of(goal)).getFirst();
        return new CascadePlan(summary, allocationMetric, units ? CascadePlan.Level.UNITS : CascadePlan.Level.PEOPLE,
                children);
    }

    private record Draft(GoalScope scope, String label, List<WorkingTime> times) {
    }

    private static WorkingTime workingTime(Employment e) {
        // the organisation keeps no FTE: everybody counts full time, for the days employed
        return new WorkingTime(null, e.startDate(), e.endDate());
    }

    private static BigDecimal meanDenominator(List<Draft> drafts, Map<GoalScope, Baseline> baselines) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (Draft d : drafts) {
            Baseline b = baselines.get(d.scope());
            if (b != null && b.denominator() != null) {
                sum = sum.add(b.denominator());
                n++;
            }
        }
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_EVEN);
    }

    /** A person without history is expected the siblings' mean volume for the share of the period they work. */
    private static BigDecimal prorated(BigDecimal mean, Draft d, DateRange period) {
        if (d.scope() instanceof GoalScope.OrgUnit) {
            return mean;
        }
        WorkingTime time = d.times().getFirst();
        long days = Capacity.daysEmployed(time.start(), time.end(), period);
        return mean.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(period.days()), 6,
                RoundingMode.HALF_EVEN);
    }
}
