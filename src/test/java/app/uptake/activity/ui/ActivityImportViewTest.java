package app.uptake.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ActivityImportService;
import app.uptake.activity.ActivityType;
import app.uptake.activity.ImportPreview.PreviewRow;
import app.uptake.activity.ImportProfile;
import app.uptake.activity.ImportStatus;
import app.uptake.activity.IngestOutcome;
import app.uptake.activity.ImportRejection;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityImportViewTest extends UiTest {

    @Autowired
    ActivityImportService imports;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @SuppressWarnings("unchecked")
    void uploadPreviewStartAndReport() {
        signInAs(DemoLogins.ADMIN);
        String csv = """
                external_id;employee;type;occurred_at;account
                %1$s-1;%2$s;CALL;02.02.2004 10:15;Bäckerei Größer
                %1$s-2;%2$s;TELEPATHY;02.02.2004;
                %1$s-3;%2$s;VISIT;03.02.2004;Müller GmbH
                """.formatted(tag, DemoLogins.EMPLOYEE);
        byte[] latin1 = csv.getBytes(Charset.forName("windows-1252"));

        navigate(ActivityImportView.class);
        test($(Upload.class).id("activity-upload")).upload("activity.csv", "text/csv", latin1);
        roundTrip();

        Grid<PreviewRow> preview = $(Grid.class).id("preview-rows");
        assertThat(test(preview).size()).isEqualTo(3);
        assertThat(test(preview).getRow(0).outcome()).isEqualTo(IngestOutcome.ACCEPTED);
        assertThat(test(preview).getRow(1).outcome()).isEqualTo(IngestOutcome.REJECTED);
        assertThat(test(preview).getRow(1).line()).isEqualTo(3);
        assertThat(test(preview).getCellText(1, 6)).isEqualTo("Unknown event type: TELEPATHY");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("import-summary").getElement().getTextRecursively()).contains("windows-1252");

        test($(Button.class).id("import-start")).click();
        assertThat(getCurrentView()).isInstanceOf(ActivityImportRunView.class);
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        long runId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(ImportRunsAwait.finished(imports, runId).status()).isEqualTo(ImportStatus.COMPLETED);

        // the page learns of the end by polling
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), false));
        assertThat($(Span.class).id("run-count-accepted").getText()).isEqualTo("New: 2");
        assertThat($(Span.class).id("run-count-rejected").getText()).isEqualTo("Rejected: 1");
        Grid<ImportRejection> rejected = $(Grid.class).id("run-rejections");
        assertThat(test(rejected).size()).isEqualTo(1);
        assertThat(test(rejected).getRow(0).line()).isEqualTo(3);
        assertThat(test(rejected).getCellText(0, 1)).isEqualTo("Unknown event type: TELEPATHY");

        ByteArrayOutputStream download = new ByteArrayOutputStream();
        test($(Anchor.class).id("run-download-rejected")).download(download);
        assertThat(download.toString(StandardCharsets.UTF_8))
                .contains("3,,Unknown event type: TELEPATHY,TELEPATHY," + tag + "-2;" + DemoLogins.EMPLOYEE + ";TELEPATHY;02.02.2004;\r\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGenericFileIsReadThroughTheColumnsChosen() {
        signInAs(DemoLogins.ADMIN);
        String csv = """
                Nr,Mitarbeiter,Art,Datum
                %1$s-g1,%2$s,Anruf,2004-06-01
                """.formatted(tag, DemoLogins.EMPLOYEE);

        navigate(ActivityImportView.class);
        test($(Select.class).id("import-profile")).selectItem(
                getTranslationFor(ImportProfile.GENERIC));
        test($(Upload.class).id("activity-upload")).upload("crm.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat($(Span.class).id("import-file-problem").getText()).contains("external_id");
        assertThat($(Button.class).id("import-start").isEnabled()).isFalse();

        test($(ComboBox.class).id("mapping-external_id")).selectItem("Nr");
        test($(ComboBox.class).id("mapping-employee")).selectItem("Mitarbeiter");
        test($(ComboBox.class).id("mapping-type")).selectItem("Art");
        test($(ComboBox.class).id("mapping-occurred_at")).selectItem("Datum");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("mapping-type-values")).setValue("Anruf=CALL");
        test($(Button.class).id("mapping-apply")).click();

        Grid<PreviewRow> preview = $(Grid.class).id("preview-rows");
        assertThat(test(preview).getRow(0).type()).isEqualTo(ActivityType.CALL);
        assertThat(test(preview).getRow(0).outcome()).isEqualTo(IngestOutcome.ACCEPTED);
        assertThat($(Button.class).id("import-start").isEnabled()).isTrue();
    }

    private String getTranslationFor(ImportProfile profile) {
        return $(Select.class).id("import-profile").getTranslation(profile.messageKey());
    }
}
