package app.uptake.incentives.statement.ui;

import app.uptake.incentives.statement.Inquiry;
import app.uptake.incentives.statement.LineTotal;
import app.uptake.incentives.statement.MyStatement;
import app.uptake.incentives.statement.PublishedRun;
import app.uptake.incentives.statement.StatementInquiryService;
import app.uptake.incentives.statement.StatementService;
import app.uptake.incentives.statement.StoredStatement;
import app.uptake.shared.CompanyCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in person's incentive statements: download each PDF, ask about a line and read HR's answers. Managers
 * whose plan shares them also see the payout totals of their reporting line.
 */
@Route("statements")
@PermitAll
@Menu(order = 45, title = "statements.nav.mine", icon = "vaadin:file-text-o")
public class MyStatementsView extends VerticalLayout implements HasDynamicTitle {

    private final StatementService statements;
    private final StatementInquiryService inquiries;
    private final ZoneId zone;
    private final Grid<Inquiry> questions = new Grid<>();
    // a statement's lines are recalculated from its run's frozen inputs: read once per statement, not once per question
    private final java.util.Map<String, List<app.uptake.incentives.statement.StatementLine>> linesOf =
            new java.util.HashMap<>();

    public MyStatementsView(StatementService statements, StatementInquiryService inquiries, CompanyCalendar calendar) {
        this.statements = statements;
        this.inquiries = inquiries;
        this.zone = calendar.zone();
        setId("my-statements");
        addClassName("uptake-page");
        add(new H2(getTranslation("statements.mine.title")), new Paragraph(getTranslation("statements.mine.intro")));
        List<MyStatement> mine = statements.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("statements.mine.empty"));
            empty.setId("statements-empty");
            add(empty);
        } else {
            add(statementGrid(mine));
        }
        add(new H3(getTranslation("statements.inquiries.mine")), questionGrid());
        List<PublishedRun> shared = statements.runsWithLineTotals();
        if (!shared.isEmpty()) {
            add(lineTotals(shared));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statements.mine.title");
    }

    private Grid<MyStatement> statementGrid(List<MyStatement> mine) {
        Locale locale = getLocale();
        Grid<MyStatement> grid = new Grid<>();
        grid.setId("statements-grid");
        grid.addColumn(s -> s.planName().in(locale)).setHeader(getTranslation("statements.col.plan")).setFlexGrow(2);
        grid.addColumn(s -> StatementTexts.period(s.period(), locale)).setHeader(getTranslation("statements.col.period"));
        grid.addColumn(s -> StatementTexts.money(s.total(), s.currency(), locale))
                .setHeader(getTranslation("statements.col.total")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(s -> StatementTexts.time(s.publishedAt(), zone, locale))
                .setHeader(getTranslation("statements.col.published"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("statements.col.actions")).setFlexGrow(2);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout actions(MyStatement statement) {
        String id = statement.statementId();
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            StoredStatement stored = statements.pdf(id);
            return new DownloadResponse(new ByteArrayInputStream(stored.pdf()), stored.fileName(), "application/pdf",
                    stored.pdf().length);
        });
        Anchor download = new Anchor(pdf, "");
        download.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(getTranslation("statements.download")));
        download.setId("download-" + id);
        Button ask = new Button(getTranslation("statements.inquiry.ask"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                e -> new InquiryDialog(inquiries, statements.lines(id), id, this::refreshQuestions).open());
        ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ask.setId("ask-" + id);
        return new HorizontalLayout(download, ask);
    }

    private Grid<Inquiry> questionGrid() {
        Locale locale = getLocale();
        questions.setId("my-inquiries");
        questions.addColumn(i -> StatementTexts.time(i.askedAt(), zone, locale))
                .setHeader(getTranslation("statements.inquiry.col.asked"));
        questions.addColumn(i -> lineName(i, locale)).setHeader(getTranslation("statements.inquiry.col.line"));
        questions.addColumn(Inquiry::question).setHeader(getTranslation("statements.inquiry.col.question")).setFlexGrow(3);
        questions.addColumn(i -> i.answered() ? i.answer() : getTranslation("statements.inquiry.open"))
                .setHeader(getTranslation("statements.inquiry.col.answer")).setFlexGrow(3);
        questions.addColumn(i -> i.correctionRunId() == null ? "" : "#" + i.correctionRunId())
                .setHeader(getTranslation("statements.inquiry.col.correction"));
        questions.setAllRowsVisible(true);
        questions.setEmptyStateText(getTranslation("statements.inquiry.none"));
        refreshQuestions();
        return questions;
    }

    private String lineName(Inquiry inquiry, Locale locale) {
        return StatementTexts.line(this, inquiry.line(), linesOf.computeIfAbsent(inquiry.statementId(), statements::lines),
                locale);
    }

    private void refreshQuestions() {
        linesOf.clear();
        questions.setItems(inquiries.mine());
    }

    private VerticalLayout lineTotals(List<PublishedRun> shared) {
        Locale locale = getLocale();
        ComboBox<PublishedRun> run = new ComboBox<>(getTranslation("statements.team.run"));
        run.setId("team-run");
        run.setItemLabelGenerator(r -> r.planName().in(locale) + " · " + StatementTexts.period(r.period(), locale));
        run.setItems(shared);
        run.setWidth("24rem");
        Grid<LineTotal> totals = new Grid<>();
        totals.setId("team-totals");
        totals.addColumn(LineTotal::name).setHeader(getTranslation("statements.team.col.name")).setFlexGrow(2);
        totals.addColumn(t -> StatementTexts.money(t.total(), t.currency(), locale))
                .setHeader(getTranslation("statements.col.total")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        totals.setAllRowsVisible(true);
        run.addValueChangeListener(e -> totals.setItems(e.getValue() == null ? List.of()
                : statements.lineTotals(e.getValue().runId())));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("statements.team.title")),
                new Paragraph(getTranslation("statements.team.intro")), run, totals);
        section.setPadding(false);
        return section;
    }
}
