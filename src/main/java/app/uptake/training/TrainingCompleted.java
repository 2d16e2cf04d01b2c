package app.uptake.training;

import java.time.Instant;

/**
 * Published when a learner passes the quiz of an assigned module and so completes it, for adoption figures and
 * incentive gates. Sent again on each recertification.
 */
public record TrainingCompleted(long employeeId, String moduleId, String version, Instant completedAt,
        String certificateCode) {
}
