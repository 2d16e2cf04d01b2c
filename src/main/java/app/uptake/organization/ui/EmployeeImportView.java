package app.uptake.organization.ui;

import app.uptake.organization.EmployeeImportPreview;
import app.uptake.organization.EmployeeImportReport;
import app.uptake.organization.EmployeeImportResult;
import app.uptake.organization.EmployeeImportRow;
import app.uptake.organization.EmployeeImportService;
import app.uptake.organization.ImportProblem;
import app.uptake.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;

/**
 * Employee CSV import in two steps: upload shows what would happen row by row, with every rejected row,
 * its line and the reason; nothing is written until "Import" is pressed.
 */
@Route("admin/employees/import")
@RolesAllowed({"ADMIN", "HR"})
public class EmployeeImportView extends VerticalLayout implements HasDynamicTitle {

    private final EmployeeImportService imports;
    private final Div summary = new Div();
    private final Grid<EmployeeImportRow> rows = new Grid<>();
    private final Button apply = new Button();
    private final Anchor rejectedDownload = new Anchor();
    private EmployeeImportPreview preview;

    public EmployeeImportView(EmployeeImportService imports,
            @Value("${uptake.import.employees.max-bytes}") int maxBytes) {
        this.imports = imports;
        setId("employee-import");
        setSizeFull();
        addClassName("uptake-page");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            // The browser enforces the limit too, but a hand-made request need not.
            if (data.length > maxBytes) {
                Notifications.error(getTranslation("import.view.fileRejected", maxBytes / 1024 / 1024));
            } else {
                showPreview(data);
            }
        })));
        upload.setId("employee-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.view.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.view.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("import.view.fileRejected", maxBytes / 1024 / 1024))
                        .setIncorrectFileType(getTranslation("import.view.upload.wrongType"))
                        .setTooManyFiles(getTranslation("import.view.upload.oneFile"))));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.view.fileRejected", maxBytes / 1024 / 1024)));

        summary.setId("import-summary");
        rows.setId("import-rows");
        rows.addColumn(EmployeeImportRow::lineNumber).setHeader(getTranslation("import.view.col.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> getTranslation(r.action().messageKey())).setHeader(getTranslation("import.view.col.action")).setAutoWidth(true);
        rows.addColumn(EmployeeImportRow::email).setHeader(getTranslation("employees.col.email")).setFlexGrow(2);
        rows.addColumn(r -> join(r.firstName(), r.lastName())).setHeader(getTranslation("employees.col.name")).setAutoWidth(true);
        rows.addColumn(r -> r.problems().stream().map(this::describe).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("import.view.col.problems")).setFlexGrow(3);
        rows.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setPartNameGenerator(r -> r.isRejected() ? "rejected" : null);
        rows.setVisible(false);

        apply.setId("import-apply");
        apply.setIcon(VaadinIcon.CHECK.create());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(false);
        apply.addClickListener(e -> applyImport());
        rejectedDownload.setId("import-rejected-download");
        rejectedDownload.setText(getTranslation("import.view.downloadRejected"));
        rejectedDownload.setVisible(false);

        HorizontalLayout actions = new HorizontalLayout(apply, rejectedDownload);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new Paragraph(getTranslation("import.view.help")), upload, summary, actions, rows);
    }

    /** Shows what importing the file would do; writes nothing. */
    void showPreview(byte[] content) {
        preview = imports.preview(content);
        summary.removeAll();
        if (!preview.fileProblems().isEmpty()) {
            preview.fileProblems().forEach(p -> {
                Span problem = new Span(describe(p));
                problem.addClassName("import-rejected");
                summary.add(new Div(problem));
            });
        } else {
            summary.add(new Paragraph(getTranslation("import.view.summary", preview.rows().size(),
                    preview.count(EmployeeImportRow.Action.NEW), preview.count(EmployeeImportRow.Action.UPDATE),
                    preview.count(EmployeeImportRow.Action.UNCHANGED), preview.rejectedRows().size(),
                    preview.charset(), preview.delimiter() == '\t' ? "TAB" : String.valueOf(preview.delimiter()))));
        }
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        apply.setText(getTranslation("import.view.apply", preview.validRows().size()));
        apply.setVisible(true);
        apply.setEnabled(preview.isImportable());
        boolean anyRejected = !preview.rejectedRows().isEmpty();
        rejectedDownload.setVisible(anyRejected);
        if (anyRejected) {
            byte[] report = EmployeeImportReport.rejectedRowsCsv(preview, this::describe);
            rejectedDownload.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(report), "rejected-employees.csv", "text/csv", report.length)));
        }
    }

    private void applyImport() {
        EmployeeImportResult result = imports.apply(preview);
        Notifications.success(getTranslation("import.view.done", result.created(), result.updated(),
                result.unchanged(), result.rejected()));
        apply.setEnabled(false);
    }

    private String describe(ImportProblem problem) {
        String text = getTranslation(problem.messageKey(), problem.args().toArray());
        return problem.lineNumber() > 0 && problem.column() != null ? problem.column() + ": " + text : text;
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.view.title");
    }
}
