package app.uptake.goals.ui;

import app.uptake.goals.CascadeChild;
import app.uptake.goals.CascadePlan;
import app.uptake.goals.GoalCascadeService;
import app.uptake.goals.allocation.Alignment;
import app.uptake.goals.allocation.Allocation;
import app.uptake.goals.allocation.AllocationStrategy;
import app.uptake.goals.allocation.ChildWarning;
import app.uptake.goals.MetricNature;
import app.uptake.metrics.MetricUnit;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The breakdown editor: a strategy proposes the children's targets, each can be edited, and every edit recomputes
 * the alignment with the goal's target at once (Σ or weighted total, gap, tolerance, status). Saving is refused with
 * the service's message when the breakdown does not align or a changed target lacks a reason.
 */
class BreakdownEditorDialog extends Dialog {

    private final GoalCascadeService cascade;
    private final long goalId;
    private final CascadePlan plan;
    private final Runnable onSaved;
    private final MetricUnit unit;
    private final Select<AllocationStrategy> strategy = new Select<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, Span> changes = new LinkedHashMap<>();
    private final Map<String, Span> warnings = new LinkedHashMap<>();
    private final Span total = new Span();
    private final Span gap = new Span();
    private final Span status = new Span();
    private final Span error = new Span();
    private final TextArea reason = new TextArea();
    private boolean filling;

    /** Opens the editor, or shows why the caller may not break the goal down. */
    static void open(GoalCascadeService cascade, long goalId, Runnable onSaved) {
        try {
            new BreakdownEditorDialog(cascade, goalId, cascade.plan(goalId), onSaved).open();
        } catch (BusinessRuleException e) {
            Notifications.error(com.vaadin.flow.component.UI.getCurrent().getTranslation(e.messageKey(), e.args()));
        }
    }

