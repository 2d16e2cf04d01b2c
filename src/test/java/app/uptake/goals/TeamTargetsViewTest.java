package app.uptake.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.goals.allocation.AllocationStrategy;
import app.uptake.goals.ui.TeamTargetsView;
import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Team targets page on the cascade test division: a company goal of next fiscal year shared equally between
 * "Cascade one" (Max's department) and "Cascade two". Max sees his department's share, breaks it down from the page
 * and follows it to his people; the other department's share never shows, and editing it is refused.
 */
class TeamTargetsViewTest extends UiTest {

    @Autowired
    GoalService goals;
    @Autowired
    GoalCascadeService cascade;
    @Autowired
    FiscalCalendar fiscal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    CascadeFixture fixture;
    int year;
    long goal;
    long one;
    long two;

    @BeforeEach
    void breakDownToDepartments() {
        signInAs(DemoLogins.ADMIN);
        NextYearBreakdown breakdown = new NextYearBreakdown(context);
        fixture = breakdown.fixture;
        year = breakdown.year;
        goal = breakdown.goal;
        one = breakdown.one;
        two = breakdown.two;
    }

    @AfterEach
    void removeDivision() {
        signInAs(DemoLogins.ADMIN);
        fixture.remove();
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<TeamTarget> tree() {
        return $(TreeGrid.class).id("team-targets-tree");
    }

    /** The goal ids of the rows shown, expanded rows with their children. */
    private List<Long> shownIds() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < test(tree()).size(); i++) {
            ids.add(test(tree()).getRow(i).goal().id());
        }
        return ids;
    }

    private int rowOf(long goalId) {
        return shownIds().indexOf(goalId);
    }

    private void openNextYear() {
        signInAs(fixture.max.email());
        navigate(TeamTargetsView.class);
        test($(Select.class).id("team-targets-year")).selectItem("FY " + year);
    }

    @Test
    void aManagerSeesHisDepartmentsShareBreaksItDownAndFollowsItToHisPeople() {
        signInAs(fixture.max.email());
        navigate(TeamTargetsView.class);
        assertThat($(Span.class).id("team-targets-unit").getText()).isEqualTo("Your unit: Cascade one");
        // this year nothing is set for the department
        assertThat($(Paragraph.class).id("team-targets-empty").getText()).isEqualTo("No goals of FY "
                + fiscal.currentFiscalYear() + " have been set for Cascade one or handed down to it yet. When a goal "
                + "is broken down to your unit, its share appears here and you can break it down to your team.");
        assertThat($(TreeGrid.class).withId("team-targets-tree").exists()).isFalse();

        test($(Select.class).id("team-targets-year")).selectItem("FY " + year);
        assertThat($(Paragraph.class).withId("team-targets-empty").exists()).isFalse();
        assertThat(shownIds()).containsExactly(one);
        assertThat(test(tree()).getCellText(0, test(tree()).getColumnPosition("baseline"))).isEqualTo("3.0");
        assertThat(test(tree()).getCellText(0, test(tree()).getColumnPosition("target"))).isEqualTo("10.0");
        assertThat(test(tree()).getCellText(0, test(tree()).getColumnPosition("change"))).isEqualTo("+7.0 (+233.3 %)");
        assertThat(test(tree()).getCellText(0, test(tree()).getColumnPosition("weight"))).isEqualTo("10.0 %");
        // next year's share has not started: nothing to attain yet
        assertThat(((Span) test(tree()).getCellComponent(0, "progress")).getText()).isEqualTo("Not started");

        Button breakDown = (Button) test(tree()).getCellComponent(0, "breakdown");
        assertThat(breakDown.getId()).hasValue("team-breakdown-" + one);
        breakDown.click();
        assertThat($(Dialog.class).id("breakdown-editor").isOpened()).isTrue();
        test($(Button.class).id("breakdown-save")).click();
        // saved and refreshed: the share now has Max's three people below it
        assertThat(test(tree()).getRow(0).goal().childCount()).isEqualTo(3);
        tree().expand(test(tree()).getRow(0));
        assertThat(shownIds()).hasSize(4).startsWith(one);
        int anna = -1;
        for (int i = 1; i < 4; i++) {
            if (test(tree()).getRow(i).goal().scopeName().equals("Anna Goal")) {
                anna = i;
            }
            // people's targets are not broken down further: no button
            assertThat(test(tree()).getCellComponent(i, "breakdown")).isNotInstanceOf(Button.class);
        }
        assertThat(anna).isPositive();
        assertThat(test(tree()).getCellText(anna, test(tree()).getColumnPosition("baseline"))).isEqualTo("3.0");
        assertThat(cascade.breakdown(one)).hasSize(3);
    }

    @Test
    void aManagerTriesToEditAnotherTeamAndIsRefused() {
        // Max even owns the other department's share; it is still not his team's to break down
        jdbc.update("update goal set owner_id = ? where id = ?", fixture.max.id(), two);
        openNextYear();
        assertThat(shownIds()).containsExactly(one).doesNotContain(two, goal);
        assertThat(test(tree()).getCellComponent(0, "breakdown").getId()).hasValue("team-breakdown-" + one);

        // the service says no to the other department's share, in so many words, and saves nothing
        assertThatThrownBy(() -> cascade.save(two, AllocationStrategy.MANUAL,
                Map.of("employee-" + fixture.goals.ben.id(), BigDecimal.TEN), null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("goals.cascade.outsideSubtree"));

        // the page is open while the share is handed to the other department: its button now meets a refusal
        Button stale = (Button) test(tree()).getCellComponent(0, "breakdown");
        signInAs(DemoLogins.ADMIN);
        jdbc.update("update goal set org_unit_id = ? where id = ?", fixture.two, one);
        signInAs(fixture.max.email());
        stale.click();
        assertThat($(Dialog.class).withId("breakdown-editor").exists()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("You can change only the breakdown of the "
                + "targets of the unit you lead and of the units below it.");
        signInAs(DemoLogins.ADMIN);
        jdbc.update("update goal set org_unit_id = ? where id = ?", fixture.one, one);
        assertThat(cascade.breakdown(one)).isEmpty();
        assertThat(cascade.breakdown(two)).isEmpty();
    }

    @Test
    void theEmptyPageExplainsItselfInGermanToAManagerWhoLeadsNoUnit() {
        // Anna reports to Max inside his department: a manager by role, heading no unit
        jdbc.update("insert into user_account_role (account_id, role) select id, 'MANAGER' from user_account "
                + "where employee_id = ?", fixture.goals.anna.id());
        signInAs(fixture.goals.anna.email());
        // the first page of a session applies the account's language (Anna's is English); then she switches
        navigate(app.uptake.organization.ui.HomeView.class);
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(TeamTargetsView.class);
        assertThat($(Span.class).id("team-targets-unit").getText()).isEqualTo("Sie leiten keine Einheit.");
        assertThat($(Paragraph.class).id("team-targets-empty").getText()).startsWith("Laut den Berichtslinien leiten "
                + "Sie keine Organisationseinheit");
        assertThat($(TreeGrid.class).withId("team-targets-tree").exists()).isFalse();

        signInAs(fixture.goals.anna.email());
        jdbc.update("delete from user_account_role where role = 'MANAGER' and account_id = (select id from "
                + "user_account where employee_id = ?)", fixture.goals.anna.id());
        signInAs(fixture.goals.anna.email());
        navigate("team/targets", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(TeamTargetsView.class);
    }
}
