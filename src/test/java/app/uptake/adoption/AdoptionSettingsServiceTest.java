package app.uptake.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.organization.JobRole;
import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Settings validation: each bad input refused at its field with its own message, nothing half-saved; audited. */
@Transactional
class AdoptionSettingsServiceTest extends UiTest {

    @Autowired
    AdoptionSettingsService settings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDefaultsAreThoseOfTheMigration() {
        signInAs(DemoLogins.EMPLOYEE);
        AdoptionSettings current = settings.current();
        assertThat(current.weights().sum()).isEqualByComparingTo("100");
        assertThat(current.weights().of(AdoptionComponent.USAGE)).isEqualByComparingTo("30");
        assertThat(current.minGroupSize()).isEqualTo(5);
        assertThat(current.normOf(JobRole.ACCOUNT_EXECUTIVE)).isEqualByComparingTo("15");
        assertThat(current.normOf(JobRole.HR_BUSINESS_PARTNER)).isNull();
        assertThat(current.worksCouncilMode()).isFalse();
    }

    @Test
    void weightsMustAddUpToExactlyHundred() {
        signInAs(DemoLogins.ADMIN);
        AdoptionSettings before = settings.current();
        assertRefused(w -> w.put(AdoptionComponent.USAGE, new BigDecimal("20")), "weights",
                "adoption.settings.error.weightSum", "90");
        assertRefused(w -> w.put(AdoptionComponent.GOALS, new BigDecimal("15.5")), "weights",
                "adoption.settings.error.weightSum", "100.5");
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void eachBadValueIsNamedAtItsField() {
        signInAs(DemoLogins.ADMIN);
        assertRefused(w -> w.put(AdoptionComponent.LOGGING, null), "weight.LOGGING", "adoption.settings.error.number");
        assertRefused(w -> w.put(AdoptionComponent.LOGGING, new BigDecimal("-1")), "weight.LOGGING",
                "adoption.settings.error.weightRange");
        assertRefused(w -> w.put(AdoptionComponent.QUALITY, new BigDecimal("20.001")), "weight.QUALITY",
                "adoption.settings.error.decimals");

        AdoptionSettings current = settings.current();
        Map<JobRole, BigDecimal> norms = new EnumMap<>(current.activityNorms());
        norms.put(JobRole.INSIDE_SALES, new BigDecimal("-3"));
        assertThatThrownBy(() -> settings.update(new AdoptionSettings(current.weights(), norms, 5, false, false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, rule -> {
                    assertThat(rule.field()).isEqualTo("norm.INSIDE_SALES");
                    assertThat(rule.messageKey()).isEqualTo("adoption.settings.error.normRange");
                });
        norms.remove(JobRole.INSIDE_SALES);
        assertThatThrownBy(() -> settings.update(new AdoptionSettings(current.weights(), norms, 5, false, false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, rule -> assertThat(rule.field())
                        .isEqualTo("norm.INSIDE_SALES"));
        for (int size : new int[] {1, 0, 101}) {
            assertThatThrownBy(() -> settings.update(
                    new AdoptionSettings(current.weights(), current.activityNorms(), size, false, false)))
                    .isInstanceOfSatisfying(BusinessRuleException.class, rule -> {
                        assertThat(rule.field()).isEqualTo("minGroupSize");
                        assertThat(rule.messageKey()).isEqualTo("adoption.settings.error.minGroupSize");
                    });
        }
        assertThat(settings.current()).isEqualTo(current);
    }

    @Test
    void theProgramOfficeChangesEverythingAtOnceAndTheChangeIsAudited() {
        signInAs(DemoLogins.ADMIN);
        int audited = audits();
        AdoptionSettings current = settings.current();
        Map<AdoptionComponent, BigDecimal> weights = new EnumMap<>(current.weights().percent());
        weights.put(AdoptionComponent.USAGE, new BigDecimal("25.5"));
        weights.put(AdoptionComponent.GOALS, new BigDecimal("19.5"));
        Map<JobRole, BigDecimal> norms = new EnumMap<>(current.activityNorms());
        norms.put(JobRole.SERVICE_AGENT, new BigDecimal("22.25"));

        AdoptionSettings saved = settings.update(new AdoptionSettings(new AdoptionWeights(weights), norms, 7, true, true));

        assertThat(saved.weights().of(AdoptionComponent.USAGE)).isEqualByComparingTo("25.5");
        assertThat(saved.weights().of(AdoptionComponent.GOALS)).isEqualByComparingTo("19.5");
        assertThat(saved.normOf(JobRole.SERVICE_AGENT)).isEqualByComparingTo("22.25");
        assertThat(saved.minGroupSize()).isEqualTo(7);
        assertThat(saved.worksCouncilMode()).isTrue();
        assertThat(saved.executivesMayDrillToIndividuals()).isTrue();
        assertThat(audits()).isEqualTo(audited + 1);
    }

    @Test
    void onlyTheProgramOfficeChangesThem() {
        for (String login : new String[] {DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE}) {
            signInAs(login);
            AdoptionSettings current = settings.current();
            assertThatThrownBy(() -> settings.update(current)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void assertRefused(Consumer<Map<AdoptionComponent, BigDecimal>> change, String field, String key,
            Object... args) {
        AdoptionSettings current = settings.current();
        Map<AdoptionComponent, BigDecimal> weights = new EnumMap<>(current.weights().percent());
        change.accept(weights);
        assertThatThrownBy(() -> settings.update(new AdoptionSettings(new AdoptionWeights(weights),
                current.activityNorms(), current.minGroupSize(), false, false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, rule -> {
                    assertThat(rule.field()).isEqualTo(field);
                    assertThat(rule.messageKey()).isEqualTo(key);
                    if (args.length > 0) {
                        assertThat(rule.args()).containsExactly(args);
                    }
                });
    }

    private int audits() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ADOPTION_SETTINGS_CHANGED'",
                Integer.class);
    }
}
