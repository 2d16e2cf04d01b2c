package app.uptake.organization.internal;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Nightly Quartz job: disables the logins of leavers. Stored in the JDBC job store, so on a cluster it
 * runs on exactly one node, and a missed night is caught up after a restart.
 */
@DisallowConcurrentExecution
public class LeaverAccessJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(LeaverAccessJob.class);

    private LeaverAccess leaverAccess;

    /** Set by Spring's job factory, which autowires job instances. */
    @org.springframework.beans.factory.annotation.Autowired
    public void setLeaverAccess(LeaverAccess leaverAccess) {
        this.leaverAccess = leaverAccess;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        int disabled = leaverAccess.disableLeaversLogins();
        LOG.info("Leaver logins disabled: {}", disabled);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        static final String NAME = "leaver-access";

        @Bean
        JobDetail leaverAccessJobDetail() {
            return JobBuilder.newJob(LeaverAccessJob.class).withIdentity(NAME, "organization")
                    .withDescription("Disable the logins of employees who have left").storeDurably().build();
        }

        @Bean
        Trigger leaverAccessTrigger(JobDetail leaverAccessJobDetail, java.time.Clock clock) {
            return TriggerBuilder.newTrigger().forJob(leaverAccessJobDetail).withIdentity(NAME, "organization")
                    .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(2, 15)
                            .inTimeZone(TimeZone.getTimeZone(clock.getZone()))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        }
    }
}
