package app.uptake.adoption;

import app.uptake.adoption.internal.SettingsStore;
import app.uptake.audit.AuditService;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.JobRole;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adoption index's settings: everybody signed in reads them (My adoption explains the weights), only the
 * program office changes them, all at once or nothing, and each change is audited with before and after.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AdoptionSettingsService {

    public static final int MAX_MIN_GROUP_SIZE = 100;
    private static final BigDecimal MAX_NORM = BigDecimal.valueOf(1000);

    private final SettingsStore store;
    private final AuditService audit;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;

    AdoptionSettingsService(SettingsStore store, AuditService audit, CurrentUserService currentUser,
            CompanyCalendar calendar) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    public AdoptionSettings current() {
        return store.read();
    }

    /**
     * Replaces the settings. Refused with a message on the field at fault, and nothing saved: a weight missing,
     * outside 0–100 or with more than two decimals, weights not adding up to exactly 100 %, a norm missing, negative,
     * above 1,000 or with more than two decimals, a minimum group size outside 2–100.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AdoptionSettings update(AdoptionSettings wanted) {
        Map<AdoptionComponent, BigDecimal> weights = new EnumMap<>(AdoptionComponent.class);
        for (AdoptionComponent component : AdoptionComponent.values()) {
            BigDecimal weight = wanted.weights().percent().get(component);
            String field = "weight." + component.name();
            if (weight == null) {
                throw BusinessRuleException.onField(field, "adoption.settings.error.number");
            }
            if (weight.signum() < 0 || weight.compareTo(AdoptionMath.HUNDRED) > 0) {
                throw BusinessRuleException.onField(field, "adoption.settings.error.weightRange");
            }
            weights.put(component, twoDecimals(field, weight));
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(AdoptionMath.HUNDRED) != 0) {
            throw BusinessRuleException.onField("weights", "adoption.settings.error.weightSum",
                    sum.stripTrailingZeros().toPlainString());
        }
        Map<JobRole, BigDecimal> norms = new EnumMap<>(JobRole.class);
        for (JobRole role : JobRole.values()) {
            BigDecimal norm = wanted.activityNorms().get(role);
            String field = "norm." + role.name();
            if (norm == null) {
                throw BusinessRuleException.onField(field, "adoption.settings.error.number");
            }
            if (norm.signum() < 0 || norm.compareTo(MAX_NORM) > 0) {
                throw BusinessRuleException.onField(field, "adoption.settings.error.normRange");
            }
            norms.put(role, twoDecimals(field, norm));
        }
        if (wanted.minGroupSize() < 2 || wanted.minGroupSize() > MAX_MIN_GROUP_SIZE) {
            throw BusinessRuleException.onField("minGroupSize", "adoption.settings.error.minGroupSize",
                    MAX_MIN_GROUP_SIZE);
        }
        AdoptionSettings before = store.read();
        AdoptionSettings after = new AdoptionSettings(new AdoptionWeights(weights), norms, wanted.minGroupSize(),
                wanted.worksCouncilMode(), wanted.executivesMayDrillToIndividuals());
        store.write(after, currentUser.require().username(), calendar.now());
        audit.record("ADOPTION_SETTINGS_CHANGED", "adoption_settings", 1, describe(before) + " → " + describe(after));
        return store.read();
    }

    private static BigDecimal twoDecimals(String field, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 2) {
            throw BusinessRuleException.onField(field, "adoption.settings.error.decimals");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String describe(AdoptionSettings s) {
        String weights = s.weights().percent().entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
        String norms = s.activityNorms().entrySet().stream()
                .map(e -> e.getKey().name() + " " + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
        return "weights [" + weights + "], norms [" + norms + "], min group " + s.minGroupSize() + ", works council "
                + s.worksCouncilMode() + ", executives drill " + s.executivesMayDrillToIndividuals();
    }
}
