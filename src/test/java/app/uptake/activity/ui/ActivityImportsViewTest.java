package app.uptake.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ActivityImportService;
import app.uptake.activity.ColumnMapping;
import app.uptake.activity.ImportProfile;
import app.uptake.activity.ImportRunSummary;
import app.uptake.shared.ui.NotFoundView;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityImportsViewTest extends UiTest {

    @Autowired
    ActivityImportService imports;

    @Test
    @SuppressWarnings("unchecked")
    void listsRunsNewestFirstAndOpensTheReport() {
        signInAs(DemoLogins.ADMIN);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Id,OwnerId,ActivityDateTime,DurationInMinutes,Type,LastModifiedDate\n"
                + tag + "-e1," + DemoLogins.EMPLOYEE + ",2004-07-01T09:00:00.000+0000,45,Customer Visit,2004-07-01T12:00:00.000+0000\n";
        Path file = imports.store(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        long runId = imports.start(file, "events-" + tag + ".csv", ImportProfile.SALESFORCE_EVENT, ColumnMapping.NONE);
        ImportRunsAwait.finished(imports, runId);

        navigate(ActivityImportsView.class);
        Grid<ImportRunSummary> runs = $(Grid.class).id("import-runs");
        assertThat(test(runs).getRow(0).id()).isEqualTo(runId);
        assertThat(test(runs).getCellText(0, 1)).isEqualTo("events-" + tag + ".csv");
        assertThat(test(runs).getCellText(0, 2)).isEqualTo("Salesforce events (meetings, visits)");
        assertThat(test(runs).getCellText(0, 4)).isEqualTo("Completed");

        test(runs).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ActivityImportRunView.class);
        assertThat($(Span.class).id("run-count-accepted").getText()).isEqualTo("New: 1");
        assertThat($(ProgressBar.class).all()).as("no progress bar once finished").isEmpty();
        assertThat($(Grid.class).all()).as("no rejected rows to list").isEmpty();
    }

    @Test
    void onlyTheProgramOfficeOpensTheImportPages() {
        for (String login : List.of(DemoLogins.EMPLOYEE, DemoLogins.HR, DemoLogins.EXECUTIVE)) {
            signInAs(login);
            for (String route : List.of("admin/activity/import", "admin/activity/imports", "admin/activity/imports/1")) {
                navigate(route, Component.class);
                assertThat(getCurrentView()).as(login + " opens " + route).isInstanceOf(NotFoundView.class);
            }
        }
        signInAs(DemoLogins.ADMIN);
        navigate("admin/activity/imports/999999", Component.class);
        assertThat(getCurrentView()).isInstanceOf(ActivityImportRunView.class);
    }
}
