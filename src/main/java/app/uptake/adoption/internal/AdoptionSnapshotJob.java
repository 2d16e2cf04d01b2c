package app.uptake.adoption.internal;

import app.uptake.adoption.AdoptionSnapshotService;
import app.uptake.adoption.SnapshotRun;
import app.uptake.shared.CompanyCalendar;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DateBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Weekly Quartz job, Monday 03:30 in the company's time zone: snapshots the week that just ended and recomputes the
 * past weeks late activity made dirty. In the JDBC job store, so on a cluster it runs on one node; a second run of
 * the same week anyway only replaces the first.
 */
@DisallowConcurrentExecution
public class AdoptionSnapshotJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(AdoptionSnapshotJob.class);

    private AdoptionSnapshotService snapshots;

    @Autowired
    public void setSnapshots(AdoptionSnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        List<SnapshotRun> runs = snapshots.runWeekly();
        LOG.info("Adoption snapshots: {} weeks computed ({})", runs.size(),
                runs.stream().map(r -> r.week().toString()).toList());
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        static final String NAME = "adoption-snapshot";

        @Bean
        JobDetail adoptionSnapshotJobDetail() {
            return JobBuilder.newJob(AdoptionSnapshotJob.class).withIdentity(NAME, "adoption")
                    .withDescription("Weekly adoption index snapshots").storeDurably().build();
        }

        @Bean
        Trigger adoptionSnapshotTrigger(JobDetail adoptionSnapshotJobDetail, CompanyCalendar calendar) {
            return TriggerBuilder.newTrigger().forJob(adoptionSnapshotJobDetail).withIdentity(NAME, "adoption")
                    .withSchedule(CronScheduleBuilder.weeklyOnDayAndHourAndMinute(DateBuilder.MONDAY, 3, 30)
                            .inTimeZone(TimeZone.getTimeZone(calendar.zone()))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        }
    }
}
