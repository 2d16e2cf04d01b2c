package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.EmployeeSummary;
import app.uptake.organization.JobRole;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class EmployeesViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void hrFiltersTheWholeCompanyByTextAndJobRole() {
        signInAs(DemoLogins.HR);
        navigate(EmployeesView.class);
        Grid<EmployeeSummary> grid = $(Grid.class).id("employee-grid");
        assertThat(test(grid).size()).isGreaterThan(200);

        test($(TextField.class).id("employee-search")).setValue("jonas.becker");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).fullName()).isEqualTo("Jonas Becker");

        test($(TextField.class).id("employee-search")).setValue("");
        ComboBox<JobRole> role = $(ComboBox.class).id("employee-role-filter");
        test(role).selectItem(getTranslation("jobRole.MANAGING_DIRECTOR"));
        assertThat(test(grid).size()).isBetween(1, 3);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).jobRole()).isEqualTo(JobRole.MANAGING_DIRECTOR);
        }
    }

    private String getTranslation(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
