package app.uptake.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.EmployeeImportRow;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.Charset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EmployeeImportViewTest extends UiTest {

    @Autowired
    EmployeeRepository employees;

    @Test
    @SuppressWarnings("unchecked")
    void previewsRowByRowWritesNothingUntilConfirmedAndReimportChangesNothing() {
        signInAs(DemoLogins.HR);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String good = "anna.mueller." + tag + "@hansen-antriebstechnik.example";
        String csv = """
                email;first_name;last_name;job_role;org_unit;manager_email;start_date;end_date;locale;crm_user_id
                %s;Anna;Müller;Inside Sales;SALES;%s;01.04.2020;;de;
                broken.%s@hansen-antriebstechnik.example;Bernd;Bäcker;ACCOUNT_EXECUTIVE;NO-SUCH-UNIT;;2020-01-01;;de;
                """.formatted(good, DemoLogins.MANAGER, tag);
        byte[] latin1 = csv.getBytes(Charset.forName("windows-1252"));
        long before = employees.count();

        navigate(EmployeeImportView.class);
        test($(Upload.class).id("employee-upload")).upload("employees.csv", "text/csv", latin1);
        roundTrip();

        Grid<EmployeeImportRow> rows = $(Grid.class).id("import-rows");
        assertThat(test(rows).size()).isEqualTo(2);
        assertThat(test(rows).getRow(0).action()).isEqualTo(EmployeeImportRow.Action.NEW);
        assertThat(test(rows).getRow(0).lastName()).isEqualTo("Müller");
        assertThat(test(rows).getRow(1).action()).isEqualTo(EmployeeImportRow.Action.REJECTED);
        assertThat(test(rows).getRow(1).lineNumber()).isEqualTo(3);
        assertThat($(Div.class).id("import-summary").getElement().getTextRecursively()).contains("windows-1252");
        assertThat($(Anchor.class).id("import-rejected-download").isVisible()).isTrue();
        assertThat(employees.count()).as("nothing written before confirmation").isEqualTo(before);

        test($(Button.class).id("import-apply")).click();
        assertThat(employees.count()).isEqualTo(before + 1);
        assertThat(employees.findByEmail(good)).hasValueSatisfying(e -> assertThat(e.getLastName()).isEqualTo("Müller"));

        navigate(EmployeeImportView.class);
        test($(Upload.class).id("employee-upload")).upload("employees.csv", "text/csv", latin1);
        roundTrip();
        Grid<EmployeeImportRow> again = $(Grid.class).id("import-rows");
        assertThat(test(again).getRow(0).action()).isEqualTo(EmployeeImportRow.Action.UNCHANGED);
        test($(Button.class).id("import-apply")).click();
        assertThat(employees.count()).isEqualTo(before + 1);
    }
}
