package app.uptake.incentives.plan;

import static app.uptake.incentives.plan.PlanSpecs.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.incentives.calc.IncentiveKeys;
import app.uptake.organization.JobRole;
import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.TestPeople.Person;
import app.uptake.support.UiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** HR's plan commands: who may call them, what each refuses, that a refusal changes nothing and a change is audited. */
class IncentivePlanServiceTest extends UiTest {

    @Autowired
    IncentivePlanService plans;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

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
        long id = plans.create(new PlanDraft(fixture.code(suffix), "Plan " + suffix, "Plan " + suffix, "EUR",
                PlanPeriodType.QUARTER, d("6000"), true));
        fixture.track(id);
        return id;
    }

    private static VersionDraft draft(String validFrom, List<ComponentSpec> components) {
        return new VersionDraft(LocalDate.parse(validFrom), d("6000"), components, PlanSpecs.gates(), "test");
    }

    private static void assertRule(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void onlyHrAndTheProgramOfficeManagePlans() {
        for (String login : List.of(DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.EXECUTIVE)) {
            signInAs(login);
            assertThatThrownBy(() -> plans.list("", 0, 10)).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.create(new PlanDraft(fixture.code("X"), "X", "X", null,
                    PlanPeriodType.MONTH, d("1"), false))).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.saveVersion(0, draft("2025-01-01", List.of())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(count("select count(*) from incentive_plan where code = ?", fixture.code("X"))).isZero();
        signInAs(DemoLogins.ADMIN);
        assertThat(plans.count("")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aPlanIsCreatedListedAndAudited() {
        long id = plans.create(new PlanDraft(fixture.code("new").toLowerCase(), " Sales ", "Vertrieb", "chf",
                PlanPeriodType.MONTH, d("1500.50"), false));
        fixture.track(id);
        PlanSummary plan = plans.list(fixture.code("NEW"), 0, 10).getFirst();
        assertThat(plan.code()).isEqualTo(fixture.code("NEW"));
        assertThat(plan.name().en()).isEqualTo("Sales");
        assertThat(plan.currency()).isEqualTo("CHF");
        assertThat(plan.targetIncentive()).isEqualByComparingTo("1500.50");
        assertThat(plan.latestVersion()).isZero();
        assertThat(count("select count(*) from audit_event where action = 'INCENTIVE_PLAN_CREATED' "
                + "and subject_id = ?", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void nameAndManagerVisibilityChangeWithoutANewVersion() {
        long id = plan("S");
        plans.updateSettings(id, "Renamed", "Umbenannt", false);
        PlanSummary plan = plans.detail(id).plan();
        assertThat(plan.name()).isEqualTo(new app.uptake.shared.LocalizedText("Renamed", "Umbenannt"));
        assertThat(plan.managersSeeTotals()).isFalse();
        assertRule(() -> plans.updateSettings(id, "", "X", true), "nameEn", "validation.required");
        assertThat(plans.detail(id).plan().managersSeeTotals()).isFalse();
        assertThat(count("select count(*) from audit_event where action = 'INCENTIVE_PLAN_UPDATED' "
                + "and subject_id = ?", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void badPlansAreRefusedWithTheirReason() {
        plan("A");
        assertRule(() -> plans.create(new PlanDraft(fixture.code("a"), "A", "A", null, PlanPeriodType.MONTH, d("1"),
                false)), "code", "incentivePlans.error.codeTaken");
        assertRule(() -> plans.create(new PlanDraft("bad code", "A", "A", null, PlanPeriodType.MONTH, d("1"), false)),
                "code", "incentivePlans.error.codeFormat");
        assertRule(() -> plans.create(new PlanDraft(fixture.code("C"), "A", "A", "EURO", PlanPeriodType.MONTH, d("1"),
                false)), "currency", "incentivePlans.error.currency");
        assertRule(() -> plans.create(new PlanDraft(fixture.code("C"), "A", "A", "XYZ", PlanPeriodType.MONTH, d("1"),
                false)), "currency", "incentivePlans.error.currency");
        assertRule(() -> plans.create(new PlanDraft(fixture.code("C"), "A", "A", null, PlanPeriodType.MONTH,
                d("0"), false)), "targetIncentive", IncentiveKeys.TARGET_INCENTIVE_NOT_POSITIVE);
        assertRule(() -> plans.create(new PlanDraft(fixture.code("C"), "A", "A", null, PlanPeriodType.MONTH,
                d("10.005"), false)), "targetIncentive", IncentiveKeys.AMOUNT_TOO_PRECISE);
        assertRule(() -> plans.create(new PlanDraft(fixture.code("C"), "A", "A", null, null, d("1"), false)),
                "periodType", "validation.required");
        assertThat(count("select count(*) from incentive_plan where code = ?", fixture.code("C"))).isZero();
    }

    @Test
    void aVersionIsSavedOnceFromItsFirstDay_andBadVersionsChangeNothing() {
        long id = plan("A");
        plans.saveVersion(id, draft("2025-01-01", List.of(PlanSpecs.metricComponent("100"))));
        int versions = count("select count(*) from incentive_plan_version where plan_id = ?", id);
        int audited = count("select count(*) from audit_event where subject_type = 'IncentivePlan' "
                + "and subject_id = ?", String.valueOf(id));

        assertRule(() -> plans.saveVersion(id, draft("2025-01-01", List.of(PlanSpecs.metricComponent("100")))),
                "validFrom", "incentivePlans.error.versionExists");
        assertRule(() -> plans.saveVersion(id, draft("2025-02-15", List.of(PlanSpecs.metricComponent("100")))),
                "validFrom", "incentivePlans.error.validFromFirstOfMonth");
        assertRule(() -> plans.saveVersion(id, draft("2025-04-01", List.of(PlanSpecs.goalComponent(0, "60"),
                PlanSpecs.metricComponent("40")))), "components[0].goal", "incentivePlans.error.unknownGoal");
        assertRule(() -> plans.saveVersion(id, draft("2025-04-01", List.of(PlanSpecs.metricComponent("90")))),
                "weights", IncentiveKeys.WEIGHTS_NOT_HUNDRED);
        assertRule(() -> plans.saveVersion(id, draft("2025-04-01", List.of())), "components",
                IncentiveKeys.NO_COMPONENTS);
        ComponentSpec unknownMetric = new ComponentSpec("X", "X", "X", null, "NO_SUCH_METRIC", d("1"),
                app.uptake.metrics.MetricDirection.HIGHER, d("100"), PlanSpecs.meetingSteps());
        assertRule(() -> plans.saveVersion(id, new VersionDraft(LocalDate.of(2025, 4, 1), d("6000"),
                List.of(unknownMetric), List.of(), "test")), "components[0].binding",
                "incentivePlans.error.unknownMetric");
        assertRule(() -> plans.saveVersion(id, new VersionDraft(LocalDate.of(2025, 4, 1), d("6000"),
                List.of(PlanSpecs.metricComponent("100")), List.of(), " ")), "reason", "validation.required");

        assertThat(count("select count(*) from incentive_plan_version where plan_id = ?", id)).isEqualTo(versions);
        assertThat(count("select count(*) from audit_event where subject_type = 'IncentivePlan' "
                + "and subject_id = ?", String.valueOf(id))).isEqualTo(audited);

        plans.saveVersion(id, new VersionDraft(LocalDate.of(2025, 4, 1), d("7000"),
                List.of(PlanSpecs.metricComponent("100")), List.of(), "raise"));
        PlanDetail detail = plans.detail(id);
        assertThat(detail.versions()).extracting(PlanVersionEntry::versionNo).containsExactly(2, 1);
        assertThat(detail.versions().getFirst().version().targetIncentive()).isEqualByComparingTo("7000");
        assertThat(detail.versions().getFirst().authorName()).isEqualTo("Petra Hoffmann");
        assertThat(detail.versions().get(1).version().gates()).hasSize(3);
        assertThat(detail.plan().targetIncentive()).isEqualByComparingTo("7000");
        assertThat(count("select count(*) from audit_event where action = 'INCENTIVE_PLAN_VERSION_SAVED' "
                + "and subject_id = ?", String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void participationsNeverOverlapAcrossPlansAndEndOnlyEarlier() {
        long a = plan("A");
        long b = plan("B");
        Person eve = fixture.person("Eve", fixture.departmentId, "ACCOUNT_EXECUTIVE", LocalDate.of(2020, 1, 1), null);
        long first = plans.addParticipation(a, new ParticipationDraft(eve.id(), LocalDate.of(2025, 1, 1), null,
                null, null));
        assertRule(() -> plans.addParticipation(b, new ParticipationDraft(eve.id(), LocalDate.of(2025, 3, 1), null,
                null, null)), "from", "incentivePlans.error.participationOverlap");
        assertRule(() -> plans.addParticipation(b, new ParticipationDraft(eve.id(), LocalDate.of(2025, 3, 1), null,
                d("1.5"), null)), "fte", IncentiveKeys.FTE_RANGE);
        assertRule(() -> plans.addParticipation(b, new ParticipationDraft(eve.id(), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 2, 1), null, null)), "to", "incentivePlans.error.endBeforeStart");
        assertRule(() -> plans.addParticipation(b, new ParticipationDraft(eve.id(), LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31), null, null)), "from", "incentivePlans.error.notEmployed");
        assertRule(() -> plans.addParticipation(b, new ParticipationDraft(null, LocalDate.of(2025, 3, 1), null, null,
                null)), "employee", "validation.required");

        // the transfer: A ends in February, B starts in March
        plans.endParticipation(first, LocalDate.of(2025, 2, 28));
        plans.addParticipation(b, new ParticipationDraft(eve.id(), LocalDate.of(2025, 3, 1), null, d("0.5"),
                d("4000")));
        assertRule(() -> plans.endParticipation(first, LocalDate.of(2025, 3, 31)), "to",
                "incentivePlans.error.endNotEarlier");
        assertThat(plans.participations(a, 0, 10)).singleElement()
                .satisfies(p -> assertThat(p.to()).isEqualTo(LocalDate.of(2025, 2, 28)));
        assertThat(plans.participations(b, 0, 10)).singleElement().satisfies(p -> {
            assertThat(p.employeeName()).isEqualTo("Eve Plan");
            assertThat(p.fte()).isEqualByComparingTo("0.5");
            assertThat(p.targetIncentiveOverride()).isEqualByComparingTo("4000");
        });
        assertThat(plans.countParticipations(b)).isEqualTo(1);
    }

    @Test
    void eligibilityIsReplacedAndShownWithUnitNames() {
        long a = plan("A");
        plans.setEligibility(a, Set.of(JobRole.ACCOUNT_EXECUTIVE, JobRole.INSIDE_SALES),
                List.of(new EligibleUnit(fixture.departmentId, "", false)));
        Eligibility eligibility = plans.detail(a).eligibility();
        assertThat(eligibility.jobRoles()).containsExactlyInAnyOrder(JobRole.ACCOUNT_EXECUTIVE, JobRole.INSIDE_SALES);
        assertThat(eligibility.units()).containsExactly(
                new EligibleUnit(fixture.departmentId, "Plan test department", false));
        assertRule(() -> plans.setEligibility(a, Set.of(), List.of(new EligibleUnit(0, "", true))), "units",
                "incentivePlans.error.unknownUnit");
        plans.setEligibility(a, Set.of(), List.of());
        assertThat(plans.detail(a).eligibility().selectsNobody()).isTrue();
    }
}
