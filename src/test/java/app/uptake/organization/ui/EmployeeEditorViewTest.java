package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EmployeeEditorViewTest extends UiTest {

    @Autowired
    EmployeeRepository employees;

    @Test
    void anEmptyFormShowsMessagesAtTheFieldsAndSavesNothing() {
        signInAs(DemoLogins.HR);
        long before = employees.count();
        navigate("admin/employees/edit", EmployeeEditorView.class);
        test($(Button.class).id("save")).click();
        TextField firstName = $(TextField.class).id("firstName");
        assertThat(firstName.isInvalid()).isTrue();
        assertThat(firstName.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat($(EmailField.class).id("email").isInvalid()).isTrue();
        assertThat(employees.count()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTakenEmailIsReportedAtTheEmailFieldAndAValidFormIsSaved() {
        signInAs(DemoLogins.HR);
        navigate("admin/employees/edit", EmployeeEditorView.class);
        test($(TextField.class).id("firstName")).setValue("Lena");
        test($(TextField.class).id("lastName")).setValue("Vogt");
        test($(EmailField.class).id("email")).setValue(DemoLogins.EMPLOYEE);
        ComboBox<JobRole> jobRole = $(ComboBox.class).id("jobRole");
        jobRole.setValue(JobRole.INSIDE_SALES);
        ComboBox<OrgUnit> unit = $(ComboBox.class).id("orgUnitId");
        unit.setValue(unit.getGenericDataView().getItems().filter(u -> u.code().startsWith("SALES")).findFirst().orElseThrow());
        $(DatePicker.class).id("startDate").setValue(LocalDate.of(2026, 10, 1));

        test($(Button.class).id("save")).click();
        EmailField email = $(EmailField.class).id("email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Another employee already has this e-mail address.");

        String fresh = "lena.vogt." + UUID.randomUUID().toString().substring(0, 6) + "@hansen-antriebstechnik.example";
        test(email).setValue(fresh);
        test($(Button.class).id("save")).click();
        assertThat(employees.findByEmail(fresh)).hasValueSatisfying(e -> {
            assertThat(e.getFullName()).isEqualTo("Lena Vogt");
            assertThat(e.getJobRole()).isEqualTo(JobRole.INSIDE_SALES);
        });
        assertThat(getCurrentView()).isInstanceOf(EmployeesView.class);
    }

    @Test
    void anEndDateBeforeTheStartIsRejectedAtTheField() {
        signInAs(DemoLogins.ADMIN);
        long jonas = employees.findByEmail(DemoLogins.EMPLOYEE).orElseThrow().getId();
        navigate("admin/employees/edit/" + jonas, EmployeeEditorView.class);
        assertThat($(TextField.class).id("firstName").getValue()).isEqualTo("Jonas");
        DatePicker end = $(DatePicker.class).id("endDate");
        test(end).setValue(LocalDate.of(1990, 1, 1));
        test($(Button.class).id("save")).click();
        assertThat(end.isInvalid()).isTrue();
        assertThat(employees.findByEmail(DemoLogins.EMPLOYEE).orElseThrow().getEndDate()).isNull();
    }
}
