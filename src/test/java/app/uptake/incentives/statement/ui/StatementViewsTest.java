package app.uptake.incentives.statement.ui;

import static app.uptake.incentives.statement.FixturePublishedRuns.PRIVATE;
import static app.uptake.incentives.statement.FixturePublishedRuns.SHARED;
import static app.uptake.incentives.statement.FixturePublishedRuns.statementId;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.statement.FixturePublishedRuns;
import app.uptake.incentives.statement.Inquiry;
import app.uptake.incentives.statement.LineTotal;
import app.uptake.incentives.statement.MyStatement;
import app.uptake.incentives.statement.PublishedRun;
import app.uptake.incentives.statement.StatementGenerationService;
import app.uptake.incentives.statement.StatementGenerationService.RunStatements;
import app.uptake.incentives.statement.StatementLine;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My statements and HR's statements page on the fixture's published runs. */
class StatementViewsTest extends UiTest {

    @Autowired
    StatementGenerationService generation;
    @Autowired
    FixturePublishedRuns runs;

    long employee;

    @BeforeEach
    void generated() {
        employee = runs.employeeId(DemoLogins.EMPLOYEE);
        signInAs(DemoLogins.HR);
        FixturePublishedRuns.awaitGenerated(generation, SHARED);
        signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmployeeDownloadsTheirStatementAndAsksAboutALine() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(MyStatementsView.class);
        Grid<MyStatement> statements = $(Grid.class).id("statements-grid");
        assertThat(test(statements).getRow(0).runId()).isEqualTo(SHARED);
        assertThat(test(statements).getCellText(0, 0)).isEqualTo("Sales 2025");
        assertThat(test(statements).getCellText(0, 1)).isEqualTo("Q1 2025");
        String id = statementId(SHARED, employee);
        Component actions = test(statements).getCellComponent(0, 4);
        assertThat(find(actions, "download-" + id, Anchor.class).getHref()).isNotBlank();
        assertThat($(ComboBox.class).withId("team-run").exists()).isFalse();

        test(find(actions, "ask-" + id, Button.class)).click();
        Select<StatementLine> line = $(Select.class).id("inquiry-line");
        TextArea question = $(TextArea.class).id("inquiry-question");
        line.setValue(line.getListDataView().getItems().filter(l -> l.code().equals("WIN_RATE")).findFirst().orElseThrow());
        test($(Button.class).id("inquiry-send")).click();
        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).isEqualTo("Write your question.");

        question.setValue("Was the deal with Müller counted?");
        test($(Button.class).id("inquiry-send")).click();
        Grid<Inquiry> mine = $(Grid.class).id("my-inquiries");
        assertThat(test(mine).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(mine).getCellText(0, 1)).isEqualTo("Win rate");
        assertThat(test(mine).getCellText(0, 2)).isEqualTo("Was the deal with Müller counted?");
        assertThat(test(mine).getCellText(0, 3)).isEqualTo("Open: HR has not answered yet");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerSeesTheLineTotalsOfARunThatSharesThem() {
        signInAs(DemoLogins.MANAGER);
        navigate(MyStatementsView.class);
        ComboBox<PublishedRun> run = $(ComboBox.class).id("team-run");
        assertThat(run.getListDataView().getItems().map(PublishedRun::runId)).contains(SHARED).doesNotContain(PRIVATE);
        run.setValue(run.getListDataView().getItems().filter(r -> r.runId() == SHARED).findFirst().orElseThrow());
        Grid<LineTotal> totals = $(Grid.class).id("team-totals");
        assertThat(test(totals).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(totals).getCellText(0, 1)).startsWith("€");
    }

    @Test
    @SuppressWarnings("unchecked")
    void hrGeneratesDownloadsAndAnswers() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate(MyStatementsView.class);
        Component actions = test((Grid<MyStatement>) $(Grid.class).id("statements-grid")).getCellComponent(0, 4);
        test(find(actions, "ask-" + statementId(SHARED, employee), Button.class)).click();
        Select<StatementLine> line = $(Select.class).id("inquiry-line");
        line.setValue(line.getListDataView().getItems().filter(l -> l.code().equals(Inquiry.TOTAL)).findFirst().orElseThrow());
        $(TextArea.class).id("inquiry-question").setValue("Why is the total capped?");
        test($(Button.class).id("inquiry-send")).click();

        signInAs(DemoLogins.HR);
        navigate(StatementsView.class);
        Grid<RunStatements> grid = $(Grid.class).id("statement-runs");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(test(grid).getRow(0).run().runId()).isEqualTo(PRIVATE);
        Component privateRun = test(grid).getCellComponent(0, 5);
        Component sharedRun = test(grid).getCellComponent(1, 5);
        assertThat(find(privateRun, "generate-" + PRIVATE, Button.class)).isNotNull();
        assertThat(find(privateRun, "payroll-" + PRIVATE, Anchor.class)).isNotNull();
        assertThat(sharedRun.getChildren().map(c -> c.getId().orElse(""))).containsExactly("zip-" + SHARED,
                "payroll-" + SHARED);
        assertThat(test(grid).getCellText(1, 2)).isEqualTo("3");

        Grid<Inquiry> inquiries = $(Grid.class).id("inquiries");
        int open = test(inquiries).size();
        Inquiry asked = java.util.stream.IntStream.range(0, open).mapToObj(i -> test(inquiries).getRow(i))
                .filter(i -> i.question().equals("Why is the total capped?")).reduce((a, b) -> b).orElseThrow();
        int row = java.util.stream.IntStream.range(0, open).filter(i -> test(inquiries).getRow(i).id() == asked.id())
                .findFirst().orElseThrow();
        test((Button) test(inquiries).getCellComponent(row, 6)).click();
        TextArea answer = $(TextArea.class).id("answer-text");
        test($(Button.class).id("answer-send")).click();
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("Write an answer.");
        answer.setValue("Your data completeness was below 80 %, which caps the payout at 100 %.");
        test($(Button.class).id("answer-send")).click();
        assertThat(test(inquiries).size()).isEqualTo(open - 1);
    }

    private static <T extends Component> T find(Component parent, String id, Class<T> type) {
        return parent.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + parent));
    }

    @Test
    void onlyHrAndAdminsOpenTheStatementsPage() {
        for (String login : java.util.List.of(DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.EXECUTIVE)) {
            signInAs(login);
            navigate("incentives/statements", Component.class);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        }
    }
}
