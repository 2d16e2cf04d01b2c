package app.uptake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.audit.AuditService;
import app.uptake.organization.EmployeeFilter;
import app.uptake.metrics.MetricDraft;
import app.uptake.metrics.MetricService;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.OrganizationService;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.shared.OffsetLimit;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import app.uptake.training.ComplianceCsvLabels;
import app.uptake.training.ComplianceFilter;
import app.uptake.training.ComplianceState;
import app.uptake.training.TrainingAssignmentService;
import app.uptake.training.TrainingComplianceService;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every route and every secured service call against every role, allowed or denied as designed. The demo
 * logins stand for the roles: Jonas is only an employee, Sabine a team lead, Petra HR, Michael the
 * managing director (executive) and Tobias the CRM program office (admin).
 */
class SecurityMatrixTest extends UiTest {

    private static final List<String> LOGINS = List.of(DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.HR,
            DemoLogins.EXECUTIVE, DemoLogins.ADMIN);

    /** Route → the logins that may open it. {@code {self}}, {@code {jonas}}, {@code {petra}} are people pages. */
    private static final Map<String, Set<String>> ROUTES = Map.ofEntries(
            Map.entry("", Set.copyOf(LOGINS)),
            Map.entry("team", Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)),
            Map.entry("admin/employees", Set.of(DemoLogins.HR, DemoLogins.ADMIN)),
            Map.entry("admin/employees/edit", Set.of(DemoLogins.HR, DemoLogins.ADMIN)),
            Map.entry("admin/employees/import", Set.of(DemoLogins.HR, DemoLogins.ADMIN)),
            Map.entry("admin/org", Set.of(DemoLogins.ADMIN)),
            Map.entry("admin/audit", Set.of(DemoLogins.ADMIN)),
            Map.entry("metrics", Set.copyOf(LOGINS)),
            Map.entry("metrics/catalog", Set.copyOf(LOGINS)),
            Map.entry("admin/activity/import", Set.of(DemoLogins.ADMIN)),
            Map.entry("admin/activity/imports", Set.of(DemoLogins.ADMIN)),
            Map.entry("admin/activity/api-keys", Set.of(DemoLogins.ADMIN)),
            Map.entry("admin/activity/sources", Set.of(DemoLogins.ADMIN)),
            Map.entry("admin/training/content", Set.of(DemoLogins.ADMIN)),
            Map.entry("admin/goals/thresholds", Set.of(DemoLogins.ADMIN)),
            Map.entry("training", Set.copyOf(LOGINS)),
            // managers (Michael leads the company too), HR and the program office; not Jonas
            Map.entry("training/compliance", Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)),
            Map.entry("notifications", Set.copyOf(LOGINS)),
            // the goal map: executives and the program office
            Map.entry("goals", Set.of(DemoLogins.EXECUTIVE, DemoLogins.ADMIN)),
            // a goal that does not exist: the same "not found" for everybody
            Map.entry("goals/0", Set.of()),
            // my targets of the goal cascade: everybody
            Map.entry("targets", Set.copyOf(LOGINS)),
            // team targets: managers (every demo login but Jonas leads someone)
            Map.entry("team/targets", Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)),
            // a module for everybody: assigned to every demo login
            Map.entry("training/crm-way-of-working/1", Set.copyOf(LOGINS)),
            // for managers and executives only (the other demo logins all lead someone): not assigned to Jonas
            Map.entry("training/leading-the-change/1",
                    Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)),
            // the quiz of an assigned module opens (saying the lessons come first); of another module it does not
            Map.entry("quiz/crm-way-of-working", Set.copyOf(LOGINS)),
            Map.entry("quiz/leading-the-change",
                    Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)),
            // the public certificate check
            Map.entry("verify/0000-0000-0000", Set.copyOf(LOGINS)),
            Map.entry("people/{self}", Set.copyOf(LOGINS)),
            // Jonas's profile: himself, his team lead, HR, the managing director above him, the program office.
            Map.entry("people/{jonas}", Set.copyOf(LOGINS)),
            // Sabine's profile: not for Jonas who reports to her.
            Map.entry("people/{sabine}", Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)),
            // Petra (HR) is in another line: neither Jonas nor Sabine may look at her.
            Map.entry("people/{petra}", Set.of(DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)),
            // incentive statements: everybody their own; HR's page for HR and the program office
            Map.entry("statements", Set.copyOf(LOGINS)),
            Map.entry("incentives/what-if", Set.copyOf(LOGINS)),
            Map.entry("incentives/statements", Set.of(DemoLogins.HR, DemoLogins.ADMIN)),
            // incentive plans: HR and the program office
            Map.entry("incentives/plans", Set.of(DemoLogins.HR, DemoLogins.ADMIN)),
            Map.entry("incentives/plans/0", Set.of()),
            // incentive runs: HR and the program office (a run that does not exist says so on its page)
            Map.entry("incentives/runs", Set.of(DemoLogins.HR, DemoLogins.ADMIN)),
            Map.entry("incentives/runs/0", Set.of(DemoLogins.HR, DemoLogins.ADMIN)),
            // the adoption index: my adoption for everybody, its settings for the program office
            Map.entry("adoption/me", Set.copyOf(LOGINS)),
            Map.entry("adoption/settings", Set.of(DemoLogins.ADMIN)));

    @Autowired
    EmployeeRepository employees;
    @Autowired
    EmployeeService employeeService;
    @Autowired
    MetricService metricService;
    @Autowired
    OrganizationService organization;
    @Autowired
    AuditService audit;
    @Autowired
    TrainingComplianceService compliance;
    @Autowired
    TrainingAssignmentService assignments;
    @Autowired
    app.uptake.goals.GoalService goalService;
    @Autowired
    app.uptake.goals.progress.GoalStatusThresholdService goalThresholds;
    @Autowired
    app.uptake.goals.GoalCascadeService goalCascadeService;
    @Autowired
    app.uptake.goals.TeamTargetService teamTargetService;
    @Autowired
    app.uptake.goals.progress.TargetProgressService targetProgress;
    @Autowired
    app.uptake.incentives.statement.StatementGenerationService statementGeneration;
    @Autowired
    app.uptake.incentives.statement.StatementInquiryService statementInquiries;
    @Autowired
    app.uptake.incentives.plan.IncentivePlanService incentivePlans;
    @Autowired
    app.uptake.goals.GoalReferences goalReferences;
    @Autowired
    app.uptake.incentives.run.IncentiveRunService incentiveRuns;
    @Autowired
    app.uptake.incentives.run.PublishedResults publishedResults;
    @Autowired
    app.uptake.adoption.AdoptionService adoptionService;
    @Autowired
    app.uptake.adoption.AdoptionSettingsService adoptionSettings;

    static Stream<Arguments> routeMatrix() {
        return ROUTES.entrySet().stream().flatMap(route -> LOGINS.stream()
                .map(login -> Arguments.of(route.getKey(), login, route.getValue().contains(login))));
    }

    @ParameterizedTest(name = "{1} opens /{0}: allowed={2}")
    @MethodSource("routeMatrix")
    void everyRouteForEveryRole(String route, String login, boolean allowed) {
        signInAs(login);
        String location = route.replace("{self}", id(login))
                .replace("{jonas}", id(DemoLogins.EMPLOYEE))
                .replace("{sabine}", id(DemoLogins.MANAGER))
                .replace("{petra}", id(DemoLogins.HR));
        navigate(location, Component.class);
        if (allowed) {
            assertThat(getCurrentView()).isNotInstanceOf(NotFoundView.class);
        } else {
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        }
    }

    private String id(String login) {
        return String.valueOf(employees.findByEmail(login).orElseThrow().getId());
    }

    private static ComplianceCsvLabels csvLabels() {
        Map<ComplianceState, String> states = new java.util.EnumMap<>(ComplianceState.class);
        for (ComplianceState state : ComplianceState.values()) {
            states.put(state, state.name());
        }
        return new ComplianceCsvLabels("Name", "Unit", "due", states);
    }

    static Stream<Arguments> serviceMatrix() {
        Map<String, Set<String>> calls = new java.util.HashMap<>(Map.of(
                "organization.create", Set.of(DemoLogins.ADMIN),
                "organization.headcount", Set.of(DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN),
                "employees.draft", Set.of(DemoLogins.HR, DemoLogins.ADMIN),
                "employees.managers", Set.of(DemoLogins.HR, DemoLogins.ADMIN),
                "audit.latest", Set.of(DemoLogins.ADMIN),
                "metrics.create", Set.of(DemoLogins.ADMIN),
                "compliance.page", Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN),
                "compliance.export", Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN),
                "training.assign", Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN)));
        calls.put("goals.map", Set.of(DemoLogins.EXECUTIVE, DemoLogins.ADMIN));
        calls.put("goals.create", Set.of(DemoLogins.EXECUTIVE, DemoLogins.ADMIN));
        calls.put("goals.progressProfile", Set.of(DemoLogins.EXECUTIVE, DemoLogins.ADMIN));
        calls.put("goalThresholds.update", Set.of(DemoLogins.ADMIN));
        calls.put("goalThresholds.current", Set.copyOf(LOGINS));
        // breakdowns: whoever may lead a unit (every demo login but Jonas has the manager role) and executives
        Set<String> leaders = Set.of(DemoLogins.MANAGER, DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN);
        calls.put("cascade.plan", leaders);
        calls.put("cascade.save", leaders);
        calls.put("cascade.myTargets", Set.copyOf(LOGINS));
        calls.put("teamTargets.list", leaders);
        calls.put("teamTargets.breakdown", leaders);
        // progress of goals: everybody signed in, narrowed to the goals and figures each may see
        calls.put("goalProgress.ofGoals", Set.copyOf(LOGINS));
        Set<String> hr = Set.of(DemoLogins.HR, DemoLogins.ADMIN);
        calls.put("statements.generate", hr);
        calls.put("statements.zip", hr);
        calls.put("statements.payroll", hr);
        calls.put("inquiries.page", hr);
        calls.put("inquiries.answer", hr);
        // incentive plans: HR and the program office
        calls.put("incentivePlans.list", Set.of(DemoLogins.HR, DemoLogins.ADMIN));
        calls.put("incentivePlans.saveVersion", Set.of(DemoLogins.HR, DemoLogins.ADMIN));
        calls.put("incentivePlans.addParticipation", Set.of(DemoLogins.HR, DemoLogins.ADMIN));
        calls.put("goalReferences.companyGoals", Set.of(DemoLogins.HR, DemoLogins.EXECUTIVE, DemoLogins.ADMIN));
        calls.put("incentiveRuns.runs", Set.of(DemoLogins.HR, DemoLogins.ADMIN));
        calls.put("incentiveRuns.start", Set.of(DemoLogins.HR, DemoLogins.ADMIN));
        calls.put("incentiveRuns.approve", Set.of(DemoLogins.HR, DemoLogins.ADMIN));
        calls.put("publishedResults.mine", Set.copyOf(LOGINS));
        // adoption: unit aggregates for leaders (narrowed to their line), a person's weeks for anybody (narrowed to
        // whom they may see), settings changed by the program office only
        calls.put("adoption.companyTrend", leaders);
        calls.put("adoption.employeeHistory", Set.copyOf(LOGINS));
        calls.put("adoption.mine", Set.copyOf(LOGINS));
        calls.put("adoptionSettings.update", Set.of(DemoLogins.ADMIN));
        return calls.entrySet().stream().flatMap(call -> LOGINS.stream()
                .map(login -> Arguments.of(call.getKey(), login, call.getValue().contains(login))));
    }

    @ParameterizedTest(name = "{1} calls {0}: allowed={2}")
    @MethodSource("serviceMatrix")
    void everySecuredServiceForEveryRole(String call, String login, boolean allowed) {
        signInAs(login);
        Map<String, Consumer<Void>> calls = new java.util.HashMap<>(Map.of(
                // An invalid kind below nothing: an allowed caller gets a rule violation, not a denial.
                "organization.create", v -> organization.create(null, "X", "X", OrgUnitKind.TEAM),
                "organization.headcount", v -> organization.headcountBelow(null),
                "employees.draft", v -> employeeService.newDraft(),
                "employees.managers", v -> employeeService.searchManagers("a", 0, 5),
                "audit.latest", v -> audit.latest(new OffsetLimit(0, 10)),
                // An invalid code: an allowed caller gets a rule violation.
                "metrics.create", v -> metricService.create(new MetricDraft("x", null, null, null, null, null, null, null, null)),
                "compliance.page", v -> compliance.page(ComplianceFilter.none(), 0, 5),
                // an empty search: nobody is written, but the call is audited
                "compliance.export", v -> compliance.exportCsv(ComplianceFilter.none().withText("no such name"),
                        java.util.Locale.ENGLISH, csvLabels(), java.io.OutputStream.nullOutputStream()),
                // nobody chosen: an allowed caller gets a rule violation
                "training.assign", v -> assignments.assign(List.of(), "crm-way-of-working", null)));
        calls.put("goals.map", v -> goalService.companyGoals(2026, null, 0, 10));
        // no title: an allowed caller gets a rule violation
        calls.put("goals.create", v -> goalService.create(new app.uptake.goals.GoalDraft(2099, null, null, "", "", null,
                null, null, null, null, null, null, null)));
        // no such goal: an allowed caller gets a rule violation
        calls.put("goals.progressProfile", v -> goalService.setProgressProfile(0, app.uptake.goals.progress.ProgressProfile.LINEAR));
        // on track not above at risk: an allowed caller gets a rule violation, nothing is changed
        calls.put("goalThresholds.update", v -> goalThresholds.update(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN));
        calls.put("goalThresholds.current", v -> goalThresholds.current());
        // no such goal: an allowed caller gets a rule violation
        calls.put("cascade.plan", v -> goalCascadeService.plan(0));
        calls.put("cascade.save", v -> goalCascadeService.save(0, null, Map.of(), null));
        calls.put("cascade.myTargets", v -> goalCascadeService.myTargets());
        calls.put("teamTargets.list", v -> teamTargetService.unitTargets(2026, 0, 10));
        // no such goal: an allowed caller gets a rule violation
        calls.put("teamTargets.breakdown", v -> teamTargetService.breakdown(0, 0, 10));
        calls.put("goalProgress.ofGoals", v -> targetProgress.ofGoals(List.of(0L)));
        // no such published run / question: an allowed caller gets a rule violation
        calls.put("statements.generate", v -> statementGeneration.start(0));
        calls.put("statements.zip", v -> statementGeneration.writeZip(0, java.io.OutputStream.nullOutputStream()));
        calls.put("statements.payroll", v -> statementGeneration.writePayroll(0, java.io.OutputStream.nullOutputStream()));
        calls.put("inquiries.page", v -> statementInquiries.page(true, 0, 5));
        calls.put("inquiries.answer", v -> statementInquiries.answer(0, "x", null));
        calls.put("incentivePlans.list", v -> incentivePlans.list("", 0, 10));
        // no such plan: an allowed caller gets a rule violation
        calls.put("incentivePlans.saveVersion", v -> incentivePlans.saveVersion(0,
                new app.uptake.incentives.plan.VersionDraft(null, null, List.of(), List.of(), null)));
        calls.put("incentivePlans.addParticipation", v -> incentivePlans.addParticipation(0,
                new app.uptake.incentives.plan.ParticipationDraft(null, null, null, null, null)));
        calls.put("goalReferences.companyGoals", v -> goalReferences.companyGoals());
        calls.put("incentiveRuns.runs", v -> incentiveRuns.runs(0, 10));
        // no such plan (or no plans installed): an allowed caller gets a rule violation
        calls.put("incentiveRuns.start", v -> incentiveRuns.start(0, new app.uptake.shared.DateRange(
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 31))));
        // no such run: an allowed caller gets a rule violation
        calls.put("incentiveRuns.approve", v -> incentiveRuns.approve(0));
        calls.put("publishedResults.mine", v -> publishedResults.mine());
        calls.put("adoption.companyTrend", v -> adoptionService.companyTrend(4));
        // no such person: an allowed caller gets a rule violation
        calls.put("adoption.employeeHistory", v -> adoptionService.employeeHistory(0, 4));
        calls.put("adoption.mine", v -> adoptionService.mine(4));
        // weights not adding up to 100 %: an allowed caller gets a rule violation, nothing is changed
        calls.put("adoptionSettings.update", v -> adoptionSettings.update(new app.uptake.adoption.AdoptionSettings(
                new app.uptake.adoption.AdoptionWeights(Map.of()), Map.of(), 5, false, false)));
        if (allowed) {
            assertThatCode(() -> {
                try {
                    calls.get(call).accept(null);
                } catch (app.uptake.shared.BusinessRuleException expected) {
                    // allowed in, stopped by a business rule
                }
            }).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> calls.get(call).accept(null)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void listsAreNarrowedToWhatTheCallerMaySee() {
        signInAs(DemoLogins.EMPLOYEE);
        assertThat(employeeService.count(EmployeeFilter.none())).isEqualTo(1);
        assertThat(employeeService.list(EmployeeFilter.none(), new OffsetLimit(0, 50)))
                .extracting(e -> e.email()).containsExactly(DemoLogins.EMPLOYEE);
        signInAs(DemoLogins.HR);
        assertThat(employeeService.count(EmployeeFilter.none())).isGreaterThan(200);
    }

    @Test
    void anonymousVisitorsReachOnlyTheCertificateCheck() {
        navigate("verify/0000-0000-0000", Component.class);
        assertThat(getCurrentView()).isInstanceOf(app.uptake.training.ui.CertificateVerificationView.class);
        for (String route : List.of("training", "quiz/crm-way-of-working", "training/crm-way-of-working/1")) {
            navigate(route, Component.class);
            assertThat(getCurrentView()).as(route).isNotInstanceOfAny(app.uptake.training.ui.MyTrainingView.class,
                    app.uptake.training.ui.QuizView.class, app.uptake.training.ui.LessonView.class);
        }
    }

    @Test
    void servicesRefuseAnonymousCallers() {
        assertThatThrownBy(() -> employeeService.count(EmployeeFilter.none()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> targetProgress.ofGoals(List.of(0L)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
