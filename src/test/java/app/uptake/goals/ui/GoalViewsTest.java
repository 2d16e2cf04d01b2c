package app.uptake.goals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalDraft;
import app.uptake.goals.GoalService;
import app.uptake.goals.TargetDirection;
import app.uptake.metrics.MetricService;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The goal map, the editor and the goal page, on the demo company's activity (next fiscal year's goals). */
class GoalViewsTest extends UiTest {

    @Autowired
    GoalService goals;
    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    OrganizationService organization;
    @Autowired
    MetricService metrics;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeGoals() {
        jdbc.update("delete from notification where kind = 'GOAL_CONFIRM'");
        jdbc.update("delete from goal_revision where goal_id in (select id from goal where title_en like 'View test%')");
        jdbc.update("delete from goal_stakeholder where goal_id in (select id from goal where title_en like 'View test%')");
        jdbc.update("delete from goal where title_en like 'View test%'");
    }

    private long sabine() {
        return jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.MANAGER);
    }

    private long companyGoal() {
        signInAs(DemoLogins.ADMIN);
        long company = organization.children(null).getFirst().id();
        BigDecimal baseline = goals.preview(fiscal.currentFiscalYear() + 1, null, company, "ACTIVITIES_PER_WEEK")
                .baseline().value();
        return goals.create(new GoalDraft(fiscal.currentFiscalYear() + 1, null, company, "View test goal",
                "View-Testziel", "ACTIVITIES_PER_WEEK", null, baseline.add(BigDecimal.ONE), TargetDirection.INCREASE,
                new BigDecimal("1"), sabine(), "More CRM use.", null));
    }

    @Test
    void theExecutiveDraftsAGoalInTheEditorSeeingTheBaselineAndFieldErrors() {
        signInAs(DemoLogins.EXECUTIVE);
        navigate(GoalMapView.class);
        test($(com.vaadin.flow.component.select.Select.class).id("goals-year")).selectItem("FY " + (fiscal.currentFiscalYear() + 1));
        test($(Button.class).id("goals-new")).click();
        GoalEditorDialog editor = $(GoalEditorDialog.class).single();
        editor.year.setValue(fiscal.currentFiscalYear() + 1);
        editor.scope.setValue(organization.children(null).getFirst());
        editor.metric.setValue(metrics.find("CASE_RESOLUTION_HOURS").orElseThrow());
        // the metric's direction is proposed, and the baseline shown with definition and coverage
        assertThat(editor.direction.getValue()).isEqualTo(TargetDirection.DECREASE);
        assertThat($(Span.class).id("goal-baseline-value").getText()).startsWith("Baseline: ");
        assertThat($(Paragraph.class).id("goal-coverage").getText()).startsWith("Data coverage: ");
        assertThat($(Paragraph.class).id("goal-method").getText()).isNotBlank();

        editor.titleEn.setValue("View test goal");
        editor.titleDe.setValue("View-Testziel");
        editor.target.setValue("fast");
        editor.weight.setValue("1");
        editor.owner.setValue(new GoalEditorDialog.Owner(sabine(), "Sabine Krüger"));
        test($(Button.class).id("goal-save")).click();
        assertThat(editor.target.isInvalid()).isTrue();
        assertThat(editor.target.getErrorMessage()).isEqualTo("Enter a number, such as 12.5.");

        editor.direction.setValue(TargetDirection.INCREASE);
        editor.target.setValue("1");
        test($(Button.class).id("goal-save")).click();
        assertThat(editor.direction.isInvalid()).isTrue();
        assertThat(editor.direction.getErrorMessage())
                .isEqualTo("Lower is better for CASE_RESOLUTION_HOURS: a goal on it must decrease it.");

        editor.direction.setValue(TargetDirection.DECREASE);
        test($(Button.class).id("goal-save")).click();
        assertThat(editor.isOpened()).isFalse();
        TreeGrid<?> tree = $(TreeGrid.class).id("goals-tree");
        assertThat(test(tree).size()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from goal where title_en = 'View test goal'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theOwnerConfirmsOnTheGoalPageAndTheAdminActivates() {
        long id = companyGoal();
        signInAs(DemoLogins.MANAGER);
        navigate("goals/" + id, GoalDetailView.class);
        assertThat($(Span.class).id("goal-confirmation").getText()).isEqualTo("Not yet confirmed by the owner, Sabine Krüger");
        assertThat($(Button.class).withId("goal-activate").exists()).isFalse();
        assertThat($(Paragraph.class).id("goal-definition").getText()).isNotBlank();
        test($(Button.class).id("goal-confirm")).click();
        assertThat($(Span.class).id("goal-confirmation").getText()).startsWith("Definition and baseline confirmed by Sabine Krüger");

        signInAs(DemoLogins.ADMIN);
        navigate("goals/" + id, GoalDetailView.class);
        assertThat($(Button.class).withId("goal-confirm").exists()).isFalse();
        test($(Button.class).id("goal-activate")).click();
        assertThat($(Span.class).id("goal-status").getText()).isEqualTo("Active");
        assertThat($(Paragraph.class).id("goal-no-revisions").getText()).isEqualTo("No changes since the goal was drafted.");
    }

    @Test
    void theAdminCannotActivateAnUnconfirmedGoalAndOthersDoNotSeeIt() {
        long id = companyGoal();
        navigate("goals/" + id, GoalDetailView.class);
        test($(Button.class).id("goal-activate")).click();
        assertThat($(Span.class).id("goal-status").getText()).isEqualTo("Draft");

        signInAs(DemoLogins.EMPLOYEE);
        navigate("goals/" + id, Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("goals", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theGoalMapShowsTheYearsGoalsWithBaselineTargetAndChange() {
        long id = companyGoal();
        signInAs(DemoLogins.EXECUTIVE);
        navigate(GoalMapView.class);
        test($(com.vaadin.flow.component.select.Select.class).id("goals-year")).selectItem("FY " + (fiscal.currentFiscalYear() + 1));
        @SuppressWarnings("unchecked")
        TreeGrid<GoalMapView.Row> tree = $(TreeGrid.class).id("goals-tree");
        app.uptake.goals.GoalSummary row = null;
        for (int i = 0; i < test(tree).size(); i++) {
            if (test(tree).getRow(i).goal().id() == id) {
                row = test(tree).getRow(i).goal();
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.change()).isEqualByComparingTo("1");
        assertThat($(Span.class).id("goals-weights").getText()).startsWith("Weights of FY " + (fiscal.currentFiscalYear() + 1));
        test(tree).clickRow(test(tree).size() - 1);
        assertThat(getCurrentView()).isInstanceOf(GoalDetailView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerKeepsTheGoalsStakeholdersOnTheGoalPage() {
        long goal = companyGoal();
        signInAs(DemoLogins.MANAGER);
        navigate("goals/" + goal, GoalDetailView.class);
        assertThat($(Paragraph.class).id("stakeholders-empty").isVisible()).isTrue();

        test($(Button.class).id("stakeholder-add")).click();
        test($(Button.class).id("stakeholder-save")).click();
        com.vaadin.flow.component.combobox.ComboBox<StakeholderPanel.Person> person =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("stakeholder-person");
        assertThat(person.isInvalid()).isTrue();
        assertThat(person.getErrorMessage()).isEqualTo("Choose the person.");

        long jonas = jdbc.queryForObject("select id from employee where email = ?", Long.class, DemoLogins.EMPLOYEE);
        person.setValue(new StakeholderPanel.Person(jonas, "Jonas Becker"));
        ((com.vaadin.flow.component.select.Select<app.uptake.goals.StakeholderStance>) $(
                com.vaadin.flow.component.select.Select.class).id("stakeholder-stance"))
                .setValue(app.uptake.goals.StakeholderStance.SCEPTIC);
        ((com.vaadin.flow.component.select.Select<app.uptake.goals.StakeholderInfluence>) $(
                com.vaadin.flow.component.select.Select.class).id("stakeholder-influence"))
                .setValue(app.uptake.goals.StakeholderInfluence.HIGH);
        test($(Button.class).id("stakeholder-save")).click();

        com.vaadin.flow.component.grid.Grid<app.uptake.goals.Stakeholder> grid =
                $(com.vaadin.flow.component.grid.Grid.class).id("stakeholder-grid");
        assertThat(grid.isVisible()).isTrue();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Jonas Becker");
        assertThat(test(grid).getRow(0).stance()).isEqualTo(app.uptake.goals.StakeholderStance.SCEPTIC);
    }
}
