package app.uptake.incentives.statement.ui;

import app.uptake.incentives.statement.GenerationProgress;
import app.uptake.incentives.statement.Inquiry;
import app.uptake.incentives.statement.PublishedRun;
import app.uptake.incentives.statement.StatementGenerationService;
import app.uptake.incentives.statement.StatementGenerationService.RunStatements;
import app.uptake.incentives.statement.StatementInquiryService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Locale;

/**
 * HR's statements page: for each published run, generate its statements in the background (with progress), download
 * them all as a ZIP and the payroll CSV; below, employees' questions about statement lines, open ones first.
 */
@Route("incentives/statements")
@RolesAllowed({"HR", "ADMIN"})
@Menu(order = 57, title = "statements.nav.hr", icon = "vaadin:archive")
public class StatementsView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 1000;

    private final StatementGenerationService generation;
    private final StatementInquiryService inquiries;
    private final ZoneId zone;
    private final Grid<RunStatements> runs = new Grid<>();
    private final Grid<Inquiry> questions = new Grid<>();
    private final Checkbox openOnly = new Checkbox();
    private Registration polling;

    public StatementsView(StatementGenerationService generation, StatementInquiryService inquiries,
            CompanyCalendar calendar) {
        this.generation = generation;
        this.inquiries = inquiries;
        this.zone = calendar.zone();
        setId("statements-hr");
        addClassName("uptake-page");
        add(new H2(getTranslation("statements.hr.title")), new Paragraph(getTranslation("statements.hr.intro")));
        add(runGrid());
        add(new H3(getTranslation("statements.inquiries.title")), inquiryControls(), inquiryGrid());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statements.hr.title");
    }

    private Grid<RunStatements> runGrid() {
        Locale locale = getLocale();
        runs.setId("statement-runs");
        // every column as wide as its content, so names, states and both download links are never cut off
        runs.addColumn(r -> r.run().planName().in(locale)).setHeader(getTranslation("statements.col.plan"))
                .setAutoWidth(true).setFlexGrow(1);
        runs.addColumn(r -> StatementTexts.period(r.run().period(), locale)).setHeader(getTranslation("statements.col.period"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> r.run().employees()).setHeader(getTranslation("statements.col.people"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> StatementTexts.date(r.run().publishedAt(), zone, locale))
                .setHeader(getTranslation("statements.col.published")).setAutoWidth(true).setFlexGrow(0);
        runs.addComponentColumn(this::progress).setHeader(getTranslation("statements.col.statements"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addComponentColumn(this::actions).setHeader(getTranslation("statements.col.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.setItems(query -> generation.publishedRuns(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, generation.countPublishedRuns()));
        runs.setEmptyStateText(getTranslation("statements.hr.noRuns"));
        runs.setAllRowsVisible(true);
        return runs;
    }

    private VerticalLayout progress(RunStatements row) {
        GenerationProgress progress = row.progress();
        Span text = new Span(getTranslation(progress.status().messageKey(), progress.done(), progress.total()));
        text.setId("progress-text-" + row.run().runId());
        VerticalLayout cell = new VerticalLayout(text);
        cell.setPadding(false);
        cell.setSpacing(false);
        if (progress.status() == GenerationProgress.Status.RUNNING) {
            ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
            bar.setId("progress-" + row.run().runId());
            cell.add(bar);
        } else if (progress.status() == GenerationProgress.Status.FAILED && progress.error() != null) {
            Span error = new Span(progress.error());
            error.addClassName("error-text");
            cell.add(error);
        }
        return cell;
    }

    private HorizontalLayout actions(RunStatements row) {
        PublishedRun run = row.run();
        long id = run.runId();
        HorizontalLayout actions = new HorizontalLayout();
        GenerationProgress.Status status = row.progress().status();
        if (status == GenerationProgress.Status.NOT_STARTED || status == GenerationProgress.Status.FAILED) {
            Button generate = new Button(getTranslation(status == GenerationProgress.Status.FAILED
                    ? "statements.hr.resume" : "statements.hr.generate"), VaadinIcon.COGS.create(), e -> {
                        try {
                            generation.start(id);
                            runs.getDataProvider().refreshAll();
                            startPolling(UI.getCurrent());
                        } catch (BusinessRuleException rule) {
                            Notifications.error(getTranslation(rule.messageKey(), rule.args()));
                        }
                    });
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            generate.setId("generate-" + id);
            actions.add(generate);
        }
        if (status == GenerationProgress.Status.DONE) {
            actions.add(download("zip-" + id, "statements.hr.zip", event -> {
                event.setFileName(StatementGenerationService.zipName(run));
                event.setContentType("application/zip");
                generation.writeZip(id, event.getOutputStream());
            }));
        }
        actions.add(download("payroll-" + id, "statements.hr.payroll", event -> {
            event.setFileName(StatementGenerationService.payrollName(run));
            event.setContentType("text/csv; charset=UTF-8");
            generation.writePayroll(id, event.getOutputStream());
        }));
        return actions;
    }

    private Anchor download(String id, String textKey, DownloadHandler handler) {
        Anchor link = new Anchor(handler, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(textKey)));
        link.setId(id);
        return link;
    }

    private HorizontalLayout inquiryControls() {
        openOnly.setLabel(getTranslation("statements.inquiries.openOnly"));
        openOnly.setId("inquiries-open-only");
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> questions.getDataProvider().refreshAll());
        return new HorizontalLayout(openOnly);
    }

    private Grid<Inquiry> inquiryGrid() {
        Locale locale = getLocale();
        questions.setId("inquiries");
        questions.addColumn(i -> StatementTexts.time(i.askedAt(), zone, locale))
                .setHeader(getTranslation("statements.inquiry.col.asked"));
        questions.addColumn(Inquiry::employeeName).setHeader(getTranslation("statements.inquiry.col.employee"));
        questions.addColumn(Inquiry::statementId).setHeader(getTranslation("statements.inquiry.col.statement"));
        questions.addColumn(i -> StatementTexts.fixedOrCode(this, i.line()))
                .setHeader(getTranslation("statements.inquiry.col.line"));
        questions.addColumn(Inquiry::question).setHeader(getTranslation("statements.inquiry.col.question")).setFlexGrow(3);
        questions.addColumn(i -> i.answered() ? i.answer() : getTranslation("statements.inquiry.open"))
                .setHeader(getTranslation("statements.inquiry.col.answer")).setFlexGrow(3);
        questions.addComponentColumn(i -> {
            if (i.answered()) {
                return new Span(i.correctionRunId() == null ? "" : "#" + i.correctionRunId());
            }
            Button answer = new Button(getTranslation("statements.inquiry.answer"),
                    e -> new AnswerDialog(inquiries, i, () -> questions.getDataProvider().refreshAll()).open());
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            answer.setId("answer-" + i.id());
            return answer;
        }).setHeader(getTranslation("statements.inquiry.col.correction"));
        questions.setItems(query -> inquiries.page(openOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, inquiries.count(openOnly.getValue())));
        questions.setEmptyStateText(getTranslation("statements.inquiry.none"));
        return questions;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        startPolling(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    /** Polls while the page is open: generation runs on a background thread and its progress is in the database. */
    private void startPolling(UI ui) {
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> runs.getDataProvider().refreshAll());
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
