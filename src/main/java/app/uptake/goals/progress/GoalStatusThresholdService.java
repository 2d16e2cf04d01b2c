package app.uptake.goals.progress;

import app.uptake.audit.AuditService;
import app.uptake.goals.progress.internal.ThresholdStore;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thresholds that turn attainment into a status: everybody signed in reads them (every progress figure uses
 * them), only the program office changes them, and each change is audited with before and after.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class GoalStatusThresholdService {

    /** Attainment above 200 % of what was expected is no threshold anyone steers by. */
    public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(200);

    private final ThresholdStore store;
    private final AuditService audit;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;

    GoalStatusThresholdService(ThresholdStore store, AuditService audit, CurrentUserService currentUser,
            CompanyCalendar calendar) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    public StatusThresholds current() {
        return store.read();
    }

    /**
     * Sets the thresholds, in per cent of the expected-to-date, at most two decimals each. Refused with a message on
     * the field at fault: a missing number, a number outside 0–200 %, more than two decimals, or an on-track
     * threshold not above the at-risk one.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StatusThresholds update(BigDecimal onTrackPercent, BigDecimal atRiskPercent) {
        check("onTrack", onTrackPercent);
        check("atRisk", atRiskPercent);
        if (onTrackPercent.compareTo(atRiskPercent) <= 0) {
            throw BusinessRuleException.onField("onTrack", "goalThresholds.error.order");
        }
        StatusThresholds before = store.read();
        StatusThresholds after = new StatusThresholds(onTrackPercent.setScale(2, RoundingMode.UNNECESSARY),
                atRiskPercent.setScale(2, RoundingMode.UNNECESSARY));
        store.write(after, currentUser.require().username(), calendar.now());
        audit.record("GOAL_STATUS_THRESHOLDS_CHANGED", "goal_status_threshold", 1,
                "on track " + before.onTrackPercent().toPlainString() + " → " + after.onTrackPercent().toPlainString()
                        + " %, at risk " + before.atRiskPercent().toPlainString() + " → "
                        + after.atRiskPercent().toPlainString() + " %");
        return after;
    }

    private static void check(String field, BigDecimal percent) {
        if (percent == null) {
            throw BusinessRuleException.onField(field, "goalThresholds.error.number");
        }
        if (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0) {
            throw BusinessRuleException.onField(field, "goalThresholds.error.range");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw BusinessRuleException.onField(field, "goalThresholds.error.decimals");
        }
    }
}
