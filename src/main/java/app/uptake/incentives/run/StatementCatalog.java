package app.uptake.incentives.run;

import app.uptake.goals.EmployeeGoalShares;
import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.ComponentPayout;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.PlanPayout;
import app.uptake.incentives.statement.MetricNote;
import app.uptake.metrics.MetricFigures;
import app.uptake.organization.EmployeeDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What a statement prints beside the figures: the company's name, each employee's cost centre (their org unit's code)
 * and, per component, the metric it rests on and how that metric is measured, in the employee's language.
 */
@Component
class StatementCatalog {

    private final EmployeeDirectory directory;
    private final MetricFigures metrics;
    private final EmployeeGoalShares goals;
    // goals keep their metric: read once per goal
    private final Map<Long, String> goalMetrics = new ConcurrentHashMap<>();

    StatementCatalog(EmployeeDirectory directory, MetricFigures metrics, EmployeeGoalShares goals) {
        this.directory = directory;
        this.metrics = metrics;
        this.goals = goals;
    }

    /** The name of the top org unit: the company. */
    String companyName() {
        return directory.companyName();
    }

    Map<Long, String> costCentres(Collection<Long> employeeIds) {
        return directory.unitCodes(employeeIds);
    }

    /** For each component of the payout, by component code: its metric's name and how it is measured. */
    Map<String, MetricNote> notes(EmployeePayout payout, Locale locale) {
        Map<String, MetricNote> notes = new HashMap<>();
        for (PlanPayout plan : payout.plans()) {
            for (ComponentPayout component : plan.components()) {
                String code = switch (component.component().binding()) {
                    case ComponentBinding.MetricBinding metric -> metric.metricCode();
                    case ComponentBinding.GoalBinding goal -> goalMetric(goal.goalId());
                };
                metrics.definition(code == null ? "" : code).ifPresent(metric -> notes.put(component.code(),
                        new MetricNote(metric.name().in(locale), metric.method().in(locale))));
            }
        }
        return notes;
    }

    private String goalMetric(long goalId) {
        return goalMetrics.computeIfAbsent(goalId, id -> goals.metricsOf(List.of(id)).getOrDefault(id, ""));
    }
}
