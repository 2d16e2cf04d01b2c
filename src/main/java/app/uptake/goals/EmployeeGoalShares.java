package app.uptake.goals;

import app.uptake.goals.internal.GoalRevisions;
import app.uptake.goals.internal.GoalRow;
import app.uptake.goals.internal.GoalStore;
import app.uptake.goals.internal.TargetInForce;
import app.uptake.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee-level shares of the goal cascade in force on a day, with the target in force on that day: the goal
 * input of system jobs that run without a signed-in user (adoption snapshots, incentive runs). It checks nobody;
 * views use {@link GoalCascadeService} and {@link app.uptake.goals.progress.TargetProgressService}.
 */
@Service
@Transactional(readOnly = true)
public class EmployeeGoalShares {

    /** A person's active share of a goal: its metric, period and the target in force on the day asked about. */
    public record Share(long goalId, long employeeId, String metricCode, DateRange period, BigDecimal target) {
    }

    private final GoalStore store;
    private final GoalRevisions revisions;

    EmployeeGoalShares(GoalStore store, GoalRevisions revisions) {
        this.store = store;
        this.revisions = revisions;
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
                        g.metricCode(), g.period(), targets.get(g.id()).on(day)));
            }
        }
        return shares;
    }
}
