package app.uptake.activity.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job of one connector data source. In the JDBC job store, so on a cluster each run happens on one
 * node, and never two runs of the same source at once.
 */
@DisallowConcurrentExecution
public class ConnectorJob extends QuartzJobBean {

    static final String SOURCE_ID = "sourceId";
    static final String REQUESTED_BY = "requestedBy";

    private ConnectorRunner runner;

    @Autowired
    public void setRunner(ConnectorRunner runner) {
        this.runner = runner;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        String by = context.getMergedJobDataMap().getString(REQUESTED_BY);
        runner.run(context.getMergedJobDataMap().getLong(SOURCE_ID), by == null ? "scheduler" : by);
    }
}
