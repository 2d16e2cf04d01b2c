package app.uptake.shared;

import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * A Quartz job on a configurable cron in the company's time zone, kept in step with its configuration. An existing
 * trigger with the same schedule is left alone, so a restart keeps its misfire (the missed run fires once) and a
 * second node changes nothing; a changed cron or zone reschedules it.
 */
public final class CronSchedule {

    private final String cron;
    private final TimeZone zone;

    /**
     * @param property the configuration property the cron comes from, named in the refusal of an invalid one
     */
    public CronSchedule(String property, String cron, CompanyCalendar calendar) {
        if (cron == null || !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException(property + " is not a Quartz cron expression "
                    + "(seconds minutes hours day-of-month month day-of-week, e.g. 0 0 7 * * ?): " + cron);
        }
        this.cron = cron.strip();
        this.zone = TimeZone.getTimeZone(calendar.zone());
    }

    /** Stores the job (replacing its definition) and schedules, keeps or reschedules its trigger. */
    public void keep(Scheduler scheduler, JobDetail job, TriggerKey key) throws SchedulerException {
        scheduler.addJob(job, true);
        Trigger trigger = TriggerBuilder.newTrigger().forJob(job.getKey()).withIdentity(key)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Trigger existing = scheduler.getTrigger(key);
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
            } catch (ObjectAlreadyExistsException anotherNodeWasFaster) {
                // the same trigger, scheduled by a node starting at the same time
            }
        } else if (!(existing instanceof CronTrigger current) || !current.getCronExpression().equals(cron)
                || !current.getTimeZone().getID().equals(zone.getID())) {
            scheduler.rescheduleJob(key, trigger);
        }
    }
}
