package app.uptake.goals;

import app.uptake.goals.internal.GoalRevisions;
import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import app.uptake.goals.internal.TargetInForce;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employees' own shares of a goal's cascade, read in one batch for system jobs that run without a signed-in
 * user (incentive runs). It checks nobody: callers are module services that apply their own rules to what they show.
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

    EmployeeGoalShares(GoalStore store, GoalRevisions revisions) {
        this.store = store;
        this.revisions = revisions;
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
}
