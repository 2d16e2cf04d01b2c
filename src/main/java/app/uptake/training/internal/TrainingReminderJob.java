package app.uptake.training.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Daily Quartz job: training reminders, overdue notices and escalations ({@link TrainingReminders}). Kept in the
 * JDBC job store, so on a cluster one node runs it, and a run missed while the application was down fires once
 * after the restart. Scheduled by {@link TrainingReminderSchedule}.
 */
@DisallowConcurrentExecution
public class TrainingReminderJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingReminderJob.class);

    private TrainingReminders reminders;

    /** Set by Spring's job factory, which autowires job instances. */
    @Autowired
    public void setReminders(TrainingReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        TrainingReminders.Outcome outcome = reminders.run();
        LOG.info("Training reminders sent: {} reminders, {} overdue notices, {} escalations", outcome.reminders(),
                outcome.overdueNotices(), outcome.escalations());
    }
}