    BreakdownEditorDialog(GoalCascadeService cascade, long goalId, CascadePlan plan, Runnable onSaved) {
        this.cascade = cascade;
        this.goalId = goalId;
        this.plan = plan;
        this.onSaved = onSaved;
        this.unit = plan.goal().unit();
        setId("breakdown-editor");
        setHeaderTitle(getTranslation("goals.cascade.editor.title", plan.goal().title().in(getLocale()),
                plan.goal().scopeName()));
        setWidth("min(60rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(getTranslation(plan.level().messageKey()) + " · " + getTranslation(
                "goals.cascade.goalTarget", GoalNumbers.format(plan.goal().target(), unit, getLocale()))));
        strategy.setId("breakdown-strategy");
        strategy.setLabel(getTranslation("goals.cascade.strategy"));
        strategy.setItems(AllocationStrategy.values());
        strategy.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        strategy.addValueChangeListener(e -> {
            if (e.isFromClient() || !filling) {
                propose(e.getValue());
            }
        });
        body.add(strategy);
        Div rows = new Div();
        rows.setId("breakdown-rows");
        for (CascadeChild child : plan.children()) {
            rows.add(row(child));
        }
        body.add(rows);
        total.setId("breakdown-total");
        gap.setId("breakdown-gap-live");
        status.setId("breakdown-status");
        body.add(new HorizontalLayout(status, total, gap));
        reason.setId("breakdown-reason");
        reason.setLabel(getTranslation("goals.cascade.reason"));
        reason.setHelperText(getTranslation("goals.cascade.reasonHelp"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setVisible(plan.brokenDown());
        error.setId("breakdown-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        body.add(reason, error);
        add(body);
        Button save = new Button(getTranslation("goals.cascade.save"), click -> save());
        save.setId("breakdown-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("goals.cascade.cancel"), click -> close());
        cancel.setId("breakdown-cancel");
        getFooter().add(cancel, save);
        if (plan.brokenDown()) {
            filling = true;
            strategy.setValue(AllocationStrategy.MANUAL);
            filling = false;
            plan.children().forEach(c -> fields.get(c.key()).setValue(c.currentTarget() == null ? ""
                    : GoalNumbers.format(c.currentTarget(), unit, getLocale())));
            recompute();
        } else {
            strategy.setValue(AllocationStrategy.EQUAL);
        }
    }

    private HorizontalLayout row(CascadeChild child) {
        Span label = new Span(child.label());
        label.setWidth("14rem");
        Span baseline = new Span(getTranslation("goals.cascade.column.baseline") + ": "
                + GoalNumbers.format(child.baselineValue(), unit, getLocale()));
        baseline.setWidth("10rem");
        TextField target = new TextField();
        target.setId("target-" + child.key());
        target.setAriaLabel(getTranslation("goals.cascade.column.target") + " " + child.label());
        target.setValueChangeMode(ValueChangeMode.LAZY);
        target.addValueChangeListener(e -> {
            if (!filling) {
                if (e.isFromClient() && strategy.getValue() != AllocationStrategy.MANUAL) {
                    filling = true;
                    strategy.setValue(AllocationStrategy.MANUAL);
                    filling = false;
                }
                recompute();
            }
        });
        fields.put(child.key(), target);
        Span change = new Span();
        change.setId("change-" + child.key());
        changes.put(child.key(), change);
        Span warning = new Span();
        warning.setId("warning-" + child.key());
        warning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        warnings.put(child.key(), warning);
        HorizontalLayout row = new HorizontalLayout(label, baseline, target, change, warning);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void propose(AllocationStrategy chosen) {
        if (chosen == null || chosen == AllocationStrategy.MANUAL) {
            return;
        }
        try {
            Allocation allocation = cascade.allocate(plan, chosen);
            filling = true;
            allocation.targets().forEach(t -> fields.get(t.id()).setValue(GoalNumbers.format(t.target(), unit, getLocale())));
            filling = false;
            recompute();
        } catch (BusinessRuleException e) {
            filling = false;
            error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    /** The entered targets, or empty when one is not a number. */
    private Optional<Map<String, BigDecimal>> entered() {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (var e : fields.entrySet()) {
            Optional<BigDecimal> value = GoalNumbers.parse(e.getValue().getValue(), getLocale());
            e.getValue().setInvalid(value.isEmpty());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            targets.put(e.getKey(), value.get());
        }
        return Optional.of(targets);
    }

    /** Live alignment: Σ or weighted total, gap, tolerance and status colour, and each child's change and warning. */
    private void recompute() {
        error.setText("");
        Optional<Map<String, BigDecimal>> targets = entered();
        status.getElement().getThemeList().clear();
        if (targets.isEmpty()) {
            status.setText("");
            total.setText("");
            gap.setText("");
            error.setText(getTranslation("goals.cascade.notANumber"));
            return;
        }
        for (CascadeChild child : plan.children()) {
            changes.get(child.key()).setText(GoalNumbers.change(targets.get().get(child.key()), child.baselineValue(),
                    unit, getLocale(), this::getTranslation));
            warnings.get(child.key()).setText("");
        }
        try {
            Alignment alignment = cascade.align(plan, targets.get());
            status.setText(getTranslation(alignment.status().messageKey()));
            status.getElement().getThemeList().add("badge " + (alignment.aligned() ? "success" : "error"));
            String parent = GoalNumbers.format(alignment.parentTarget(), unit, getLocale());
            total.setText(getTranslation(alignment.nature() == MetricNature.RATIO ? "goals.cascade.weighted"
                    : "goals.cascade.sum", GoalNumbers.format(alignment.allocated(), unit.decimals()
                    + (alignment.nature() == MetricNature.RATIO ? 2 : 0), getLocale()), parent));
            gap.setText(getTranslation("goals.cascade.gap", GoalNumbers.format(alignment.gap(), unit.decimals()
                    + (alignment.nature() == MetricNature.RATIO ? 2 : 0), getLocale()),
                    GoalNumbers.format(alignment.tolerance(), unit.decimals() + 2, getLocale())));
            if (!alignment.aligned()) {
                error.setText(getTranslation(alignment.messageKey(), alignment.args().toArray()));
            }
            for (ChildWarning w : alignment.warnings()) {
                warnings.get(w.childId()).setText(getTranslation(w.messageKey(), w.args().toArray()));
            }
        } catch (BusinessRuleException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void save() {
        Optional<Map<String, BigDecimal>> targets = entered();
        if (targets.isEmpty()) {
            error.setText(getTranslation("goals.cascade.notANumber"));
            return;
        }
        try {
            cascade.save(goalId, strategy.getValue(), targets.get(), reason.getValue());
            Notifications.success(getTranslation("goals.cascade.saved"));
            close();
            onSaved.run();
        } catch (BusinessRuleException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
            reason.setInvalid("reason".equals(e.field()));
        }
    }
}
