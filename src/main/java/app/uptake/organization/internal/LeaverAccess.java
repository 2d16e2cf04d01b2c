package app.uptake.organization.internal;

import app.uptake.audit.AuditService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closes the logins of people who have left, so that no account outlives its employee. */
@Service
public class LeaverAccess {

    private final UserAccountRepository accounts;
    private final AuditService audit;
    private final Clock clock;

    LeaverAccess(UserAccountRepository accounts, AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Disables every enabled login whose employee's last day is before today; returns how many. */
    @Transactional
    public int disableLeaversLogins() {
        List<UserAccountEntity> leavers = accounts.findEnabledOfLeavers(LocalDate.now(clock));
        for (UserAccountEntity account : leavers) {
            account.setEnabled(false);
            audit.record("ACCOUNT_DISABLED_LEAVER", "Employee", account.getEmployee().getId(), account.getUsername());
        }
        return leavers.size();
    }
}
