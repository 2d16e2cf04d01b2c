package app.uptake.incentives.run.ui;

import app.uptake.incentives.run.IncentiveRunService;
import app.uptake.incentives.run.RunKind;
import app.uptake.incentives.run.RunSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** The calculation runs, newest period first, and the dialog that starts one. */
@Route("incentives/runs")
@RolesAllowed({"HR", "ADMIN"})
@Menu(order = 56, title = "incentiveRuns.nav", icon = "vaadin:calc-book")
public class IncentiveRunsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<RunSummary> grid = new Grid<>();

    public IncentiveRunsView(IncentiveRunService runs) {
        setId("incentive-runs");
        setSizeFull();
        addClassName("uptake-page");
        Button start = new Button(getTranslation("incentiveRuns.start"), VaadinIcon.PLUS.create(),
                click -> new StartRunDialog(runs, id -> getUI().ifPresent(ui -> ui.navigate(IncentiveRunView.class,
                        new RouteParameters("id", Long.toString(id))))).open());
        start.setId("start-run");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("incentiveRuns.title")), new Paragraph(getTranslation("incentiveRuns.intro")), start);

        grid.setId("runs-grid");
        grid.addColumn(r -> "#" + r.id()).setHeader(getTranslation("incentiveRuns.col.id")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.planName().in(getLocale())).setHeader(getTranslation("incentiveRuns.col.plan"))
                .setFlexGrow(2);
        grid.addColumn(r -> RunTexts.period(r.period(), getLocale())).setHeader(getTranslation("incentiveRuns.col.period"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.kind().messageKey())
                + (r.kind() == RunKind.CORRECTION ? " #" + r.correctsRunId() : ""))
                .setHeader(getTranslation("incentiveRuns.col.kind")).setAutoWidth(true);
        grid.addComponentColumn(r -> status(r)).setHeader(getTranslation("incentiveRuns.col.status")).setAutoWidth(true);
        grid.addColumn(RunSummary::employeeCount).setHeader(getTranslation("incentiveRuns.col.employees"))
                .setAutoWidth(true);
        grid.addColumn(r -> RunTexts.money(r.total(), r.currency(), getLocale()))
                .setHeader(getTranslation("incentiveRuns.col.total")).setAutoWidth(true);
        grid.setItems(query -> runs.runs(query.getOffset(), query.getLimit()).stream(), query -> runs.countRuns());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IncentiveRunView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));
        add(grid);
        expand(grid);
    }

    private Span status(RunSummary run) {
        return StatusBadge.of(this, run.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incentiveRuns.title");
    }
}
