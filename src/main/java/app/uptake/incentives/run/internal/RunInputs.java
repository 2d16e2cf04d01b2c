package app.uptake.incentives.run.internal;

import app.uptake.goals.EmployeeGoalShares;
import app.uptake.goals.TargetDirection;
import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.Measurement;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.plan.Participant;
import app.uptake.incentives.run.internal.RunJson.FrozenInputs;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricFigures;
import app.uptake.metrics.MetricValue;
import app.uptake.shared.DateRange;
import app.uptake.training.MandatoryTrainingTallies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads what a run freezes for all participants of a plan at once: one batch read per metric a component or gate
 * uses, one per goal a component is bound to, one for mandatory training. Never per employee.
 *
 * <ul>
 *   <li>A metric-bound component: the metric over the run's period against the plan's target.</li>
 *   <li>A goal-bound component: the employee's share of the goal in force on the period's last day (its target,
 *       allocation revisions applied), against the share's metric over the run's period. An employee without a share
 *       gets no measurement, which the calculator refuses with the component and goal.</li>
 *   <li>A metric without a value (nothing to divide by) counts as an actual of 0.</li>
 *   <li>Gates: mandatory training completed by the period's last day; data completeness and CRM active days as the
 *       metrics {@code DATA_COMPLETENESS} and {@code CRM_ACTIVE_DAYS_SHARE} over the period, within 0 to 100.</li>
 * </ul>
 */
@Component
public class RunInputs {

    static final String DATA_COMPLETENESS_METRIC = "DATA_COMPLETENESS";
    static final String CRM_ACTIVE_DAYS_METRIC = "CRM_ACTIVE_DAYS_SHARE";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MetricFigures metrics;
    private final MandatoryTrainingTallies training;
    private final EmployeeGoalShares goals;

    RunInputs(MetricFigures metrics, MandatoryTrainingTallies training, EmployeeGoalShares goals) {
        this.metrics = metrics;
        this.training = training;
        this.goals = goals;
    }

    /**
     * @param inputs  by employee id, in the participants' order
     * @param anyData whether any participant had any activity in any metric read (a numerator other than 0)
     */
    public record Read(Map<Long, FrozenInputs> inputs, boolean anyData) {
    }

    public Read read(PlanVersion plan, List<Participant> participants, DateRange period) {
        List<Long> ids = participants.stream().map(Participant::employeeId).toList();
        Map<String, Map<Long, MetricValue>> byMetric = new HashMap<>();
        boolean[] anyData = {false};
        java.util.function.Function<String, Map<Long, MetricValue>> metric = code -> byMetric.computeIfAbsent(code,
                c -> {
                    Map<Long, MetricValue> values = metrics.ofEmployees(c, ids, period);
                    // numerators only: a count's denominator is 1 and a rate per week's the time employed
                    anyData[0] |= values.values().stream().anyMatch(v -> v.numerator().signum() != 0);
                    return values;
                });

        Map<Long, Map<String, Measurement>> measurements = new HashMap<>();
        ids.forEach(id -> measurements.put(id, new LinkedHashMap<>()));
        for (PlanComponent component : plan.components()) {
            switch (component.binding()) {
                case ComponentBinding.MetricBinding binding -> {
                    Map<Long, MetricValue> values = metric.apply(binding.metricCode());
                    for (long id : ids) {
                        measurements.get(id).put(component.code(), binding.measure(actual(values.get(id))));
                    }
                }
                case ComponentBinding.GoalBinding binding -> {
                    Map<Long, EmployeeGoalShares.Share> shares = goals.ofEmployees(binding.goalId(), ids, period.to());
                    for (long id : ids) {
                        EmployeeGoalShares.Share share = shares.get(id);
                        if (share != null) {
                            BigDecimal actual = actual(metric.apply(share.metricCode()).get(id));
                            MetricDirection direction = share.direction() == TargetDirection.INCREASE
                                    ? MetricDirection.HIGHER : MetricDirection.LOWER;
                            measurements.get(id).put(component.code(),
                                    new Measurement(actual, share.target(), direction));
                        }
                    }
                }
            }
        }

        Set<GateMeasure> measures = EnumSet.noneOf(GateMeasure.class);
        plan.gates().stream().map(Gate::measure).forEach(measures::add);
        Map<Long, Map<GateMeasure, GateValue>> gates = new HashMap<>();
        ids.forEach(id -> gates.put(id, new EnumMap<>(GateMeasure.class)));
        for (GateMeasure measure : measures) {
            switch (measure) {
                case MANDATORY_TRAINING_COMPLETED -> training.ofEmployees(ids, period.to()).forEach(
                        (id, tally) -> gates.get(id).put(measure, GateValue.flag(tally.allCompleted())));
                case DATA_COMPLETENESS -> percentGate(gates, measure, metric.apply(DATA_COMPLETENESS_METRIC), ids);
                case CRM_ACTIVE_DAYS -> percentGate(gates, measure, metric.apply(CRM_ACTIVE_DAYS_METRIC), ids);
            }
        }

        Map<Long, FrozenInputs> inputs = new LinkedHashMap<>();
        for (Participant p : participants) {
            long id = p.employeeId();
            inputs.put(id, new FrozenInputs(new ArrayList<>(p.spells()), p.targetIncentiveOverride(),
                    measurements.get(id), gates.get(id)));
        }
        return new Read(inputs, anyData[0]);
    }

    private static BigDecimal actual(MetricValue value) {
        return value == null || value.value() == null ? BigDecimal.ZERO : value.value();
    }

    private static void percentGate(Map<Long, Map<GateMeasure, GateValue>> gates, GateMeasure measure,
            Map<Long, MetricValue> values, List<Long> ids) {
        for (long id : ids) {
            BigDecimal percent = actual(values.get(id)).max(BigDecimal.ZERO).min(HUNDRED);
            gates.get(id).put(measure, GateValue.percent(percent));
        }
    }
}
