package app.uptake.goals.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.audit.AuditService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.OffsetLimit;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class GoalStatusThresholdServiceTest extends UiTest {

    @Autowired
    GoalStatusThresholdService thresholds;
    @Autowired
    AuditService audit;

    @AfterEach
    void restoreDefaults() {
        signInAs(DemoLogins.ADMIN);
        thresholds.update(new BigDecimal("95"), new BigDecimal("80"));
    }

    @Test
    void everybodyReadsTheDefaultsAndOnlyTheAdminChangesThem() {
        signInAs(DemoLogins.EMPLOYEE);
        assertThat(thresholds.current().onTrackPercent()).isEqualByComparingTo("95");
        assertThat(thresholds.current().atRiskPercent()).isEqualByComparingTo("80");
        assertThatThrownBy(() -> thresholds.update(new BigDecimal("90"), new BigDecimal("70")))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(DemoLogins.HR);
        assertThatThrownBy(() -> thresholds.update(new BigDecimal("90"), new BigDecimal("70")))
                .isInstanceOf(AccessDeniedException.class);

        signInAs(DemoLogins.ADMIN);
        StatusThresholds saved = thresholds.update(new BigDecimal("92.5"), new BigDecimal("70"));
        assertThat(saved).isEqualTo(new StatusThresholds(new BigDecimal("92.50"), new BigDecimal("70.00")));
        assertThat(audit.latest(new OffsetLimit(0, 1)).getFirst().details()).isEqualTo("on track 95.00 → 92.50 %, at risk 80.00 → 70.00 %");
        signInAs(DemoLogins.MANAGER);
        assertThat(thresholds.current()).isEqualTo(saved);
        // 93 % of the expected is now on track, 75 % at risk
        assertThat(thresholds.current().statusOf(new BigDecimal("0.93"))).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(thresholds.current().statusOf(new BigDecimal("0.75"))).isEqualTo(ProgressStatus.AT_RISK);
    }

    @Test
    void badThresholdsAreRefusedAtTheFieldAtFault() {
        signInAs(DemoLogins.ADMIN);
        assertRefused(null, "80", "onTrack", "goalThresholds.error.number");
        assertRefused("95", null, "atRisk", "goalThresholds.error.number");
        assertRefused("200.01", "80", "onTrack", "goalThresholds.error.range");
        assertRefused("95", "-1", "atRisk", "goalThresholds.error.range");
        assertRefused("95.125", "80", "onTrack", "goalThresholds.error.decimals");
        assertRefused("80", "80", "onTrack", "goalThresholds.error.order");
        assertRefused("70", "80", "onTrack", "goalThresholds.error.order");
        // the edges are allowed
        assertThat(thresholds.update(new BigDecimal("200"), BigDecimal.ZERO).onTrackPercent()).isEqualByComparingTo("200");
        assertThat(thresholds.current().atRiskPercent()).isEqualByComparingTo("0");
    }

    private void assertRefused(String onTrack, String atRisk, String field, String key) {
        StatusThresholds before = thresholds.current();
        assertThatThrownBy(() -> thresholds.update(onTrack == null ? null : new BigDecimal(onTrack),
                atRisk == null ? null : new BigDecimal(atRisk)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
        assertThat(thresholds.current()).isEqualTo(before);
    }
}
