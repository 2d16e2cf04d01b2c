package app.uptake.incentives.run.internal;

import app.uptake.shared.CompanyCalendar;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
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
    private final String cron;
    private final TimeZone zone;

    PeriodCloseSchedule(Scheduler scheduler, CompanyCalendar calendar,
            @Value("${uptake.incentives.period-close.cron:0 30 2 * * ?}") String cron) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("uptake.incentives.period-close.cron is not a Quartz cron expression "
                    + "(seconds minutes hours day-of-month month day-of-week, e.g. 0 30 2 * * ?): " + cron);
        }
        this.scheduler = scheduler;
        this.cron = cron.strip();
        this.zone = TimeZone.getTimeZone(calendar.zone());
    }

    @Override
    public void run(ApplicationArguments args) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(PeriodCloseJob.class).withIdentity(JOB)
                .withDescription("Draft incentive runs at period close").storeDurably().build();
        scheduler.addJob(job, true);
        Trigger trigger = TriggerBuilder.newTrigger().forJob(JOB).withIdentity(TRIGGER)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Trigger existing = scheduler.getTrigger(TRIGGER);
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
            } catch (ObjectAlreadyExistsException anotherNodeWasFaster) {
                // the same trigger, scheduled by a node starting at the same time
            }
        } else if (!(existing instanceof CronTrigger current) || !current.getCronExpression().equals(cron)
                || !current.getTimeZone().getID().equals(zone.getID())) {
            scheduler.rescheduleJob(TRIGGER, trigger);
        }
    }
}
