package app.uptake.goals.ui;

import app.uptake.goals.GoalCascadeService;
import app.uptake.goals.GoalSummary;
import app.uptake.goals.allocation.ChildWarning;
import app.uptake.goals.progress.Progress;
import app.uptake.goals.progress.TargetProgressService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The goal page's breakdown: the targets the goal is shared into, each with its baseline, change and any warning,
 * linked to its own goal page so the cascade can be followed down to the people; and, for those who may, the
 * breakdown editor.
 */
class BreakdownPanel extends VerticalLayout {

    private final GoalCascadeService cascade;
    private final TargetProgressService progress;
    private final long goalId;
    private final Runnable onSaved;

    BreakdownPanel(GoalCascadeService cascade, TargetProgressService progress, long goalId, Runnable onSaved) {
        this.cascade = cascade;
        this.progress = progress;
        this.goalId = goalId;
        this.onSaved = onSaved;
        setId("goal-breakdown");
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        add(new H3(getTranslation("goals.cascade.title")));
        List<GoalSummary> children = cascade.breakdown(goalId);
        if (cascade.mayEdit(goalId)) {
            Button edit = new Button(getTranslation("goals.cascade.edit"), VaadinIcon.SPLIT.create(),
                    click -> BreakdownEditorDialog.open(cascade, goalId, () -> {
                        show();
                        onSaved.run();
                    }));
            edit.setId("breakdown-edit");
            add(edit);
        }
        if (children.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("goals.cascade.none"));
            none.setId("breakdown-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("goals.cascade.intro")));
        app.uptake.goals.allocation.Alignment alignment = cascade.savedAlignment(goalId);
        Map<String, String> warnings = new HashMap<>();
        for (ChildWarning w : alignment.warnings()) {
            warnings.put(w.childId(), getTranslation(w.messageKey(), w.args().toArray()));
        }
        if (!alignment.aligned()) {
            Span gap = new Span(getTranslation(alignment.messageKey(), alignment.args().toArray()));
            gap.setId("breakdown-gap");
            gap.getElement().getThemeList().add("badge error");
            add(gap);
        }
        Grid<GoalSummary> grid = new Grid<>();
        grid.setId("breakdown-children");
        grid.addComponentColumn(c -> {
            RouterLink link = new RouterLink(c.scopeName(), GoalDetailView.class, GoalDetailView.parameters(c.id()));
            link.setId("child-" + c.id());
            return link;
        }).setHeader(getTranslation("goals.cascade.column.child")).setFlexGrow(2);
        grid.addColumn(c -> GoalNumbers.format(c.baseline(), c.unit(), getLocale()))
                .setHeader(getTranslation("goals.cascade.column.baseline")).setAutoWidth(true);
        grid.addColumn(c -> GoalNumbers.format(c.target(), c.unit(), getLocale()))
                .setHeader(getTranslation("goals.cascade.column.target")).setAutoWidth(true);
        grid.addColumn(c -> GoalNumbers.change(c, getLocale(), this::getTranslation))
                .setHeader(getTranslation("goals.cascade.column.change")).setAutoWidth(true);
        Map<Long, Progress> measured = progress.ofGoals(children.stream().map(GoalSummary::id).toList());
        grid.addComponentColumn(c -> ProgressBadges.attainment(measured.get(c.id()), "child-attainment-" + c.id(),
                getLocale(), this::getTranslation)).setHeader(getTranslation("goals.column.attainment")).setKey("attainment").setAutoWidth(true);
        grid.addComponentColumn(c -> ProgressBadges.status(measured.get(c.id()), "child-progress-" + c.id(),
                this::getTranslation)).setHeader(getTranslation("goals.column.progress")).setKey("progress").setAutoWidth(true);
        grid.addColumn(c -> warnings.getOrDefault(keyOf(c), "")).setHeader(getTranslation("goals.cascade.column.warning"))
                .setFlexGrow(3);
        grid.setItems(children);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static String keyOf(GoalSummary c) {
        return app.uptake.goals.CascadeChild.keyOf(c.scope());
    }
}
