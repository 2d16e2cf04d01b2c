package app.uptake.goals;

import app.uptake.goals.internal.GoalRevisions;
import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import app.uptake.goals.internal.TargetInForce;
import app.uptake.goals.progress.ExpectedShare;
import app.uptake.goals.progress.ProgressMath;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricFigures;
import app.uptake.metrics.MetricValue;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employees' own shares of the goal cascade, with the target in force on a day, and their attainment against the
 * expected-to-date: the goal input of system jobs that run without a signed-in user (incentive runs, adoption
 * snapshots). It checks nobody: callers are module services that apply their own rules to what they show; views use
 * {@link GoalCascadeService} and {@link app.uptake.goals.progress.TargetProgressService}.
 */
@Service
@Transactional(readOnly = true)
public class EmployeeGoalShares {

    /**
     * One employee's share of the goal.
     *
     * @param goalId the share's own goal row
     * @param target the share's target in force on the day asked for (allocation revisions applied)
     * @param period the share's period (the goal's)
     */
    public record Share(long goalId, long employeeId, String metricCode, TargetDirection direction, BigDecimal target,
            DateRange period) {
    }

    private final GoalStore store;
    private final GoalRevisions revisions;
    private final MetricFigures figures;

    EmployeeGoalShares(GoalStore store, GoalRevisions revisions, MetricFigures figures) {
        this.store = store;
        this.revisions = revisions;
        this.figures = figures;
    }

    /**
     * The shares below the company goal {@code rootGoalId} of the employees asked for, by employee id; employees
     * without a share (or only a draft one) are left out. Where one employee has several shares below the goal (a
     * year and its quarters), the one whose period holds {@code asOf} and is the shortest wins.
     */
    public Map<Long, Share> ofEmployees(long rootGoalId, Collection<Long> employeeIds, LocalDate asOf) {
        Set<Long> wanted = Set.copyOf(employeeIds);
        List<GoalRow> rows = store.employeeSharesUnder(rootGoalId).stream()
                .filter(r -> r.scope() instanceof GoalScope.Employee e && wanted.contains(e.employeeId()))
                .filter(r -> r.period().contains(asOf))
                .toList();
        Map<Long, TargetInForce> targets = revisions.targets(rows);
        Map<Long, Share> shares = new HashMap<>();
        for (GoalRow row : rows) {
            long employeeId = ((GoalScope.Employee) row.scope()).employeeId();
            Share share = new Share(row.id(), employeeId, row.metricCode(), row.direction(),
                    targets.get(row.id()).on(asOf), row.period());
            shares.merge(employeeId, share, (a, b) -> a.period().days() <= b.period().days() ? a : b);
        }
        return shares;
    }

    /** The metric of each of the goals, by goal id; ids of no goal are missing. */
    public Map<Long, String> metricsOf(Collection<Long> goalIds) {
        Map<Long, String> metrics = new java.util.HashMap<>();
        store.findAll(goalIds).forEach(goal -> metrics.put(goal.id(), goal.metricCode()));
        return metrics;
    }

    /** The active shares of the employees whose period contains the day, by employee (missing: none). */
    public Map<Long, List<Share>> activeOn(Collection<Long> employeeIds, LocalDate day) {
        Set<Long> wanted = Set.copyOf(employeeIds);
        List<GoalRow> rows = store.employeeTargetsActiveOn(day).stream()
                .filter(g -> g.scope() instanceof GoalScope.Employee e && wanted.contains(e.employeeId())).toList();
        Map<Long, List<Share>> shares = new HashMap<>();
        for (int start = 0; start < rows.size(); start += 1000) {
            List<GoalRow> batch = rows.subList(start, Math.min(rows.size(), start + 1000));
            Map<Long, TargetInForce> targets = revisions.targets(batch);
            for (GoalRow g : batch) {
                long employeeId = ((GoalScope.Employee) g.scope()).employeeId();
                shares.computeIfAbsent(employeeId, id -> new ArrayList<>()).add(new Share(g.id(), employeeId,
                        g.metricCode(), g.direction(), targets.get(g.id()).on(day), g.period()));
            }
        }
        return shares;
    }

    /**
     * For each employee with active shares on the day, the attainment of each against its expected-to-date as of the
     * day (the linear expectation of {@link ProgressMath}: elapsed ÷ period days of the target for totals, the target
     * itself for rates; 1 = 100 %), in the metric's direction; null where there is nothing to compare. One grouped
     * metric read per metric and period.
     */
    public Map<Long, List<BigDecimal>> attainments(Collection<Long> employeeIds, LocalDate asOf) {
        Map<Batch, List<Share>> batches = new HashMap<>();
        activeOn(employeeIds, asOf).values().forEach(list -> list.forEach(share -> batches
                .computeIfAbsent(new Batch(share.metricCode(), share.period()), k -> new ArrayList<>()).add(share)));
        Map<Long, List<BigDecimal>> attainments = new HashMap<>();
        batches.forEach((batch, shares) -> {
            Optional<MetricDefinition> metric = figures.definition(batch.metricCode());
            if (metric.isEmpty()) {
                return;
            }
            DateRange toDate = new DateRange(batch.period().from(),
                    asOf.isAfter(batch.period().to()) ? batch.period().to() : asOf);
            Map<Long, MetricValue> actuals = figures.ofEmployees(batch.metricCode(),
                    shares.stream().map(Share::employeeId).distinct().toList(), toDate);
            ExpectedShare expected = ProgressMath.linearShare(MetricNature.of(metric.get()), batch.period(), asOf);
            for (Share share : shares) {
                MetricValue actual = actuals.get(share.employeeId());
                attainments.computeIfAbsent(share.employeeId(), k -> new ArrayList<>()).add(ProgressMath.attainment(
                        metric.get().direction(), actual == null ? null : actual.value(),
                        ProgressMath.expected(share.target(), expected)));
            }
        });
        return attainments;
    }

    private record Batch(String metricCode, DateRange period) {
    }
}
