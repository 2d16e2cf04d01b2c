package app.uptake.incentives.run.internal;

import app.uptake.goals.FiscalCalendar;
import app.uptake.incentives.plan.PlanInForce;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.run.RunPeriods;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At period close, a draft run for each plan in force: for every period type, the period that closed most recently
 * (so a day the job missed is caught up the next day), and for every plan of that type in force during it, a draft
 * run unless the plan has a run for that period already. Running it again starts nothing new.
 */
@Component
public class PeriodCloseRuns {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodCloseRuns.class);

    private final RunDrafts drafts;
    private final RunStore store;
    private final PlanSource plans;
    private final FiscalCalendar fiscal;
    private final CompanyCalendar calendar;
    private final Clock clock;

    PeriodCloseRuns(RunDrafts drafts, RunStore store, PlanSource plans, FiscalCalendar fiscal,
            CompanyCalendar calendar, Clock clock) {
        this.drafts = drafts;
        this.store = store;
        this.plans = plans;
        this.fiscal = fiscal;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A draft started for a plan and the period that closed. */
    public record Started(long runId, long planId, DateRange period) {
    }

    /** Starts the runs due on the clock's day in the company's time zone; the ones it started. */
    @Transactional
    public List<Started> startDue() {
        PlanSource source = plans;
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        List<Started> started = new ArrayList<>();
        for (PlanPeriodType type : PlanPeriodType.values()) {
            DateRange closed = RunPeriods.lastClosed(type, today, fiscal.startMonth());
            for (long planId : source.plansInForceDuring(closed)) {
                if (store.normalRun(planId, closed).isPresent()) {
                    continue;
                }
                PlanInForce plan = source.inForce(planId, closed).orElse(null);
                if (plan == null || plan.periodType() != type) {
                    continue;
                }
                drafts.start(plan, closed, null).ifPresent(id -> started.add(new Started(id, planId, closed)));
            }
        }
        if (!started.isEmpty()) {
            LOG.info("Draft incentive runs started at period close: {}", started);
        }
        return started;
    }
}
