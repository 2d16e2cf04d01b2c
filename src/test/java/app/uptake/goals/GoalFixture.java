package app.uptake.goals;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.internal.TestActivity;
import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.Formula;
import app.uptake.metrics.Measure;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricDraft;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.MetricUnit;
import app.uptake.metrics.ProcessSegment;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.LocalizedText;
import app.uptake.support.TestPeople;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A division made for one test with two people, Anna (three calls on two days of the baseline year) and Ben (none),
 * and a metric that counts calls, so baselines and coverage can be worked out by hand. {@link #remove()} deletes it
 * all again, with the goals drafted on it.
 */
final class GoalFixture {

    static final String CALLS = "GOALTEST_CALLS";

    final long unitId;
    final TestPeople.Person anna;
    final TestPeople.Person ben;
    private final JdbcTemplate jdbc;
    private final TestPeople people;

    /** Signed in as admin. */
    GoalFixture(ApplicationContext context, LocalDate baselineYearStart) {
        jdbc = context.getBean(JdbcTemplate.class);
        people = new TestPeople(jdbc);
        MetricService metrics = context.getBean(MetricService.class);
        if (metrics.find(CALLS).isEmpty()) {
            metrics.create(new MetricDraft(CALLS, new LocalizedText("Calls (test)", "Anrufe (Test)"),
                    new LocalizedText("Calls made.", "Geführte Anrufe."), new LocalizedText("Counts calls.", "Zählt Anrufe."),
                    MetricUnit.COUNT, MetricDirection.HIGHER, ProcessSegment.RELATIONSHIP_MANAGEMENT, "Test",
                    Formula.total(Measure.count(Set.of(ActivityType.CALL)))));
        }
        OrganizationService organization = context.getBean(OrganizationService.class);
        long company = organization.children(null).getFirst().id();
        unitId = organization.create(company, "GT-" + UUID.randomUUID().toString().substring(0, 8), "Goal test division",
                OrgUnitKind.DIVISION).id();
        anna = people.employee("Anna", "Goal", "en", null, null);
        ben = people.employee("Ben", "Goal", "en", null, null);
        jdbc.update("update employee set org_unit_id = ? where id in (?, ?)", unitId, anna.id(), ben.id());
        TestActivity activity = new TestActivity(context);
        long source = activity.source("GOALTEST");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        String prefix = "gt-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        activity.ingest(source,
                ActivityEventInput.simple(prefix + 1, anna.email(), ActivityType.CALL,
                        baselineYearStart.plusDays(1).atTime(10, 0).atZone(berlin).toInstant()),
                ActivityEventInput.simple(prefix + 2, anna.email(), ActivityType.CALL,
                        baselineYearStart.plusDays(1).atTime(11, 0).atZone(berlin).toInstant()),
                ActivityEventInput.simple(prefix + 3, anna.email(), ActivityType.CALL,
                        baselineYearStart.plusDays(2).atTime(9, 0).atZone(berlin).toInstant()));
    }

    /** An empty division: no people, so no data. */
    long emptyUnit(ApplicationContext context) {
        OrganizationService organization = context.getBean(OrganizationService.class);
        return organization.create(unitId, "GT-" + UUID.randomUUID().toString().substring(0, 8), "Empty test department",
                OrgUnitKind.DEPARTMENT).id();
    }

    static GoalDraft draft(int fiscalYear, long unitId, String metric, String target, TargetDirection direction,
            String weight, long ownerId) {
        return new GoalDraft(fiscalYear, null, unitId, "Test goal", "Testziel", metric, null,
                target == null ? null : new BigDecimal(target), direction, weight == null ? null : new BigDecimal(weight),
                ownerId, "Because we can.", null);
    }

    void remove() {
        jdbc.update("delete from notification where kind = 'GOAL_CONFIRM'");
        jdbc.update("delete from goal_revision where goal_id in (select id from goal where title_en like 'Test %')");
        jdbc.update("delete from goal_stakeholder where goal_id in (select id from goal where title_en like 'Test %')");
        jdbc.update("update goal set parent_id = null where title_en like 'Test %'");
        jdbc.update("delete from goal where title_en like 'Test %'");
        for (long id : new long[] {anna.id(), ben.id()}) {
            jdbc.update("delete from metric_daily where employee_id = ?", id);
            jdbc.update("delete from activity_event where employee_id = ?", id);
        }
        people.removeAll();
        jdbc.update("delete from org_unit where parent_id = ?", unitId);
        jdbc.update("delete from org_unit where id = ?", unitId);
    }
}
