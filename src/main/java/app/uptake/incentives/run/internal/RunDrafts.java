package app.uptake.incentives.run.internal;

import app.uptake.incentives.plan.PlanInForce;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.run.RunKind;
import app.uptake.shared.DateRange;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Starts draft runs, for HR and for the period-close job alike. */
@Component
public class RunDrafts {

    private final RunStore store;
    private final PlanSource plans;
    private final Clock clock;

    RunDrafts(RunStore store, PlanSource plans, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.clock = clock;
    }

    /** The plans, as runs read them. */
    public PlanSource plans() {
        return plans;
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
