package app.uptake.incentives.run.internal;

import app.uptake.incentives.plan.PlanInForce;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.run.RunKind;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.DateRange;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Starts draft runs, for HR and for the period-close job alike. */
@Component
public class RunDrafts {

    public static final String NO_PLAN_SOURCE = "incentiveRuns.error.noPlanSource";

    private final RunStore store;
    private final ObjectProvider<PlanSource> plans;
    private final Clock clock;

    RunDrafts(RunStore store, ObjectProvider<PlanSource> plans, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.clock = clock;
    }

    /** The plans, or a clear refusal while no plan store is installed. */
    public PlanSource plans() {
        PlanSource source = plans.getIfAvailable();
        if (source == null) {
            throw new BusinessRuleException(NO_PLAN_SOURCE);
        }
        return source;
    }

    /**
     * A draft run for the plan's version in force in the period; empty when a normal run for the plan and period
     * exists already.
     *
     * @param startedBy the employee who started it; null for the period-close job
     */
    public Optional<Long> start(PlanInForce plan, DateRange period, Long startedBy) {
        if (store.normalRun(plan.planId(), period).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(store.insert(new RunStore.NewRun(plan.planId(), plan.versionId(), plan.version().planCode(),
                plan.version().name(), plan.periodType(), period, RunKind.NORMAL, null,
                plan.version().currency().getCurrencyCode(), plan.managerTotalsVisible(), startedBy, clock.instant())));
    }
}
