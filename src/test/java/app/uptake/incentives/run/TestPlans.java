package app.uptake.incentives.run;

import app.uptake.incentives.calc.EmploymentSpell;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.plan.Participant;
import app.uptake.incentives.plan.PlanInForce;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.plan.internal.StoredPlanSource;
import app.uptake.shared.DateRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Primary;

/**
 * Plans in memory for tests of runs, beside the stored plans: each test adds the plans it needs (with ids no other
 * test uses) and whom they cover; any other plan id is the stored plans' ({@link StoredPlanSource}). Primary, so that
 * runs see both.
 */
@TestConfiguration(proxyBeanMethods = false)
@Primary
public class TestPlans implements PlanSource {

    /** Ids from the clock, so a rerun on a kept database never meets the plans of an earlier one. */
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private record Entry(PlanInForce plan, DateRange validity, Collection<Long> employees) {
    }

    private final Map<Long, Entry> plans = new ConcurrentHashMap<>();
    private final StoredPlanSource stored;

    public TestPlans(StoredPlanSource stored) {
        this.stored = stored;
    }

    /**
     * Adds a plan in force during {@code validity}, covering the employees full time for every day of a run's period;
     * returns its id.
     */
    public long add(PlanVersion version, PlanPeriodType type, boolean managerTotalsVisible, DateRange validity,
            Collection<Long> employees) {
        long id = IDS.incrementAndGet();
        plans.put(id, new Entry(new PlanInForce(id, id * 10, version, type, managerTotalsVisible), validity,
                List.copyOf(employees)));
        return id;
    }

    /** A new version of a plan (a later edit), which runs calculated before must not notice. */
    public void replace(long planId, PlanVersion version) {
        Entry old = plans.get(planId);
        PlanInForce before = old.plan();
        plans.put(planId, new Entry(new PlanInForce(planId, before.versionId() + 1, version, before.periodType(),
                before.managerTotalsVisible()), old.validity(), old.employees()));
    }

    @Override
    public Optional<PlanInForce> inForce(long planId, DateRange period) {
        Entry entry = plans.get(planId);
        if (entry == null) {
            return stored.inForce(planId, period);
        }
        return entry.validity().intersect(period) == null ? Optional.empty() : Optional.of(entry.plan());
    }

    @Override
    public List<Participant> participants(long planId, DateRange period) {
        Entry entry = plans.get(planId);
        if (entry == null) {
            return stored.participants(planId, period);
        }
        List<Participant> participants = new ArrayList<>();
        entry.employees().stream().sorted().forEach(id -> participants.add(new Participant(id,
                List.of(EmploymentSpell.fullTime(period.from(), period.to())), null)));
        return participants;
    }

    @Override
    public List<Long> plansInForceDuring(DateRange period) {
        return java.util.stream.Stream.concat(stored.plansInForceDuring(period).stream(), plans.entrySet().stream()
                .filter(e -> e.getValue().validity().intersect(period) != null).map(Map.Entry::getKey)).sorted().toList();
    }
}
