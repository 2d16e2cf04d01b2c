package app.uptake.training.ui;

import static app.uptake.training.ComplianceFixture.X;
import static app.uptake.training.ComplianceFixture.Y;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import app.uptake.training.ComplianceFixture;
import app.uptake.training.ComplianceModule;
import app.uptake.training.ComplianceRow;
import app.uptake.training.ComplianceState;
import app.uptake.training.UnitCompletion;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The compliance matrix on the department of {@link ComplianceFixture}; every test rolls back. */
@Transactional
class TrainingComplianceViewTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    OrganizationService organization;

    ComplianceFixture f;

    @BeforeEach
    void department() {
        f = new ComplianceFixture(jdbc, calendar.today(), calendar.now());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ComplianceRow>, ComplianceRow> matrix() {
        return test((Grid<ComplianceRow>) $(Grid.class).id("compliance-grid"));
    }

    private List<String> names() {
        GridTester<Grid<ComplianceRow>, ComplianceRow> grid = matrix();
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).name()).toList();
    }

    private String cell(int row, String module, String property) {
        return matrix().getLitRendererPropertyValue(row, "module-" + module, property, String.class);
    }

    @SuppressWarnings("unchecked")
    private void filterUnit(long unitId) {
        OrgUnit unit = organization.find(unitId).orElseThrow();
        ((ComboBox<OrgUnit>) $(ComboBox.class).id("compliance-unit")).setValue(unit);
    }

    @Test
    void anEmployeeWithoutALeadingRoleCannotOpenIt() {
        signInAs(DemoLogins.EMPLOYEE);
        navigate("training/compliance", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aManagerSeesHerLineWithColouredCellsAndDueDates() {
        signInAs(DemoLogins.MANAGER);
        navigate(TrainingComplianceView.class);
        filterUnit(f.department);
        // Olga reports to Petra: not in Sabine's line
        assertThat(names()).containsExactly("Bernd Adler", "Dieter Brandt", "Carla Meyer", "Anna Zeller",
                ComplianceFixture.INJECTION + " Zorn");
        assertThat($(Span.class).id("compliance-count").getText()).isEqualTo("5 people");

        assertThat(cell(0, X, "text")).isEqualTo("In progress");
        assertThat(cell(0, X, "theme")).isEqualTo("badge");
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .format(f.today.plusDays(10));
        assertThat(cell(0, X, "tip")).isEqualTo("Due " + due);
        assertThat(cell(0, Y, "text")).isEqualTo("Not started");
        assertThat(cell(0, Y, "theme")).isEqualTo("badge contrast");
        assertThat(cell(2, X, "text")).isEqualTo("–");
        assertThat(cell(2, X, "theme")).isEmpty();
        assertThat(cell(3, X, "text")).isEqualTo("Completed");
        assertThat(cell(3, X, "theme")).isEqualTo("badge success");
        assertThat(cell(3, X, "tip")).startsWith("Completed ");
        assertThat(cell(3, Y, "text")).isEqualTo("Overdue");
        assertThat(cell(3, Y, "theme")).isEqualTo("badge error primary");

        // Sabine's view of the teams: +Team B 1 of 3 (Olga is not hers), Team A 2 of 5
        @SuppressWarnings("unchecked")
        GridTester<Grid<UnitCompletion>, UnitCompletion> rates = test((Grid<UnitCompletion>) $(Grid.class).id("compliance-rates"));
        assertThat(rates.size()).isEqualTo(2);
        assertThat(rates.getCellText(0, 0)).isEqualTo("+Team B");
        assertThat(rates.getCellText(0, 2)).isEqualTo("33.3 %");
        assertThat(rates.getCellText(0, 3)).isEqualTo("1 of 3");
        assertThat(rates.getCellText(1, 2)).isEqualTo("40.0 %");
        assertThat($(Paragraph.class).id("compliance-rate-total").getText())
                .isEqualTo("Overall 37.5 %: 3 of 8 assigned modules completed.");
    }

    @Test
    void hrSeesEverybodyInTheUnitAndFiltersByModuleStateAndName() {
        signInAs(DemoLogins.HR);
        navigate(TrainingComplianceView.class);
        filterUnit(f.department);
        assertThat(names()).hasSize(6).contains("Olga Ostmann");

        @SuppressWarnings("unchecked")
        ComboBox<ComplianceModule> module = $(ComboBox.class).id("compliance-module");
        module.setValue(module.getListDataView().getItems().filter(m -> m.moduleId().equals(X)).findFirst().orElseThrow());
        assertThat(matrix().getColumn("module-" + Y).isVisible()).isFalse();
        assertThat(matrix().getColumn("module-" + X).isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<ComplianceState> state = $(ComboBox.class).id("compliance-state");
        state.setValue(ComplianceState.OVERDUE);
        assertThat(names()).containsExactly("Dieter Brandt");
        state.setValue(ComplianceState.NOT_ASSIGNED);
        assertThat(names()).containsExactly("Carla Meyer");
        state.clear();
        $(TextField.class).id("compliance-search").setValue("zell");
        assertThat(names()).containsExactly("Anna Zeller");
        assertThat($(Span.class).id("compliance-count").getText()).isEqualTo("1 person");
    }

    @Test
    void theManagerAssignsAModuleAndAPastDateIsShownAtItsField() {
        signInAs(DemoLogins.MANAGER);
        navigate(TrainingComplianceView.class);
        filterUnit(f.teamA);
        assertThat(names()).containsExactly("Bernd Adler", "Carla Meyer", "Anna Zeller");
        Button assign = $(Button.class).id("compliance-assign");
        assertThat(assign.isEnabled()).isFalse();
        matrix().select(1);
        assertThat(assign.isEnabled()).isTrue();
        test(assign).click();
        assertThat($(Paragraph.class).id("assign-who").getText()).isEqualTo("People chosen: 1");

        // nothing chosen: the module field says so
        test($(Button.class).id("assign-confirm")).click();
        @SuppressWarnings("unchecked")
        ComboBox<ComplianceModule> module = $(ComboBox.class).id("assign-module");
        assertThat(module.isInvalid()).isTrue();
        assertThat(module.getErrorMessage()).isEqualTo("Please fill in this field.");

        module.setValue(module.getListDataView().getItems().filter(m -> m.moduleId().equals(X)).findFirst().orElseThrow());
        DatePicker due = $(DatePicker.class).id("assign-due");
        due.setValue(f.today.minusDays(1));
        test($(Button.class).id("assign-confirm")).click();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("The due date must not be in the past.");

        due.setValue(f.today.plusDays(3));
        assertThat(due.isInvalid()).isFalse();
        test($(Button.class).id("assign-confirm")).click();
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(cell(1, X, "text")).isEqualTo("Not started");
        assertThat(assign.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select source from training_assignment where employee_id = ? and module_id = ?",
                String.class, f.carla, X)).isEqualTo("MANUAL");
    }

    @Test
    void aGermanSessionShowsGermanTitlesAndTexts() {
        signInAs(DemoLogins.ADMIN);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(TrainingComplianceView.class);
        filterUnit(f.teamA);
        String titleDe = jdbc.queryForObject("select title_de from training_module_version where module_id = ? "
                + "order by id desc fetch first 1 rows only", String.class, Y);
        assertThat(matrix().getColumn("module-" + Y).getHeaderText()).isEqualTo(titleDe);
        assertThat(cell(2, Y, "text")).isEqualTo("Überfällig");
        assertThat($(Span.class).id("compliance-count").getText()).isEqualTo("3 Personen");
        assertThat($(Paragraph.class).id("compliance-rate-total").getText())
                .isEqualTo("Insgesamt 40,0 %: 2 von 5 zugewiesenen Modulen abgeschlossen.");
    }
}
