package app.uptake.incentives.run.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Daily Quartz job: draft incentive runs for the periods that closed ({@link PeriodCloseRuns}). In the JDBC job
 * store, so on a cluster one node runs it; the runs' unique key keeps a second start from doubling a run.
 */
@DisallowConcurrentExecution
public class PeriodCloseJob extends QuartzJobBean {

    private PeriodCloseRuns runs;

    /** Set by Spring's job factory, which autowires job instances. */
    @Autowired
    public void setRuns(PeriodCloseRuns runs) {
        this.runs = runs;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        runs.startDue();
    }
}
