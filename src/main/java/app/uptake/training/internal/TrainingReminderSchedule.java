package app.uptake.training.internal;

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
 * Keeps the reminder job's trigger on {@code uptake.training.reminders.cron} (default every day at 07:00) in the
 * company's time zone. An existing trigger with the same schedule is left alone, so a restart keeps its
 * misfire (the missed run fires once) and a second node changes nothing; a changed cron or zone reschedules it.
 */
@Component
class TrainingReminderSchedule implements ApplicationRunner {

    static final JobKey JOB = JobKey.jobKey("training-reminders", "training");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("training-reminders", "training");

    private final Scheduler scheduler;
    private final CronSchedule schedule;

    TrainingReminderSchedule(Scheduler scheduler, CompanyCalendar calendar,
            @Value("${uptake.training.reminders.cron:0 0 7 * * ?}") String cron) {
        this.scheduler = scheduler;
        this.schedule = new CronSchedule("uptake.training.reminders.cron", cron, calendar);
    }

    @Override
    public void run(ApplicationArguments args) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(TrainingReminderJob.class).withIdentity(JOB)
                .withDescription("Training reminders, overdue notices and escalations").storeDurably().build();
        schedule.keep(scheduler, job, TRIGGER);
    }
}
