package app.uptake.incentives.plan.internal;

import static app.uptake.incentives.plan.PlanSpecs.d;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.calc.EmploymentSpell;
import app.uptake.incentives.plan.EligibleUnit;
import app.uptake.incentives.plan.IncentivePlanService;
import app.uptake.incentives.plan.Participant;
import app.uptake.incentives.plan.ParticipationDraft;
import app.uptake.incentives.plan.PlanDraft;
import app.uptake.incentives.plan.PlanFixture;
import app.uptake.incentives.plan.PlanInForce;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.plan.PlanSource;
import app.uptake.incentives.plan.PlanSpecs;
import app.uptake.incentives.plan.VersionDraft;
import app.uptake.organization.JobRole;
import app.uptake.shared.DateRange;
import app.uptake.support.DemoLogins;
import app.uptake.support.TestPeople.Person;
import app.uptake.support.UiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a run reads about a plan, from the database: the version in force at the period's start, and who was under
 * the plan on which days at which working time (Q1 2025: 90 days).
 */
class StoredPlanSourceTest extends UiTest {

    private static final DateRange Q4_2024 = new DateRange(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31));
    private static final DateRange Q1 = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    @Autowired
    IncentivePlanService plans;
    @Autowired
    PlanSource source;
    @Autowired
    ApplicationContext context;

    PlanFixture fixture;

    @BeforeEach
    void setUp() {
        signInAs(DemoLogins.ADMIN);
        fixture = new PlanFixture(context);
        signInAs(DemoLogins.HR);
    }

    @AfterEach
    void tearDown() {
        fixture.remove();
    }

    private long plan(String suffix) {
        long id = plans.create(new PlanDraft(fixture.code(suffix), "Plan " + suffix, "Plan " + suffix, null,
                PlanPeriodType.QUARTER, d("6000"), false));
        fixture.track(id);
        return id;
    }

    private long version(long plan, String validFrom, String target) {
        return plans.saveVersion(plan, new VersionDraft(LocalDate.parse(validFrom), d(target),
                List.of(PlanSpecs.metricComponent("100")), List.of(), "test"));
    }

    @Test
    void aRunUsesTheLatestVersionValidFromThePeriodsFirstDay() {
        long plan = plan("A");
        long v1 = version(plan, "2024-10-01", "5000");
        long v2 = version(plan, "2025-01-01", "6000");
        version(plan, "2025-02-01", "7000");
        long v4 = version(plan, "2025-04-01", "8000");

        PlanInForce q1 = source.inForce(plan, Q1).orElseThrow();
        assertThat(q1.versionId()).isEqualTo(v2);
        assertThat(q1.version().version()).isEqualTo(2);
        assertThat(q1.version().targetIncentive()).isEqualByComparingTo("6000");
        assertThat(q1.version().components().getFirst().code()).isEqualTo("MEETINGS");
        assertThat(q1.periodType()).isEqualTo(PlanPeriodType.QUARTER);
        assertThat(q1.managerTotalsVisible()).isFalse();
        assertThat(source.inForce(plan, Q4_2024).orElseThrow().versionId()).isEqualTo(v1);
        assertThat(source.inForce(plan, new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)))
                .orElseThrow().versionId()).isEqualTo(v4);
        assertThat(source.inForce(plan, new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30))))
                .isEmpty();
        assertThat(source.inForce(0, Q1)).isEmpty();

        long later = plan("B");
        version(later, "2025-03-01", "6000");
        assertThat(source.plansInForceDuring(Q4_2024)).contains(plan).doesNotContain(later);
        // B's first version starts within Q1: in force for some day of it
        assertThat(source.plansInForceDuring(Q1)).contains(plan, later);
    }

    @Test
    void eligibilityByJobRoleAndUnitWhileEmployed_withTransfersAndPartTimeByDays() {
        long a = plan("A");
        long b = plan("B");
        version(a, "2024-10-01", "6000");
        version(b, "2024-10-01", "6000");
        plans.setEligibility(a, Set.of(JobRole.ACCOUNT_EXECUTIVE),
                List.of(new EligibleUnit(fixture.divisionId, "Plan test division", true)));

        Person anna = fixture.person("Anna", fixture.departmentId, "ACCOUNT_EXECUTIVE", LocalDate.of(2020, 1, 1), null);
        Person ben = fixture.person("Ben", fixture.departmentId, "INSIDE_SALES", LocalDate.of(2020, 1, 1), null);
        Person cara = fixture.person("Cara", fixture.departmentId, "ACCOUNT_EXECUTIVE", LocalDate.of(2025, 2, 15), null);
        Person dan = fixture.person("Dan", fixture.divisionId, "ACCOUNT_EXECUTIVE", LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 3, 10));
        Person eve = fixture.person("Eve", fixture.departmentId, "ACCOUNT_EXECUTIVE", LocalDate.of(2020, 1, 1), null);
        Person fay = fixture.person("Fay", fixture.departmentId, "INSIDE_SALES", LocalDate.of(2020, 1, 1), null);
        Person gus = fixture.person("Gus", fixture.departmentId, "ACCOUNT_EXECUTIVE", LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31));
        // Eve moves to plan B on 1 Feb; Fay is under A half time with her own target incentive from 1 Jan
        plans.addParticipation(b, new ParticipationDraft(eve.id(), LocalDate.of(2025, 2, 1), null, null, null));
        plans.addParticipation(a, new ParticipationDraft(fay.id(), LocalDate.of(2024, 12, 1), null, d("0.5"),
                d("3000")));
        // Anna works part time in March only: her explicit entry replaces the rule for those days
        plans.addParticipation(a, new ParticipationDraft(anna.id(), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31), d("0.6"), null));

        Map<Long, Participant> underA = source.participants(a, Q1).stream()
                .collect(Collectors.toMap(Participant::employeeId, p -> p));
        assertThat(underA.keySet()).containsExactlyInAnyOrder(anna.id(), cara.id(), dan.id(), eve.id(), fay.id());
        assertThat(underA).doesNotContainKeys(ben.id(), gus.id());
        assertThat(underA.get(anna.id()).spells()).containsExactly(
                EmploymentSpell.fullTime(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28)),
                EmploymentSpell.partTime(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), "0.6"));
        assertThat(underA.get(cara.id()).spells()).containsExactly(
                EmploymentSpell.fullTime(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 3, 31)));
        assertThat(underA.get(dan.id()).spells()).containsExactly(
                EmploymentSpell.fullTime(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 10)));
        assertThat(underA.get(eve.id()).spells()).containsExactly(
                EmploymentSpell.fullTime(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)));
        assertThat(underA.get(fay.id()).spells()).containsExactly(
                EmploymentSpell.partTime(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), "0.5"));
        assertThat(underA.get(fay.id()).targetIncentiveOverride()).isEqualByComparingTo("3000");
        assertThat(underA.get(anna.id()).targetIncentiveOverride()).isNull();

        List<Participant> underB = source.participants(b, Q1);
        assertThat(underB).extracting(Participant::employeeId).containsExactly(eve.id());
        assertThat(underB.getFirst().spells()).containsExactly(
                EmploymentSpell.fullTime(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31)));
        // sorted by employee id, as runs expect
        assertThat(source.participants(a, Q1)).extracting(Participant::employeeId).isSorted();
    }
}
