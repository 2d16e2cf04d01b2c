package app.uptake.activity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One activity event as a source delivers it, already parsed into types but not yet checked against the
 * company (employee known, dates plausible). {@code employeeRef} is the CRM user id or the e-mail address.
 * Fields that do not apply to the type are null.
 */
public record ActivityEventInput(
        String externalId,
        int revision,
        String employeeRef,
        ActivityType type,
        Instant occurredAt,
        Direction direction,
        Integer durationSeconds,
        String accountRef,
        Boolean decisionMaker,
        BigDecimal amount,
        BigDecimal margin,
        String campaign,
        String stage,
        Integer productCount,
        Integer responseMinutes,
        Integer resolutionMinutes,
        BigDecimal satisfaction,
        BigDecimal completeness) {

    /** A contact or CRM-usage event without deal, service or record details. */
    public static ActivityEventInput simple(String externalId, String employeeRef, ActivityType type, Instant at) {
        return new ActivityEventInput(externalId, 1, employeeRef, type, at, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    public ActivityEventInput withRevision(int newRevision) {
        return new ActivityEventInput(externalId, newRevision, employeeRef, type, occurredAt, direction,
                durationSeconds, accountRef, decisionMaker, amount, margin, campaign, stage, productCount,
                responseMinutes, resolutionMinutes, satisfaction, completeness);
    }
}
