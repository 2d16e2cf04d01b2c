package app.uptake.training.internal;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Nightly Quartz job: reopens assignments due for recertification and assigns the live modules to people who
 * joined or moved into an audience. In the JDBC job store, so on a cluster it runs on one node.
 */
@DisallowConcurrentExecution
public class TrainingUpkeepJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingUpkeepJob.class);

    private Recertification recertification;
    private AssignmentRules rules;

    @Autowired
    public void setRecertification(Recertification recertification) {
        this.recertification = recertification;
    }

    @Autowired
    public void setRules(AssignmentRules rules) {
        this.rules = rules;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        int reopened = recertification.reopenDue();
        int assigned = rules.assignAll();
        LOG.info("Training upkeep: {} assignments reopened for recertification, {} added by rule", reopened, assigned);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        static final String NAME = "training-upkeep";

        @Bean
        JobDetail trainingUpkeepJobDetail() {
            return JobBuilder.newJob(TrainingUpkeepJob.class).withIdentity(NAME, "training")
                    .withDescription("Recertification and assignment rules").storeDurably().build();
        }

        @Bean
        Trigger trainingUpkeepTrigger(JobDetail trainingUpkeepJobDetail, app.uptake.shared.CompanyCalendar calendar) {
            return TriggerBuilder.newTrigger().forJob(trainingUpkeepJobDetail).withIdentity(NAME, "training")
                    .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(2, 30)
                            .inTimeZone(TimeZone.getTimeZone(calendar.zone()))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        }
    }
}
