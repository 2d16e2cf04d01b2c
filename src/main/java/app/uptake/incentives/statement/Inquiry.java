package app.uptake.incentives.statement;

import java.time.Instant;

/**
 * An employee's question about one line of a statement, and HR's answer.
 *
 * @param line            the statement line asked about: a component code, or {@link #TOTAL} / {@link #GATES} /
 *                        {@link #ADJUSTMENTS}
 * @param correctionRunId the correction run HR started in answer, or null
 */
public record Inquiry(long id, String statementId, long runId, long employeeId, String employeeName, String line,
        String question, Instant askedAt, String answer, String answeredBy, Instant answeredAt, Long correctionRunId) {

    public static final String TOTAL = "TOTAL";
    public static final String GATES = "GATES";
    public static final String ADJUSTMENTS = "ADJUSTMENTS";

    public boolean answered() {
        return answeredAt != null;
    }
}
