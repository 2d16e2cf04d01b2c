package app.uptake.activity.ui;

import app.uptake.activity.ActivityImportService;
import app.uptake.activity.ImportRejection;
import app.uptake.activity.ImportRunSummary;
import app.uptake.activity.IngestTally;
import app.uptake.shared.CompanyCalendar;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * One import run: a progress bar while it runs (the page polls the run, which goes on in the background
 * whether or not anyone watches), then the report: the counts, the rejected rows with line and reason, and
 * their download as CSV.
 */
@Route("admin/activity/imports/:id")
@RolesAllowed("ADMIN")
public class ActivityImportRunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 1000;

    private final ActivityImportService imports;
    private final DateTimeFormatter time;
    private final Paragraph summary = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Div outcome = new Div();
    private final H3 rejectionsTitle = new H3();
    private final Grid<ImportRejection> rejections = new Grid<>();
    private final Anchor download = new Anchor();
    private long runId;
    private boolean finished;
    private Registration polling;

    public ActivityImportRunView(ActivityImportService imports, CompanyCalendar calendar) {
        this.imports = imports;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(calendar.zone());
        setId("activity-import-run");
        setSizeFull();
        addClassName("uptake-page");
        summary.setId("run-summary");
        progress.setId("run-progress");
        progressText.setId("run-progress-text");
        counts.setId("run-counts");
        outcome.setId("run-outcome");
        rejectionsTitle.setText(getTranslation("activityImport.run.rejections"));
        rejections.setId("run-rejections");
        rejections.addColumn(ImportRejection::line).setHeader(getTranslation("activityImport.col.line")).setAutoWidth(true).setFlexGrow(0);
        rejections.addColumn(r -> ImportTexts.problem(this, r.reasonKey(), r.detail()))
                .setHeader(getTranslation("activityImport.col.reason")).setFlexGrow(3);
        rejections.addColumn(ImportRejection::raw).setHeader(getTranslation("activityImport.col.raw")).setFlexGrow(2);
        rejections.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        download.setId("run-download-rejected");
        download.setText(getTranslation("activityImport.run.downloadRejected"));
        RouterLink back = new RouterLink(getTranslation("activityImport.run.back"), ActivityImportsView.class);
        add(back, summary, progress, progressText, counts, outcome, rejectionsTitle, download, rejections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = event.getRouteParameters().getLong("id").orElse(-1L);
        ImportRunSummary run = imports.run(runId).orElse(null);
        if (run == null) {
            finished = true; // nothing to poll for
            removeAll();
            add(new Paragraph(getTranslation("activityImport.run.notFound", runId)));
            return;
        }
        Locale locale = getLocale();
        List<String> header = List.of(getTranslation("activityImport.col.line"), getTranslation("activityImport.col.externalId"),
                getTranslation("activityImport.col.reason"), getTranslation("activityImport.col.detail"),
                getTranslation("activityImport.col.raw"));
        char delimiter = Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? ';' : ',';
        long id = runId;
        // Streams straight from the database into the response: the list of rejects may be long.
        download.setHref((DownloadHandler) downloadEvent -> {
            downloadEvent.setFileName("rejected-rows-" + id + ".csv");
            downloadEvent.setContentType("text/csv; charset=UTF-8");
            imports.rejectionsCsv(id, delimiter, header,
                    r -> getTranslation(locale, r.reasonKey(), r.detail() == null ? "" : r.detail()),
                    downloadEvent.getOutputStream());
        });
        rejections.setItems(query -> imports.rejections(id, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, imports.countRejections(id)));
        show(run);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (!finished && runId > 0) {
            UI ui = attachEvent.getUI();
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> imports.run(runId).ifPresent(this::show));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            if (ui.getPollInterval() == POLL_MILLIS) {
                ui.setPollInterval(-1);
            }
        }
    }

    private void show(ImportRunSummary run) {
        summary.setText(getTranslation("activityImport.run.summary", run.fileName() == null ? "" : run.fileName(),
                ImportTexts.profile(this, run.profile()), time.format(run.startedAt()),
                run.requestedBy() == null ? "" : run.requestedBy()) + " · " + getTranslation(run.status().messageKey()));
        progress.setValue(run.progress());
        progressText.setText(getTranslation("activityImport.run.progress", run.rowsRead()));
        IngestTally tally = run.tally();
        counts.removeAll();
        count("accepted", tally.accepted());
        count("corrected", tally.corrected());
        count("duplicates", tally.duplicates());
        count("stale", tally.stale());
        count("rejected", tally.rejected());
        count("late", tally.late());
        outcome.removeAll();
        if (run.failure() != null) {
            Span failure = new Span(getTranslation("activityImport.run.failure", run.failure()));
            failure.addClassName("import-rejected");
            outcome.add(new Div(failure), new Div(new Span(getTranslation("activityImport.run.committedThrough",
                    run.committedThroughLine()))));
        }
        boolean anyRejected = tally.rejected() > 0;
        download.setVisible(anyRejected);
        rejections.setVisible(anyRejected);
        rejectionsTitle.setText(getTranslation(anyRejected ? "activityImport.run.rejections" : "activityImport.run.noRejections"));
        if (run.status().isFinished() && !finished) {
            finished = true;
            progress.setVisible(false);
            rejections.getDataProvider().refreshAll();
            getUI().ifPresent(this::stopPolling);
        }
    }

    private void count(String name, long value) {
        Span span = new Span(getTranslation("activityImport.count." + name) + ": " + value);
        span.setId("run-count-" + name);
        span.getElement().getThemeList().add("badge");
        counts.add(span);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activityImport.run.title", runId);
    }
}
