package app.uptake.incentives.statement;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What statements read about published runs; the calculation runs implement it. Internal to the incentives module:
 * the statement services check the caller, this interface does not. Only published runs are ever returned, so a
 * statement can never show a figure that may still change.
 */
public interface PublishedRunSource {

    /** Published runs, the latest publication first. */
    List<PublishedRun> publishedRuns(int offset, int limit);

    long countPublishedRuns();

    Optional<PublishedRun> publishedRun(long runId);

    /**
     * The statement contents of the run, one per employee in employee-id order, each in the employee's language with
     * its statement id; built as the stream is read, so that 10,000 of them never sit in memory at once. The stream
     * is read outside any transaction of the caller's, on a background thread, and is closed after use.
     */
    Stream<RunStatement> statements(long runId);

    /** One employee's statement content in a published run, if the run has a result for them. */
    Optional<RunStatement> statement(long runId, long employeeId);

    /** The payroll lines of the run, in employee-id order. */
    Stream<PayrollRow> payroll(long runId);
}
