package app.uptake.activity.ui;

import app.uptake.activity.ActivityImportService;
import app.uptake.activity.ColumnMapping;
import app.uptake.activity.ImportPreview;
import app.uptake.activity.ImportPreview.PreviewRow;
import app.uptake.activity.ImportProfile;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.FileUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * Upload of a CRM activity file: choose the format, upload (streamed to disk, any size up to the limit), see
 * what the first rows would become, and start the import, which then runs in the background and is followed
 * on its run page.
 */
@Route("admin/activity/import")
@RolesAllowed("ADMIN")
@Menu(order = 70, title = "activityImport.nav.upload", icon = "vaadin:upload")
public class ActivityImportView extends VerticalLayout implements HasDynamicTitle {

    private final ActivityImportService imports;
    private final Select<ImportProfile> profile = new Select<>();
    private final ColumnMappingForm mappingForm = new ColumnMappingForm();
    private final Button refresh = new Button();
    private final Div summary = new Div();
    private final Grid<PreviewRow> rows = new Grid<>();
    private final Button start = new Button();
    private Path uploaded;
    private String fileName;

    public ActivityImportView(ActivityImportService imports, CompanyCalendar calendar) {
        this.imports = imports;
        setId("activity-import");
        setSizeFull();
        addClassName("uptake-page");
        long maxMegabytes = imports.maxBytes() / 1024 / 1024;

        profile.setId("import-profile");
        profile.setLabel(getTranslation("activityImport.view.profile"));
        profile.setItems(ImportProfile.values());
        profile.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        profile.setValue(ImportProfile.UPTAKE);
        profile.setWidth("22em");
        profile.addValueChangeListener(e -> {
            mappingForm.setVisible(e.getValue() == ImportProfile.GENERIC);
            refresh.setVisible(e.getValue() == ImportProfile.GENERIC);
            showPreview();
        });

        UI ui = UI.getCurrent();
        long maxBytes = imports.maxBytes();
        // Streamed to a file in the imports folder, never held in memory: files may be very large. The limits
        // stop a hand-made request that ignores the browser's size check before it fills the disk.
        Upload upload = new Upload(new FileUploadHandler(
                (metadata, file) -> ui.access(() -> received(metadata.fileName(), file.toPath())),
                metadata -> imports.newUploadFile().toFile()) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + 64 * 1024;
            }
        });
        upload.setId("activity-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("activityImport.view.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("activityImport.view.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("activityImport.view.fileRejected", maxMegabytes))
                        .setIncorrectFileType(getTranslation("activityImport.view.upload.wrongType"))
                        .setTooManyFiles(getTranslation("activityImport.view.upload.oneFile"))));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("activityImport.view.fileRejected", maxMegabytes)));

        mappingForm.setVisible(false);
        refresh.setId("mapping-apply");
        refresh.setText(getTranslation("activityImport.view.mapping.apply"));
        refresh.setVisible(false);
        refresh.addClickListener(e -> showPreview());

        summary.setId("import-summary");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(calendar.zone());
        rows.setId("preview-rows");
        rows.addColumn(PreviewRow::line).setHeader(getTranslation("activityImport.col.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> getTranslation("activityImport.outcome." + r.outcome().name()))
                .setHeader(getTranslation("activityImport.col.outcome")).setWidth("11em").setFlexGrow(0);
        rows.addColumn(PreviewRow::externalId).setHeader(getTranslation("activityImport.col.externalId")).setAutoWidth(true);
        rows.addColumn(r -> r.type() == null ? "" : getTranslation(r.type().messageKey()))
                .setHeader(getTranslation("activityImport.col.type")).setAutoWidth(true);
        rows.addColumn(PreviewRow::employeeRef).setHeader(getTranslation("activityImport.col.employee")).setAutoWidth(true);
        rows.addColumn(r -> r.occurredAt() == null ? "" : time.format(r.occurredAt()))
                .setHeader(getTranslation("activityImport.col.occurredAt")).setAutoWidth(true);
        rows.addColumn(r -> ImportTexts.problem(this, r.problemKey(), r.problemDetail()))
                .setHeader(getTranslation("activityImport.col.problem")).setFlexGrow(3);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setPartNameGenerator(r -> r.isRejected() ? "rejected" : null);
        // at most the preview's 50 rows: show them all rather than a squeezed scroll area
        rows.setAllRowsVisible(true);
        rows.setVisible(false);

        start.setId("import-start");
        start.setText(getTranslation("activityImport.view.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setVisible(false);
        start.addClickListener(e -> startImport());

        add(new Paragraph(getTranslation("activityImport.view.help")), profile, upload, mappingForm, refresh, summary,
                start, rows);
    }

    private void received(String name, Path file) {
        fileName = name;
        uploaded = file;
        showPreview();
    }

    /** Shows what the first rows would become with the chosen format; writes nothing. */
    private void showPreview() {
        if (uploaded == null) {
            return;
        }
        ImportPreview preview;
        try {
            preview = imports.preview(uploaded, profile.getValue(), mapping());
        } catch (BusinessRuleException rule) {
            RuleViolations.show(this, rule, Map.of());
            return;
        }
        mappingForm.offer(preview.columns());
        summary.removeAll();
        summary.add(new Paragraph(getTranslation("activityImport.view.summary", preview.charset(),
                String.valueOf(preview.delimiter()), String.join(", ", preview.columns()))));
        if (!preview.isImportable()) {
            Span problem = new Span(ImportTexts.problem(this, preview.problemKey(), preview.problemDetail()));
            problem.setId("import-file-problem");
            problem.addClassName("import-rejected");
            summary.add(new Div(problem));
        } else {
            summary.add(new Paragraph(getTranslation("activityImport.view.previewNote", preview.rows().size())));
            if (preview.moreRows()) {
                summary.add(new Paragraph(getTranslation("activityImport.view.previewMore")));
            }
        }
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        start.setVisible(true);
        start.setEnabled(preview.isImportable());
    }

    private ColumnMapping mapping() {
        return profile.getValue() == ImportProfile.GENERIC ? mappingForm.mapping() : ColumnMapping.NONE;
    }

    private void startImport() {
        try {
            long runId = imports.start(uploaded, fileName, profile.getValue(), mapping());
            uploaded = null;
            Notifications.success(getTranslation("activityImport.view.started"));
            UI.getCurrent().navigate(ActivityImportRunView.class, new RouteParameters("id", String.valueOf(runId)));
        } catch (BusinessRuleException rule) {
            RuleViolations.show(this, rule, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activityImport.view.title");
    }
}
