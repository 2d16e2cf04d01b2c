package app.uptake.goals.ui;

import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalCascadeService;
import app.uptake.goals.GoalStatus;
import app.uptake.goals.GoalSummary;
import app.uptake.goals.TeamTarget;
import app.uptake.goals.TeamTargetService;
import app.uptake.goals.progress.Progress;
import app.uptake.goals.progress.TargetProgressService;
import app.uptake.organization.OrgUnit;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A manager's team targets for a fiscal year: the goals set for the unit they lead or handed down into it, each
 * expanding (read from the server only when expanded) to its breakdown to sub-units and people, with baseline, target,
 * change and weight. A goal the manager may break down has a button that opens the breakdown editor.
 */
@Route("team/targets")
@RolesAllowed("MANAGER")
@Menu(order = 16, title = "teamTargets.nav", icon = "vaadin:split")
public class TeamTargetsView extends VerticalLayout implements HasDynamicTitle {

    private final TeamTargetService team;
    private final GoalCascadeService cascade;
    private final Select<Integer> year = new Select<>();
    private final Paragraph empty = new Paragraph();
    private final TreeGrid<TeamTarget> tree = new TreeGrid<>();
    private final Optional<OrgUnit> unit;
    private final TargetProgressService targetProgress;
    /** The progress of the rows fetched so far, measured a page at a time as the tree fetches them. */
    private final Map<Long, Progress> progress = new HashMap<>();

