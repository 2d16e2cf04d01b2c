package app.uptake.incentives.run.internal;

import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.CronSchedule;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps the period-close job's trigger on {@code uptake.incentives.period-close.cron} (default every day at 02:30) in
 * the company's time zone; an unchanged trigger is left alone, a changed cron or zone reschedules it.
 */
@Component
class PeriodCloseSchedule implements ApplicationRunner {

    static final JobKey JOB = JobKey.jobKey("incentive-period-close", "incentives");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("incentive-period-close", "incentives");

    private final Scheduler scheduler;
    private final CronSchedule schedule;

    PeriodCloseSchedule(Scheduler scheduler, CompanyCalendar calendar,
            @Value("${uptake.incentives.period-close.cron:0 30 2 * * ?}") String cron) {
        this.scheduler = scheduler;
        this.schedule = new CronSchedule("uptake.incentives.period-close.cron", cron, calendar);
    }

    @Override
    public void run(ApplicationArguments args) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(PeriodCloseJob.class).withIdentity(JOB)
                .withDescription("Draft incentive runs at period close").storeDurably().build();
        schedule.keep(scheduler, job, TRIGGER);
    }
}
