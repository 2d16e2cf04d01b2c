package app.uptake.incentives.plan;

import app.uptake.organization.JobRole;
import java.util.List;
import java.util.Set;

/**
 * Who is under a plan by rule while employed: their job role is listed (or none is) and their org unit is listed, or
 * lies below a unit listed with its subtree (or none is). Neither listed: nobody by rule, only explicit participants.
 */
public record Eligibility(Set<JobRole> jobRoles, List<EligibleUnit> units) {

    public Eligibility {
        jobRoles = Set.copyOf(jobRoles);
        units = List.copyOf(units);
    }

    public boolean selectsNobody() {
        return jobRoles.isEmpty() && units.isEmpty();
    }
}
