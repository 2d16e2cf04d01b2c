package app.uptake.activity.ui;

import app.uptake.activity.ConnectorDraft;
import app.uptake.activity.DataQuality;
import app.uptake.activity.DataSourceKind;
import app.uptake.activity.DataSourceService;
import app.uptake.activity.DataSourceStatus;
import app.uptake.activity.ImportRunSummary;
import app.uptake.activity.IngestTally;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.ui.Chart;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * Every data source with its last and next run; connectors added, edited, paused and run from here; the
 * selected source's data quality (ingested, rejected, duplicates, late) and its recent runs.
 */
@Route("admin/activity/sources")
@RolesAllowed("ADMIN")
@Menu(order = 69, title = "dataSources.nav", icon = "vaadin:database")
public class DataSourcesView extends VerticalLayout implements HasDynamicTitle {

    /** Times show in the company's time zone, whatever the server's. */
    private final ZoneId zone;

    private final DataSourceService sources;
    private final Grid<DataSourceStatus> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();

    public DataSourcesView(DataSourceService sources, CompanyCalendar calendar) {
        this.zone = calendar.zone();
        this.sources = sources;
        setId("data-sources");
        addClassName("uptake-page");
        add(new H2(getTranslation("dataSources.title")), new Paragraph(getTranslation("dataSources.intro")));
        Button add = new Button(getTranslation("dataSources.add"), click -> openForm(null));
        add.setId("add-connector");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add);

