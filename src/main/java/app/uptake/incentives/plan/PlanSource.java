package app.uptake.incentives.plan;

import app.uptake.shared.DateRange;
import java.util.List;
import java.util.Optional;

/**
 * What a calculation run reads about plans. Internal to the incentives module: the run service checks the caller,
 * this interface does not.
 */
public interface PlanSource {

    /** The version of the plan in force for the period (the latest version valid from the period's first day). */
    Optional<PlanInForce> inForce(long planId, DateRange period);

    /**
     * The employees under the plan on at least one day of the period: those its eligibility (job roles, org units)
     * selects while employed, with HR's explicit participations (part time, transfers, individual target incentive)
     * taking precedence over the rules for their days. Sorted by employee id.
     */
    List<Participant> participants(long planId, DateRange period);

    /** Ids of the plans that have a version in force for some day of the period: the plans a run may be due for. */
    List<Long> plansInForceDuring(DateRange period);
}
