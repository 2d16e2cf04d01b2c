package app.uptake.incentives.plan.internal;

import app.uptake.incentives.calc.EmploymentSpell;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.plan.Participant;
import app.uptake.incentives.plan.PlanDefinitions;
import app.uptake.incentives.plan.PlanInForce;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.plan.internal.PlanStore.ParticipationRow;
import app.uptake.incentives.plan.internal.PlanStore.PlanRow;
import app.uptake.incentives.plan.internal.PlanStore.UnitRule;
import app.uptake.incentives.plan.internal.PlanStore.VersionRow;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.organization.JobRole;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans as stored: the version in force at a period's start, and the participants of a period from the plan's
 * eligibility rules (job role and org unit as the organization records them now, while employed) and HR's explicit
 * participations, which take precedence over every plan's rules for their days.
 */
@Component
@Transactional(readOnly = true)
public class StoredPlanSource implements PlanSource {

    private final PlanStore store;
    private final EmployeeDirectory directory;

    StoredPlanSource(PlanStore store, EmployeeDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public Optional<PlanInForce> inForce(long planId, DateRange period) {
        Optional<PlanRow> plan = store.findPlan(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return store.versionAsOf(planId, period.from()).map(version -> new PlanInForce(planId, version.id(),
                versionOf(plan.get(), version), plan.get().periodType(), plan.get().managersSeeTotals()));
    }

    /** The calculation core's plan version a stored version describes. */
    public static PlanVersion versionOf(PlanRow plan, VersionRow version) {
        PlanDefinitionJson.Definition definition = PlanDefinitionJson.read(version.definition());
        return PlanDefinitions.toVersion(plan.code(), version.versionNo(),
                new LocalizedText(plan.nameEn(), plan.nameDe()), Currency.getInstance(plan.currency()),
                version.targetIncentive(), definition.components(), definition.gates());
    }

    @Override
    public List<Long> plansInForceDuring(DateRange period) {
        return store.plansWithVersionBy(period.to());
    }

    @Override
    public List<Participant> participants(long planId, DateRange period) {
        Map<Long, List<ParticipationRow>> explicit = new HashMap<>();
        for (ParticipationRow row : store.overlappingRange(period.from(), period.to())) {
            explicit.computeIfAbsent(row.employeeId(), id -> new ArrayList<>()).add(row);
        }
        Set<Long> byRule = new HashSet<>();
        for (Employment employment : eligibleByRule(planId)) {
            byRule.add(employment.employeeId());
        }
        Set<Long> candidates = new TreeSet<>(byRule);
        explicit.forEach((employee, rows) -> {
            if (rows.stream().anyMatch(r -> r.planId() == planId)) {
                candidates.add(employee);
            }
        });
        Map<Long, Employment> employments = new HashMap<>();
        for (Employment employment : directory.of(candidates)) {
            employments.put(employment.employeeId(), employment);
        }
        List<Participant> participants = new ArrayList<>();
        for (long employeeId : candidates) {
            Employment employment = employments.get(employeeId);
            DateRange employed = employment == null ? null : employment.employedDuring(period);
            if (employed == null) {
                continue;
            }
            List<ParticipationRow> own = explicit.getOrDefault(employeeId, List.of());
            List<EmploymentSpell> spells = new ArrayList<>();
            if (byRule.contains(employeeId)) {
                for (DateRange days : without(employed, own)) {
                    spells.add(new EmploymentSpell(days, BigDecimal.ONE));
                }
            }
            BigDecimal override = null;
            for (ParticipationRow row : own) {
                if (row.planId() != planId) {
                    continue;
                }
                DateRange days = days(row).intersect(employed);
                if (days != null) {
                    // 1.000 as stored is full time, the same as a rule's 1
                    spells.add(new EmploymentSpell(days, plain(row.fte())));
                    if (row.targetIncentiveOverride() != null) {
                        override = row.targetIncentiveOverride();
                    }
                }
            }
            if (!spells.isEmpty()) {
                spells.sort(Comparator.comparing(s -> s.days().from()));
                participants.add(new Participant(employeeId, spells, override));
            }
        }
        return participants;
    }

    /** Everyone the plan's rules select, employed or not. */
    private List<Employment> eligibleByRule(long planId) {
        Set<JobRole> roles = store.jobRoles(planId);
        List<UnitRule> units = store.units(planId);
        if (roles.isEmpty() && units.isEmpty()) {
            return List.of();
        }
        List<Employment> found;
        if (units.isEmpty()) {
            found = directory.everyone();
        } else {
            Map<Long, Employment> unique = new HashMap<>();
            for (UnitRule unit : units) {
                List<Employment> inUnit = unit.includeSubtree() ? directory.inSubtree(unit.orgUnitId())
                        : directory.inUnit(unit.orgUnitId());
                inUnit.forEach(e -> unique.put(e.employeeId(), e));
            }
            found = new ArrayList<>(unique.values());
        }
        return roles.isEmpty() ? found : found.stream().filter(e -> roles.contains(e.jobRole())).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static DateRange days(ParticipationRow row) {
        return new DateRange(row.from(), row.to() == null ? LocalDate.MAX : row.to());
    }

    /** The days of the range that no participation covers, in order. */
    static List<DateRange> without(DateRange range, List<ParticipationRow> taken) {
        List<DateRange> left = new ArrayList<>(List.of(range));
        for (ParticipationRow row : taken) {
            DateRange cut = days(row);
            List<DateRange> next = new ArrayList<>();
            for (DateRange piece : left) {
                DateRange shared = piece.intersect(cut);
                if (shared == null) {
                    next.add(piece);
                    continue;
                }
                if (piece.from().isBefore(shared.from())) {
                    next.add(new DateRange(piece.from(), shared.from().minusDays(1)));
                }
                if (piece.to().isAfter(shared.to())) {
                    next.add(new DateRange(shared.to().plusDays(1), piece.to()));
                }
            }
            left = next;
        }
        return left;
    }
}
