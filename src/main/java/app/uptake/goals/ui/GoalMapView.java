package app.uptake.goals.ui;

import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalService;
import app.uptake.goals.GoalStatus;
import app.uptake.goals.GoalSummary;
import app.uptake.goals.progress.Progress;
import app.uptake.goals.progress.TargetProgressService;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.ProcessSegment;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.OrganizationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The goal map of a fiscal year: its company goals with metric, baseline, target, change, attainment and progress
 * status, and lifecycle status, in a tree that reads each goal's breakdown only when it is expanded. Progress is
 * measured for the rows fetched, page by page, never for the whole cascade. Executives and the program office draft
 * goals here.
 */
@Route("goals")
@RolesAllowed({"EXECUTIVE", "ADMIN"})
@Menu(order = 25, title = "goals.nav", icon = "vaadin:bullseye")
public class GoalMapView extends VerticalLayout implements HasDynamicTitle {

    /** A row of the tree: the goal and its progress today (null when the caller may not see its figures). */
    public record Row(GoalSummary goal, Progress progress) {
    }

    private final GoalService goals;
    private final TargetProgressService progress;
    private final Select<Integer> year = new Select<>();
    private final Select<ProcessSegment> segment = new Select<>();
    private final TreeGrid<Row> tree = new TreeGrid<>();
    private final Span weights = new Span();

    public GoalMapView(GoalService goals, FiscalCalendar fiscal, MetricService metrics, OrganizationService organization,
            EmployeeService employees, TargetProgressService progress) {
        this.goals = goals;
        this.progress = progress;
        setId("goal-map");
        addClassName("uptake-page");
        setSizeFull();
        add(new H2(getTranslation("goals.title")), new Paragraph(getTranslation("goals.intro")));

        year.setId("goals-year");
        year.setLabel(getTranslation("goals.year"));
        year.setItems(fiscal.selectableYears());
        year.setItemLabelGenerator(y -> "FY " + y);
        year.setValue(fiscal.currentFiscalYear());
        year.addValueChangeListener(e -> refresh());
        segment.setId("goals-segment");
        segment.setLabel(getTranslation("goals.segment"));
        segment.setItems(ProcessSegment.values());
        segment.setEmptySelectionAllowed(true);
        segment.setEmptySelectionCaption(getTranslation("goals.segment.all"));
        segment.setItemLabelGenerator(s -> s == null ? getTranslation("goals.segment.all") : getTranslation(s.messageKey()));
        segment.addValueChangeListener(e -> refresh());
        weights.setId("goals-weights");
        Button create = new Button(getTranslation("goals.new"), VaadinIcon.PLUS.create(),
                click -> new GoalEditorDialog(goals, metrics, organization, employees, fiscal, null, year.getValue(),
                        id -> refresh()).open());
        create.setId("goals-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(year, segment, create, weights);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(bar);

        tree.setId("goals-tree");
        // the goal and its metric get room of their own: the figures beside them take only what they need
        tree.addHierarchyColumn(r -> r.goal().title().in(getLocale())).setHeader(getTranslation("goals.column.title"))
                .setWidth("18rem").setFlexGrow(2).setResizable(true).setFrozen(true);
        tree.addColumn(r -> r.goal().metricName().in(getLocale())).setHeader(getTranslation("goals.column.metric"))
                .setWidth("12rem").setFlexGrow(1).setResizable(true);
        tree.addColumn(r -> r.goal().scopeName()).setHeader(getTranslation("goals.column.scope")).setAutoWidth(true);
        tree.addColumn(r -> r.goal().period().label()).setHeader(getTranslation("goals.column.period")).setAutoWidth(true);
        tree.addColumn(r -> GoalNumbers.format(r.goal().baseline(), r.goal().unit(), getLocale()))
                .setHeader(getTranslation("goals.column.baseline")).setAutoWidth(true);
        tree.addColumn(r -> GoalNumbers.format(r.goal().target(), r.goal().unit(), getLocale()))
                .setHeader(getTranslation("goals.column.target")).setAutoWidth(true);
        tree.addColumn(r -> GoalNumbers.change(r.goal(), getLocale(), this::getTranslation))
                .setHeader(getTranslation("goals.column.change")).setAutoWidth(true);
        tree.addComponentColumn(r -> ProgressBadges.attainment(r.progress(), "attainment-" + r.goal().id(), getLocale(),
                this::getTranslation)).setHeader(getTranslation("goals.column.attainment")).setKey("attainment")
                .setAutoWidth(true);
        tree.addComponentColumn(r -> ProgressBadges.status(r.progress(), "progress-" + r.goal().id(), this::getTranslation))
                .setHeader(getTranslation("goals.column.progress")).setKey("progress").setAutoWidth(true);
        tree.addColumn(r -> getTranslation("goals.percent", GoalNumbers.format(r.goal().weight(), 1, getLocale())))
                .setHeader(getTranslation("goals.column.weight")).setAutoWidth(true);
        tree.addComponentColumn(r -> status(r.goal())).setHeader(getTranslation("goals.column.status")).setKey("status")
                .setAutoWidth(true);
        tree.addColumn(r -> r.goal().ownerName()).setHeader(getTranslation("goals.column.owner")).setAutoWidth(true);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<Row, Void>() {
            @Override
            public int getChildCount(HierarchicalQuery<Row, Void> query) {
                return query.getParentOptional().map(r -> r.goal().childCount())
                        .orElseGet(() -> goals.countCompanyGoals(year.getValue(), segment.getValue()));
            }

            @Override
            public boolean hasChildren(Row item) {
                return item.goal().childCount() > 0;
            }

            @Override
            protected Stream<Row> fetchChildrenFromBackEnd(HierarchicalQuery<Row, Void> query) {
                List<GoalSummary> page = query.getParentOptional()
                        .map(parent -> goals.children(parent.goal().id()).stream().skip(query.getOffset())
                                .limit(query.getLimit()).toList())
                        .orElseGet(() -> goals.companyGoals(year.getValue(), segment.getValue(), query.getOffset(),
                                query.getLimit()));
                return withProgress(page).stream();
            }

            @Override
            public Object getId(Row item) {
                return item.goal().id();
            }
        });
        tree.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GoalDetailView.class,
                GoalDetailView.parameters(e.getItem().goal().id()))));
        tree.setSizeFull();
        add(tree);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goals.title");
    }

    private void refresh() {
        tree.getDataProvider().refreshAll();
        weights.setText(getTranslation("goals.weightTotal", String.valueOf(year.getValue()),
                GoalNumbers.format(goals.weightOfYear(year.getValue()), 1, getLocale())));
    }

    /** The rows of one fetched page, with the progress of just these goals, measured in one batch. */
    private List<Row> withProgress(List<GoalSummary> page) {
        Map<Long, Progress> measured = progress.ofGoals(page.stream().map(GoalSummary::id).toList());
        return page.stream().map(g -> new Row(g, measured.get(g.id()))).toList();
    }

    private Span status(GoalSummary goal) {
        Span badge = new Span(getTranslation(goal.status().messageKey()));
        badge.getElement().getThemeList().add("badge " + (goal.status() == GoalStatus.ACTIVE ? "success"
                : goal.status() == GoalStatus.DRAFT ? "contrast" : ""));
        badge.setId("status-" + goal.id());
        return badge;
    }
}
