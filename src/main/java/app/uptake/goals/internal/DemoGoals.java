package app.uptake.goals.internal;

import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalCascadeService;
import app.uptake.goals.GoalDraft;
import app.uptake.goals.GoalScope;
import app.uptake.goals.GoalService;
import app.uptake.goals.GoalSummary;
import app.uptake.goals.TargetDirection;
import app.uptake.goals.allocation.Allocation;
import app.uptake.goals.allocation.AllocationStrategy;
import app.uptake.organization.CurrentUserService;
import app.uptake.organization.DemoActors;
import app.uptake.organization.DemoActors.Login;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the demo company a goal map for the current fiscal year on the first start, made through the goal service
 * as people would make it: the program office drafts four company goals on measured baselines, the managing
 * director confirms and the program office activates two of them, one waits for activation and one for its
 * owner's confirmation (whose notification is in the bell). The active goals are then handed down the demo team
 * lead's line: the program office breaks each down to the divisions, to Sales' departments and to Field Sales South's
 * teams, and the team lead breaks her team's share down to her people, so Team targets and My targets have figures.
 * Nothing here may stop the application from starting.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("uptake.demo.enabled")
class DemoGoals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGoals.class);

    private record Plan(String titleEn, String titleDe, String metric, TargetDirection direction, String change,
            boolean relative, String weight, Login owner, boolean confirm, boolean activate, String rationale) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("Every customer contact in the CRM", "Jeder Kundenkontakt im CRM", "ACTIVITIES_PER_WEEK",
                    TargetDirection.INCREASE, "0.15", true, "30", Login.EXECUTIVE, true, true,
                    "Customer knowledge belongs to the company: what is not logged cannot be followed up."),
            new Plan("Win more of what we pursue", "Mehr von dem gewinnen, was wir verfolgen", "WIN_RATE",
                    TargetDirection.INCREASE, "3", false, "25", Login.EXECUTIVE, true, true,
                    "Qualified opportunities with decision makers involved close more often."),
            new Plan("Complete customer data", "Vollständige Kundendaten", "DATA_COMPLETENESS",
                    TargetDirection.INCREASE, "5", false, "20", Login.ADMIN, true, false,
                    "Segments, service levels and campaigns rely on complete key fields."),
            new Plan("Faster answers for our customers", "Schnellere Antworten für unsere Kunden",
                    "CASE_RESOLUTION_HOURS", TargetDirection.DECREASE, "-0.10", true, "15", Login.ADMIN, false, false,
                    "Service quality is what customers remember; faster resolution keeps them."));

    private final GoalService goals;
    private final FiscalCalendar fiscal;
    private final OrganizationService organization;
    private final CurrentUserService users;
    private final DemoActors actors;
    private final JdbcTemplate jdbc;
    private final GoalCascadeService cascade;
    private final EmployeeDirectory directory;

    DemoGoals(GoalService goals, FiscalCalendar fiscal, OrganizationService organization, CurrentUserService users,
            DemoActors actors, JdbcTemplate jdbc, GoalCascadeService cascade, EmployeeDirectory directory) {
        this.goals = goals;
        this.cascade = cascade;
        this.directory = directory;
        this.fiscal = fiscal;
        this.organization = organization;
        this.users = users;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from goal", Integer.class);
        if (existing == null || existing > 0) {
            return;
        }
        int year = fiscal.currentFiscalYear();
        List<Long> made = new ArrayList<>();
        for (Plan plan : PLANS) {
            try {
                long owner = actors.as(plan.owner(), () -> users.require().employeeId());
                long id = actors.as(Login.ADMIN, () -> draft(plan, year, owner));
                if (plan.confirm()) {
                    actors.as(plan.owner(), () -> {
                        goals.confirm(id);
                        return id;
                    });
                }
                if (plan.activate()) {
                    actors.as(Login.ADMIN, () -> {
                        goals.activate(id);
                        return id;
                    });
                    try {
                        cascadeToDemoTeam(id);
                    } catch (RuntimeException e) {
                        log.warn("Demo goal '{}' not broken down: {}", plan.titleEn(), e.getMessage());
                    }
                }
                made.add(id);
            } catch (RuntimeException e) {
                log.warn("Demo goal '{}' not made: {}", plan.titleEn(), e.getMessage());
            }
        }
        log.info("Demo goal map for FY {}: {} company goals", year, made.size());
    }

    /** Breaks the goal down level by level along the line from the company to the demo team lead's team. */
    private void cascadeToDemoTeam(long goalId) {
        long lead = actors.as(Login.MANAGER, () -> users.require().employeeId());
        List<Long> line = new ArrayList<>();
        for (Long unit = directory.of(List.of(lead)).getFirst().orgUnitId(); unit != null; ) {
            line.addFirst(unit);
            long id = unit;
            unit = actors.as(Login.ADMIN, () -> organization.find(id).map(OrgUnit::parentId).orElse(null));
        }
        long goal = goalId;
        for (Long next : line.subList(1, line.size())) {
            long parent = goal;
            goal = actors.as(Login.ADMIN, () -> breakDown(parent, next));
        }
        long team = goal;
        actors.as(Login.MANAGER, () -> breakDown(team, null));
    }

    /**
     * Breaks the goal down in proportion to its parts' baselines, or equally when a part has no positive baseline to
     * go by (a rate scaled from zero would be a target of zero), and returns the share of the unit {@code next}.
     */
    private long breakDown(long goalId, Long next) {
        var plan = cascade.plan(goalId);
        boolean baselines = plan.children().stream()
                .allMatch(c -> c.baselineValue() != null && c.baselineValue().signum() > 0);
        Allocation allocation = cascade.allocate(plan,
                baselines ? AllocationStrategy.PROPORTIONAL_TO_BASELINE : AllocationStrategy.EQUAL);
        cascade.save(goalId, allocation.strategy(), allocation.targetsById(), null);
        if (next == null) {
            return goalId;
        }
        return cascade.breakdown(goalId).stream()
                .filter(c -> c.scope() instanceof GoalScope.OrgUnit u && u.orgUnitId() == next)
                .map(GoalSummary::id).findFirst().orElseThrow();
    }

    private long draft(Plan plan, int year, long owner) {
        long company = organization.children(null).getFirst().id();
        BigDecimal baseline = goals.preview(year, null, company, plan.metric()).baseline().value();
        BigDecimal change = new BigDecimal(plan.change());
        BigDecimal target = (plan.relative() ? baseline.add(baseline.multiply(change)) : baseline.add(change))
                .setScale(1, plan.direction() == TargetDirection.INCREASE ? RoundingMode.CEILING : RoundingMode.FLOOR);
        return goals.create(new GoalDraft(year, null, company, plan.titleEn(), plan.titleDe(), plan.metric(), null, target,
                plan.direction(), new BigDecimal(plan.weight()), owner, plan.rationale(), null));
    }
}