    public TeamTargetsView(TeamTargetService team, GoalCascadeService cascade, FiscalCalendar fiscal,
            TargetProgressService targetProgress) {
        this.team = team;
        this.cascade = cascade;
        this.targetProgress = targetProgress;
        setId("team-targets");
        addClassName("uptake-page");
        setSizeFull();
        add(new H2(getTranslation("teamTargets.title")), new Paragraph(getTranslation("teamTargets.intro")));
        unit = team.team();

        year.setId("team-targets-year");
        year.setLabel(getTranslation("goals.year"));
        year.setItems(fiscal.selectableYears());
        year.setItemLabelGenerator(y -> "FY " + y);
        year.setValue(fiscal.currentFiscalYear());
        year.addValueChangeListener(e -> refresh());
        Span unitName = new Span(unit.map(u -> getTranslation("teamTargets.unit", u.name()))
                .orElseGet(() -> getTranslation("teamTargets.noUnit")));
        unitName.setId("team-targets-unit");
        HorizontalLayout bar = new HorizontalLayout(year, unitName);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(bar);
        empty.setId("team-targets-empty");
        add(empty);

        tree.setId("team-targets-tree");
        tree.addComponentHierarchyColumn(this::link).setKey("scope").setHeader(getTranslation("goals.cascade.column.child"))
                .setWidth("16rem").setFlexGrow(2).setResizable(true).setFrozen(true);
        tree.addColumn(t -> t.goal().title().in(getLocale())).setKey("title").setHeader(getTranslation("goals.column.title"))
                .setWidth("14rem").setFlexGrow(2).setResizable(true);
        tree.addColumn(t -> t.goal().metricName().in(getLocale())).setKey("metric").setHeader(getTranslation("goals.column.metric"))
                .setWidth("12rem").setFlexGrow(1).setResizable(true);
        tree.addColumn(t -> t.goal().period().label()).setKey("period").setHeader(getTranslation("goals.column.period")).setAutoWidth(true);
        tree.addColumn(t -> GoalNumbers.format(t.goal().baseline(), t.goal().unit(), getLocale())).setKey("baseline")
                .setHeader(getTranslation("goals.column.baseline")).setAutoWidth(true);
        tree.addColumn(t -> GoalNumbers.format(t.goal().target(), t.goal().unit(), getLocale())).setKey("target")
                .setHeader(getTranslation("goals.column.target")).setAutoWidth(true);
        tree.addColumn(t -> GoalNumbers.change(t.goal(), getLocale(), this::getTranslation)).setKey("change")
                .setHeader(getTranslation("goals.column.change")).setAutoWidth(true);
        tree.addComponentColumn(t -> ProgressBadges.attainment(progress.get(t.goal().id()), "attainment-" + t.goal().id(),
                getLocale(), this::getTranslation)).setKey("attainment").setHeader(getTranslation("goals.column.attainment"))
                .setAutoWidth(true);
        tree.addComponentColumn(t -> ProgressBadges.status(progress.get(t.goal().id()), "progress-" + t.goal().id(),
                this::getTranslation)).setKey("progress").setHeader(getTranslation("goals.column.progress"))
                .setAutoWidth(true);
        tree.addColumn(t -> getTranslation("goals.percent", GoalNumbers.format(t.goal().weight(), 1, getLocale())))
                .setKey("weight").setHeader(getTranslation("goals.column.weight")).setAutoWidth(true);
        tree.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("goals.column.status")).setAutoWidth(true);
        tree.addComponentColumn(this::breakDown).setKey("breakdown").setHeader(getTranslation("teamTargets.column.breakdown"))
                .setAutoWidth(true);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<TeamTarget, Void>() {
            @Override
            public int getChildCount(HierarchicalQuery<TeamTarget, Void> query) {
                return query.getParentOptional().map(t -> t.goal().childCount())
                        .orElseGet(() -> team.countUnitTargets(year.getValue()));
            }

            @Override
            public boolean hasChildren(TeamTarget item) {
                return item.goal().childCount() > 0;
            }

            @Override
            protected Stream<TeamTarget> fetchChildrenFromBackEnd(HierarchicalQuery<TeamTarget, Void> query) {
                List<TeamTarget> page = query.getParentOptional()
                        .map(parent -> team.breakdown(parent.goal().id(), query.getOffset(), query.getLimit()))
                        .orElseGet(() -> team.unitTargets(year.getValue(), query.getOffset(), query.getLimit()));
                progress.putAll(targetProgress.ofGoals(page.stream().map(t -> t.goal().id()).toList()));
                return page.stream();
            }

            @Override
            public Object getId(TeamTarget item) {
                return item.goal().id();
            }
        });
        tree.setSizeFull();
        add(tree);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teamTargets.title");
    }

    /** Re-reads the year's goals; says why the list is empty, when it is. */
    private void refresh() {
        boolean none = unit.isEmpty() || team.countUnitTargets(year.getValue()) == 0;
        empty.setText(unit.isEmpty() ? getTranslation("teamTargets.notLeading")
                : getTranslation("teamTargets.empty", "FY " + year.getValue(), unit.get().name()));
        empty.setVisible(none);
        tree.setVisible(!none);
        progress.clear();
        tree.getDataProvider().refreshAll();
    }

    private Component link(TeamTarget row) {
        GoalSummary goal = row.goal();
        RouterLink link = new RouterLink(goal.scopeName(), GoalDetailView.class, GoalDetailView.parameters(goal.id()));
        link.setId("team-goal-" + goal.id());
        return link;
    }

    private Span status(TeamTarget row) {
        GoalSummary goal = row.goal();
        Span badge = new Span(getTranslation(goal.status().messageKey()));
        badge.getElement().getThemeList().add("badge " + (goal.status() == GoalStatus.ACTIVE ? "success"
                : goal.status() == GoalStatus.DRAFT ? "contrast" : ""));
        return badge;
    }

    /** The editor's button, only where the cascade lets the manager change the breakdown. */
    private Component breakDown(TeamTarget row) {
        if (!row.mayBreakDown()) {
            return new Span();
        }
        long id = row.goal().id();
        Button button = new Button(getTranslation("goals.cascade.edit"), VaadinIcon.SPLIT.create(),
                click -> BreakdownEditorDialog.open(cascade, id, this::refresh));
        button.setId("team-breakdown-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
