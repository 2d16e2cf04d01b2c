package app.uptake.activity.internal;

import java.time.Instant;
import java.util.Date;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps one Quartz job and trigger per connector data source in step with the {@code data_source} table: every
 * {@code interval_minutes}, paused when the source is. Re-synchronised at start-up; adding what exists already
 * replaces it, so restarts and a second node change nothing.
 */
@Component
class ConnectorSchedule implements ApplicationRunner {

    static final String GROUP = "activity-connectors";

    private final Scheduler scheduler;
    private final DataSourceRepository sources;

    ConnectorSchedule(Scheduler scheduler, DataSourceRepository sources) {
        this.scheduler = scheduler;
        this.sources = sources;
    }

    @Override
    public void run(ApplicationArguments args) {
        sources.findAll().stream().filter(s -> s.getKind().isConnector()).forEach(this::sync);
    }

    void sync(DataSourceEntity source) {
        try {
            JobKey job = jobKey(source.getId());
            JobDetail detail = JobBuilder.newJob(ConnectorJob.class).withIdentity(job)
                    .withDescription("Connector " + source.getCode())
                    .usingJobData(ConnectorJob.SOURCE_ID, source.getId()).storeDurably().build();
            scheduler.addJob(detail, true);
            int minutes = source.getIntervalMinutes() == null ? 60 : source.getIntervalMinutes();
            Trigger trigger = TriggerBuilder.newTrigger().forJob(job).withIdentity(triggerKey(source.getId()))
                    .startAt(Date.from(Instant.now().plusSeconds(60L * minutes)))
                    .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(minutes)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            Trigger existing = scheduler.getTrigger(triggerKey(source.getId()));
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else if (!sameInterval(existing, minutes)) {
                scheduler.rescheduleJob(triggerKey(source.getId()), trigger);
            }
            if (source.isPaused()) {
                scheduler.pauseJob(job);
            } else {
                scheduler.resumeJob(job);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule connector " + source.getCode(), e);
        }
    }

    void runNow(long sourceId, String requestedBy) {
        try {
            scheduler.triggerJob(jobKey(sourceId), new JobDataMap(java.util.Map.of(ConnectorJob.REQUESTED_BY, requestedBy)));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start connector " + sourceId, e);
        }
    }

    /** When the connector runs next, or null when it is paused or not scheduled. */
    Instant nextRun(DataSourceEntity source) {
        try {
            Trigger trigger = scheduler.getTrigger(triggerKey(source.getId()));
            if (trigger == null || source.isPaused() || trigger.getNextFireTime() == null) {
                return null;
            }
            return trigger.getNextFireTime().toInstant();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameInterval(Trigger trigger, int minutes) {
        return trigger instanceof org.quartz.SimpleTrigger simple && simple.getRepeatInterval() == minutes * 60_000L;
    }

    static JobKey jobKey(long sourceId) {
        return JobKey.jobKey("connector-" + sourceId, GROUP);
    }

    static TriggerKey triggerKey(long sourceId) {
        return TriggerKey.triggerKey("connector-" + sourceId, GROUP);
    }
}
