package app.uptake.goals.ui;

import app.uptake.goals.GoalCascadeService;
import app.uptake.goals.GoalStatus;
import app.uptake.goals.GoalSummary;
import app.uptake.goals.MyTarget;
import app.uptake.goals.progress.TargetProgressService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The signed-in person's targets from the goal cascade: the target and their own baseline, how the metric is
 * measured in plain words, which goal it rolls up into, and in its progress area (id {@code progress-<goal id>})
 * their actual, expected-to-date, forecast and status with a small trend chart.
 */
@Route("targets")
@PermitAll
@Menu(order = 15, title = "targets.nav", icon = "vaadin:crosshairs")
public class MyTargetsView extends VerticalLayout implements HasDynamicTitle {

    private final TargetProgressService progress;

    public MyTargetsView(GoalCascadeService cascade, TargetProgressService progress) {
        this.progress = progress;
        setId("my-targets");
        addClassName("uptake-page");
        add(new H2(getTranslation("targets.title")), new Paragraph(getTranslation("targets.intro")));
        List<MyTarget> mine = cascade.myTargets();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("targets.empty"));
            empty.setId("targets-empty");
            add(empty);
            return;
        }
        Div list = new Div();
        list.setId("targets-list");
        list.addClassName("uptake-cards-wide");
        mine.forEach(t -> list.add(card(t)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title");
    }

    private Div card(MyTarget mine) {
        GoalSummary t = mine.target();
        long id = t.id();
        Div card = new Div();
        card.setId("target-" + id);
        card.addClassName("uptake-card");
        H3 title = new H3(t.title().in(getLocale()) + " · " + t.metricName().in(getLocale()));
        Span status = new Span(getTranslation(t.status().messageKey()));
        status.getElement().getThemeList().add("badge " + (t.status() == GoalStatus.ACTIVE ? "success" : "contrast"));
        status.setId("target-status-" + id);
        card.add(title, status);
        card.add(GoalFacts.line("target-period-" + id, getTranslation("targets.period", t.period().label())));
        card.add(GoalFacts.line("target-value-" + id, getTranslation("targets.target",
                GoalNumbers.format(t.target(), t.unit(), getLocale()))));
        card.add(GoalFacts.line("target-baseline-" + id, t.baseline() == null ? getTranslation("targets.noBaseline")
                : getTranslation("targets.baseline", GoalNumbers.format(t.baseline(), t.unit(), getLocale()))
                        + " · " + GoalNumbers.change(t, getLocale(), this::getTranslation)));
        card.add(new H4(getTranslation("targets.method")));
        Paragraph method = new Paragraph(mine.metric().method().in(getLocale()));
        method.setId("target-method-" + id);
        card.add(method);
        card.add(GoalFacts.line("target-rollup-" + id, getTranslation("targets.rollsUp", mine.parentTitle().in(getLocale()),
                mine.parentScopeName(), mine.companyGoalTitle().in(getLocale()))));
        Div area = new Div();
        area.setId("progress-" + id);
        area.addClassName("target-progress");
        area.add(new H4(getTranslation("targets.progress")));
        area.add(new ProgressPanel(progress.ofGoal(id).orElse(null), t.unit(), name -> "progress-" + name + "-" + id,
                true, getLocale(), this::getTranslation));
        card.add(area);
        return card;
    }
}
