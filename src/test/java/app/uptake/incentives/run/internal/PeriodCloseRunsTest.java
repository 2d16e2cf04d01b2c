package app.uptake.incentives.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.goals.FiscalCalendar;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.run.RunKind;
import app.uptake.incentives.run.RunStatus;
import app.uptake.incentives.run.RunTest;
import app.uptake.shared.DateRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;

/** At period close one draft run per plan in force and closed period, started once however often the job runs. */
class PeriodCloseRunsTest extends RunTest {

    private static final DateRange YEAR_2031 = new DateRange(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));

    @Autowired
    RunDrafts drafts;
    @Autowired
    RunStore store;
    @Autowired
    PlanSource planSources;
    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    Scheduler scheduler;

    private PeriodCloseRuns at(String instant) {
        return new PeriodCloseRuns(drafts, store, planSources, fiscal, calendar,
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static List<PeriodCloseRuns.Started> of(List<PeriodCloseRuns.Started> started, Set<Long> planIds) {
        return started.stream().filter(s -> planIds.contains(s.planId())).toList();
    }

    @Test
    void startsOneDraftPerPlanForThePeriodThatClosedInTheCompanysTimeZoneOnce() {
        long monthly = plans.add(salesPlan("M2031", "500"), PlanPeriodType.MONTH, false, YEAR_2031, team());
        long quarterly = plans.add(salesPlan("Q2031", "1500"), PlanPeriodType.QUARTER, true, YEAR_2031, team());
        long yearly = plans.add(salesPlan("Y2031", "6000"), PlanPeriodType.YEAR, false, YEAR_2031, team());
        Set<Long> mine = Set.of(monthly, quarterly, yearly);
        DateRange june = new DateRange(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 30));
        DateRange secondQuarter = new DateRange(LocalDate.of(2031, 4, 1), LocalDate.of(2031, 6, 30));

        // 22:30 UTC on 30 June is half past midnight on 1 July in Berlin: June and the second quarter have closed
        List<PeriodCloseRuns.Started> started = of(at("2031-06-30T22:30:00Z").startDue(), mine);

        assertThat(started).extracting(PeriodCloseRuns.Started::planId, PeriodCloseRuns.Started::period)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(monthly, june),
                        org.assertj.core.groups.Tuple.tuple(quarterly, secondQuarter));
        RunRow run = store.normalRun(monthly, june).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(run.kind()).isEqualTo(RunKind.NORMAL);
        assertThat(run.startedBy()).isNull();
        assertThat(store.normalRun(quarterly, secondQuarter).orElseThrow().managerTotalsVisible()).isTrue();
        // the year 2030 closed too, but the yearly plan was not in force then
        assertThat(store.normalRun(yearly, new DateRange(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))))
                .isEmpty();

        // the same moment again, and later days of July: nothing new
        assertThat(of(at("2031-06-30T22:30:00Z").startDue(), mine)).isEmpty();
        assertThat(of(at("2031-07-15T08:00:00Z").startDue(), mine)).isEmpty();

        // still 30 June in Berlin: May and the first quarter are the periods that closed last, and had no run yet
        assertThat(of(at("2031-06-30T21:30:00Z").startDue(), mine))
                .extracting(PeriodCloseRuns.Started::planId, PeriodCloseRuns.Started::period)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(monthly,
                                new DateRange(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31))),
                        org.assertj.core.groups.Tuple.tuple(quarterly,
                                new DateRange(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 31))));

        // the new year: December, the fourth quarter and the year 2031
        assertThat(of(at("2032-01-01T06:00:00Z").startDue(), mine)).extracting(PeriodCloseRuns.Started::planId)
                .containsExactlyInAnyOrder(monthly, quarterly, yearly);
    }

    @Test
    void theJobIsScheduledInTheJobStore() throws SchedulerException {
        assertThat(scheduler.getJobDetail(PeriodCloseSchedule.JOB)).isNotNull();
        assertThat(scheduler.getTrigger(PeriodCloseSchedule.TRIGGER)).isNotNull();
    }
}
