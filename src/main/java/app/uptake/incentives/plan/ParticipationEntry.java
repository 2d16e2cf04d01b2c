package app.uptake.incentives.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An explicit participation of an employee in a plan, as a row of the plan page. */
public record ParticipationEntry(long id, long planId, long employeeId, String employeeName, LocalDate from,
        LocalDate to, BigDecimal fte, BigDecimal targetIncentiveOverride) {
}
