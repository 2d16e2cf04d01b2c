package app.uptake.adoption;

import app.uptake.organization.JobRole;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the adoption index is computed and shown, set by the program office.
 *
 * @param weights each component's weight in per cent, together 100
 * @param activityNorms customer contacts a person of the job role is expected to log per week (0: no norm, the
 *        logging component is left out for the role)
 * @param minGroupSize aggregates over fewer people are suppressed
 * @param worksCouncilMode no individual rankings, no individual drill-down, pseudonymised exports (honoured by the
 *        dashboards)
 * @param executivesMayDrillToIndividuals whether executives may drill from aggregates to named people outside their
 *        own line (honoured by the dashboards)
 */
public record AdoptionSettings(AdoptionWeights weights, Map<JobRole, BigDecimal> activityNorms, int minGroupSize,
        boolean worksCouncilMode, boolean executivesMayDrillToIndividuals) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 5;

    public AdoptionSettings {
        EnumMap<JobRole, BigDecimal> norms = new EnumMap<>(JobRole.class);
        activityNorms.forEach((role, norm) -> {
            if (norm != null) {
                norms.put(role, norm);
            }
        });
        activityNorms = Collections.unmodifiableMap(norms);
    }

    /** The job role's norm, or null when it has none. */
    public BigDecimal normOf(JobRole role) {
        BigDecimal norm = activityNorms.get(role);
        return norm == null || norm.signum() <= 0 ? null : norm;
    }
}