        grid.setId("source-grid");
        grid.addColumn(s -> s.name() + " (" + s.code() + ")").setHeader(getTranslation("dataSources.name")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.kind().messageKey())).setHeader(getTranslation("dataSources.kind"));
        grid.addColumn(s -> s.kind().isConnector() ? getTranslation(s.paused() ? "dataSources.paused" : "dataSources.active")
                : "").setHeader(getTranslation("dataSources.status"));
        grid.addColumn(s -> s.lastRun() == null ? getTranslation("dataSources.never")
                : time(s.lastRun().startedAt()) + " · " + getTranslation(s.lastRun().status().messageKey()))
                .setHeader(getTranslation("dataSources.lastRun")).setFlexGrow(2);
        grid.addColumn(s -> s.nextRun() == null ? "–" : time(s.nextRun())).setHeader(getTranslation("dataSources.nextRun"));
        grid.addComponentColumn(this::actions).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::showDetails));
        add(grid, details);
        details.setPadding(false);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataSources.title");
    }

    private void refresh() {
        // a company has a handful of data sources
        List<DataSourceStatus> all = sources.list();
        grid.setItems(all);
    }

    private HorizontalLayout actions(DataSourceStatus source) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!source.kind().isConnector()) {
            return actions;
        }
        Button run = small(getTranslation("dataSources.runNow"), () -> {
            sources.runNow(source.id());
            Notifications.success(getTranslation("dataSources.runStarted", source.name()));
        });
        run.setId("run-" + source.code());
        Button pause = small(getTranslation(source.paused() ? "dataSources.resume" : "dataSources.pause"), () -> {
            if (source.paused()) {
                sources.resume(source.id());
            } else {
                sources.pause(source.id());
            }
            refresh();
        });
        pause.setId("pause-" + source.code());
        Button edit = small(getTranslation("dataSources.edit"), () -> openForm(source));
        edit.setId("edit-" + source.code());
        actions.add(run, pause, edit);
        return actions;
    }

    private Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void showDetails(DataSourceStatus source) {
        details.removeAll();
        DataQuality quality = sources.quality(source.id());
        details.add(new H3(getTranslation("dataSources.quality", source.name())));
        Div figures = new Div();
        figures.setId("source-quality");
        figures.add(new Paragraph(getTranslation("dataSources.quality.stored") + ": " + quality.eventsStored()));
        figures.add(tallyLine("dataSources.quality.last30", quality.last30Days()),
                tallyLine("dataSources.quality.allTime", quality.allTime()));
        IngestTally recent = quality.last30Days();
        Chart chart = Chart.horizontalBars(List.of(getTranslation("dataSources.quality.accepted"),
                getTranslation("dataSources.quality.corrected"), getTranslation("dataSources.quality.duplicates"),
                getTranslation("dataSources.quality.stale"), getTranslation("dataSources.quality.rejected"),
                getTranslation("dataSources.quality.late")), List.of(recent.accepted(), recent.corrected(),
                recent.duplicates(), recent.stale(), recent.rejected(), recent.late()));
        chart.setId("source-quality-chart");
        chart.setWidth("36rem");
        details.add(figures, chart, new H3(getTranslation("dataSources.runs")));

        Grid<ImportRunSummary> runs = new Grid<>();
        runs.setId("source-runs");
        runs.addColumn(r -> time(r.startedAt())).setHeader(getTranslation("dataSources.run.started"));
        runs.addColumn(r -> getTranslation("importChannel." + r.channel().name())).setHeader(getTranslation("dataSources.run.channel"));
        runs.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("dataSources.status"));
        runs.addColumn(ImportRunSummary::requestedBy).setHeader(getTranslation("dataSources.run.by"));
        runs.addColumn(r -> getTranslation("dataSources.run.countsText", r.tally().accepted(), r.tally().corrected(),
                r.tally().duplicates(), r.tally().rejected())).setHeader(getTranslation("dataSources.run.counts")).setFlexGrow(3);
        runs.addColumn(r -> r.failure() == null ? "" : r.failure()).setHeader(getTranslation("dataSources.run.failure")).setFlexGrow(3);
        runs.setItems(query -> sources.recentRuns(source.id(), query.getOffset(), query.getLimit()).stream());
        runs.setHeight("20rem");
        details.add(runs);
    }

    private Paragraph tallyLine(String key, IngestTally t) {
        return new Paragraph(new Span(getTranslation(key) + ": "), new Span(String.join(" · ",
                getTranslation("dataSources.quality.accepted") + " " + t.accepted(),
                getTranslation("dataSources.quality.corrected") + " " + t.corrected(),
                getTranslation("dataSources.quality.duplicates") + " " + t.duplicates(),
                getTranslation("dataSources.quality.stale") + " " + t.stale(),
                getTranslation("dataSources.quality.rejected") + " " + t.rejected(),
                getTranslation("dataSources.quality.late") + " " + t.late())));
    }

    private void openForm(DataSourceStatus existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "dataSources.add" : "dataSources.edit"));
        TextField code = new TextField(getTranslation("dataSources.code"));
        code.setId("connector-code");
        TextField name = new TextField(getTranslation("dataSources.name"));
        name.setId("connector-name");
        Select<DataSourceKind> kind = new Select<>();
        kind.setId("connector-kind");
        kind.setLabel(getTranslation("dataSources.kind"));
        kind.setItems(DataSourceKind.INBOX_FOLDER, DataSourceKind.HTTP_FEED);
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        TextArea settings = new TextArea(getTranslation("dataSources.settings"));
        settings.setId("connector-settings");
        settings.setHelperText(getTranslation("dataSources.settingsHelp"));
        IntegerField interval = new IntegerField(getTranslation("dataSources.interval"));
        interval.setId("connector-interval");
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            kind.setReadOnly(true);
            settings.setValue(existing.settings() == null ? "" : existing.settings());
            interval.setValue(existing.intervalMinutes());
        } else {
            kind.setValue(DataSourceKind.INBOX_FOLDER);
            interval.setValue(15);
        }
        FormLayout form = new FormLayout(code, name, kind, interval, settings);
        form.setColspan(settings, 2);
        dialog.add(form);
        dialog.setWidth("40rem");
        Button save = new Button(getTranslation("dataSources.save"), click -> {
            ConnectorDraft draft = new ConnectorDraft(code.getValue(), name.getValue(), kind.getValue(), settings.getValue(),
                    interval.getValue());
            try {
                if (existing == null) {
                    sources.createConnector(draft);
                } else {
                    sources.updateConnector(existing.id(), draft);
                }
                dialog.close();
                refresh();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(dialog, rule, Map.of("code", code, "name", name, "kind", kind,
                        "settings", settings, "intervalMinutes", interval));
            }
        });
        save.setId("save-connector");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("dataSources.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone).format(instant);
    }
}
