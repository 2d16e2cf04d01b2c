package app.uptake.activity.ui;

import app.uptake.activity.ActivityImportService;
import app.uptake.activity.ImportRunSummary;
import app.uptake.shared.CompanyCalendar;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Every import run (uploads, API batches, connectors), newest first, refreshed while open; a click opens the
 * run's report.
 */
@Route("admin/activity/imports")
@RolesAllowed("ADMIN")
@Menu(order = 71, title = "activityImport.nav.runs", icon = "vaadin:records")
public class ActivityImportsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ImportRunSummary> grid = new Grid<>();
    private Registration polling;

    public ActivityImportsView(ActivityImportService imports, CompanyCalendar calendar) {
        setId("activity-imports");
        setSizeFull();
        addClassName("uptake-page");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(calendar.zone());

        Button upload = new Button(getTranslation("activityImport.runs.upload"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ActivityImportView.class)));
        upload.setId("runs-upload");
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("import-runs");
        grid.addColumn(r -> time.format(r.startedAt())).setHeader(getTranslation("activityImport.col.started")).setAutoWidth(true);
        grid.addColumn(r -> r.fileName() == null ? r.sourceCode() : r.fileName())
                .setHeader(getTranslation("activityImport.col.file")).setFlexGrow(2);
        grid.addColumn(r -> ImportTexts.profile(this, r.profile())).setHeader(getTranslation("activityImport.col.profile")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("activityImport.channel." + r.channel().name()))
                .setHeader(getTranslation("activityImport.col.channel")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("activityImport.col.status")).setAutoWidth(true);
        grid.addColumn(ImportRunSummary::rowsRead).setHeader(getTranslation("activityImport.col.rows")).setAutoWidth(true);
        grid.addColumn(r -> r.tally().accepted())
                .setHeader(getTranslation("activityImport.count.accepted")).setAutoWidth(true);
        grid.addColumn(r -> r.tally().rejected()).setHeader(getTranslation("activityImport.count.rejected")).setAutoWidth(true);
        grid.setItems(query -> imports.runs(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, imports.countRuns()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ActivityImportRunView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();
        add(upload, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Running imports move on in the background; refresh the list while this page is open.
        event.getUI().setPollInterval(ActivityImportRunView.POLL_MILLIS * 3);
        polling = event.getUI().addPollListener(e -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        // the next page may have set its own interval already
        if (event.getUI().getPollInterval() == ActivityImportRunView.POLL_MILLIS * 3) {
            event.getUI().setPollInterval(-1);
        }
    }

    /** The status, with how far a running import has read its file. */
    private String status(ImportRunSummary run) {
        String status = getTranslation(run.status().messageKey());
        return run.status().isFinished() || run.totalBytes() == null ? status
                : status + " (" + Math.round(run.progress() * 100) + " %)";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activityImport.runs.title");
    }
}
