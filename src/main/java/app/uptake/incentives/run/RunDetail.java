package app.uptake.incentives.run;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A run with who moved it along and what the caller may do next. The {@code may…} flags follow the status flow and
 * the four-eyes rule for the signed-in user, so a view shows only the buttons that will work.
 *
 * @param startedBy      name of who started it; null when the period-close job did
 * @param inputChecksum  SHA-256 of the frozen plan, inputs and adjustments of the last calculation
 * @param differenceTotal for a correction, Σ of the differences to the corrected run; null otherwise
 */
public record RunDetail(RunSummary summary, String startedBy, String calculatedBy, Instant calculatedAt,
        String approvedBy, Instant approvedAt, String publishedBy, Instant publishedAt, String inputChecksum,
        BigDecimal differenceTotal, boolean mayCalculate, boolean mayAdjust, boolean mayApprove, boolean mayPublish,
        boolean mayCorrect) {

    public long id() {
        return summary.id();
    }

    public RunStatus status() {
        return summary.status();
    }
}
