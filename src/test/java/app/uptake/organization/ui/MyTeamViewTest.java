package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.EmployeeSummary;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyTeamViewTest extends UiTest {

    @Autowired
    EmployeeRepository employees;

    @Test
    @SuppressWarnings("unchecked")
    void aTeamLeadSeesThemselvesAndTheirReportsAndCanSearch() {
        signInAs(DemoLogins.MANAGER);
        navigate(MyTeamView.class);
        Grid<EmployeeSummary> grid = $(Grid.class).id("employee-grid");
        long reports = employees.countDirectReports(employees.findByEmail(DemoLogins.MANAGER).orElseThrow().getId());
        assertThat(test(grid).size()).isEqualTo((int) reports + 1);

        test($(TextField.class).id("team-search")).setValue("Becker");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).fullName()).isEqualTo("Jonas Becker");
    }

    @Test
    @SuppressWarnings("unchecked")
    void hrWhoLeadsATeamSeesOnlyTheirOwnLineHereNotTheWholeCompany() {
        signInAs(DemoLogins.HR);
        navigate(MyTeamView.class);
        Grid<EmployeeSummary> grid = $(Grid.class).id("employee-grid");
        long petra = employees.findByEmail(DemoLogins.HR).orElseThrow().getId();
        assertThat(test(grid).size()).isEqualTo(employees.findReportingLineIds(petra).size() + 1).isLessThan(20);
    }
}
