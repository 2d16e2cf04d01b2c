package app.uptake.incentives.run.ui;

import app.uptake.incentives.run.IncentiveRunService;
import app.uptake.incentives.run.ResultRow;
import app.uptake.incentives.run.RunDetail;
import app.uptake.incentives.run.RunKind;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * One run: who calculated, approved and published it, the buttons of the next step (only those the signed-in user
 * may take), and the employees' results with their totals, for a correction with the difference to the corrected
 * run. A click on an employee opens the result with its explanation and adjustments.
 */
@Route("incentives/runs/:id")
@RolesAllowed({"HR", "ADMIN"})
public class IncentiveRunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IncentiveRunService runs;
    private final I18NProvider i18n;
    private final ZoneId zone;
    private final H2 title = new H2();
    private final HorizontalLayout facts = new HorizontalLayout();
    private final Paragraph history = new Paragraph();
    private final Button calculate = new Button();
    private final Button approve = new Button();
    private final Button publish = new Button();
    private final Button correct = new Button();
    private final Span totals = new Span();
    private final Grid<ResultRow> results = new Grid<>();
    private Grid.Column<ResultRow> differenceColumn;
    private RunDetail run;

    public IncentiveRunView(IncentiveRunService runs, I18NProvider i18n, CompanyCalendar calendar) {
        this.runs = runs;
        this.i18n = i18n;
        this.zone = calendar.zone();
        setId("incentive-run");
        setSizeFull();
        addClassName("uptake-page");
        facts.setId("run-facts");
        history.setId("run-history");
        button(calculate, "calculate", "incentiveRuns.action.calculate", () -> runs.calculate(run.id()),
                "incentiveRuns.done.calculated");
        button(approve, "approve", "incentiveRuns.action.approve", () -> runs.approve(run.id()),
                "incentiveRuns.done.approved");
        button(publish, "publish", "incentiveRuns.action.publish", () -> runs.publish(run.id()),
                "incentiveRuns.done.published");
        correct.setText(getTranslation("incentiveRuns.action.correct"));
        correct.setId("run-correct");
        correct.addClickListener(e -> act(() -> {
            long id = runs.startCorrection(run.id());
            getUI().ifPresent(ui -> ui.navigate(IncentiveRunView.class, new RouteParameters("id", Long.toString(id))));
        }, "incentiveRuns.done.correction"));
        totals.setId("run-totals");
        results.setId("run-results");
        results.addColumn(ResultRow::name).setHeader(getTranslation("incentiveRuns.col.employee")).setFlexGrow(3);
        results.addColumn(r -> RunTexts.money(r.total(), r.currency(), getLocale()))
                .setHeader(getTranslation("incentiveRuns.col.total")).setAutoWidth(true);
        differenceColumn = results.addColumn(r -> RunTexts.signedMoney(r.difference(), r.currency(), getLocale()))
                .setHeader(getTranslation("incentiveRuns.col.difference")).setAutoWidth(true);
        results.addColumn(r -> r.adjustments() == 0 ? "" : Integer.toString(r.adjustments()))
                .setHeader(getTranslation("incentiveRuns.col.adjustments")).setAutoWidth(true);
        results.addItemClickListener(e -> openResult(e.getItem().employeeId()));
        add(new RouterLink(getTranslation("incentiveRuns.back"), IncentiveRunsView.class), title, facts, history,
                new HorizontalLayout(calculate, approve, publish, correct), totals, results);
        expand(results);
    }

    private void button(Button button, String id, String label, Runnable action, String done) {
        button.setText(getTranslation(label));
        button.setId("run-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> act(action, done));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(getTranslation(done));
            refresh();
        } catch (BusinessRuleException rule) {
            Notifications.error(getTranslation(rule.messageKey(), rule.args()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            run = runs.run(id);
        } catch (BusinessRuleException notFound) {
            removeAll();
            add(new Paragraph(getTranslation("incentiveRuns.error.notFound", id)));
            return;
        }
        results.setItems(query -> runs.results(run.id(), query.getOffset(), query.getLimit()).stream(),
                query -> runs.countResults(run.id()));
        show();
    }

    private void refresh() {
        run = runs.run(run.id());
        results.getDataProvider().refreshAll();
        show();
    }

    private void show() {
        title.setText(RunTexts.title(this, getLocale(), run.summary()));
        facts.removeAll();
        facts.add(StatusBadge.of(this, run.status()), new Span(getTranslation(run.summary().kind().messageKey())
                + (run.summary().kind() == RunKind.CORRECTION ? " #" + run.summary().correctsRunId() : "")),
                new Span("#" + run.id()));
        history.setText(getTranslation("incentiveRuns.run.history",
                run.startedBy() == null ? getTranslation("incentiveRuns.run.system") : run.startedBy(),
                orDash(run.calculatedBy()), RunTexts.time(run.calculatedAt(), zone, getLocale()),
                orDash(run.approvedBy()), RunTexts.time(run.approvedAt(), zone, getLocale()),
                orDash(run.publishedBy()), RunTexts.time(run.publishedAt(), zone, getLocale())));
        calculate.setVisible(run.mayCalculate());
        approve.setVisible(run.mayApprove());
        publish.setVisible(run.mayPublish());
        correct.setVisible(run.mayCorrect());
        boolean correction = run.summary().kind() == RunKind.CORRECTION;
        differenceColumn.setVisible(correction);
        String currency = run.summary().currency();
        String text = getTranslation("incentiveRuns.run.totals", run.summary().employeeCount(),
                RunTexts.money(run.summary().total(), currency, getLocale()));
        if (correction && run.differenceTotal() != null) {
            text += " · " + getTranslation("incentiveRuns.run.differenceTotal",
                    RunTexts.signedMoney(run.differenceTotal(), currency, getLocale()));
        }
        totals.setText(text);
    }

    private void openResult(long employeeId) {
        new EmployeeResultDialog(runs, i18n, run, employeeId, zone, this::refresh).open();
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }

    @Override
    public String getPageTitle() {
        return run == null ? getTranslation("incentiveRuns.title") : RunTexts.title(this, getLocale(), run.summary());
    }
}
