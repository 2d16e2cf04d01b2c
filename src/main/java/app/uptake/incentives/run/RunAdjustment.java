package app.uptake.incentives.run;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A manual adjustment of one employee's payout in a run, with its reason.
 *
 * @param componentCode the component it concerns; null for the whole payout
 */
public record RunAdjustment(long id, long employeeId, String componentCode, BigDecimal amount, String reason,
        String author, Instant createdAt) {
}
