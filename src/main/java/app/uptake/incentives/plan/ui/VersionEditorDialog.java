package app.uptake.incentives.plan.ui;

import app.uptake.goals.GoalReference;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.Tier;
import app.uptake.incentives.plan.ComponentSpec;
import app.uptake.incentives.plan.CurveSpec;
import app.uptake.incentives.plan.GateSpec;
import app.uptake.incentives.plan.IncentivePlanService;
import app.uptake.incentives.plan.PlanDefinitions;
import app.uptake.incentives.plan.VersionDraft;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricDirection;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a new version of a plan, starting from the version before: components bound to a company goal or to a
 * metric with its own target, each with a weight and a payout curve (threshold, linear to the target, tiers as
 * accelerators or decelerators, cap; or a step table), and gates. A refusal is shown at the field and row it
 * concerns; nothing is saved until the whole version is valid.
 */
class VersionEditorDialog extends Dialog {

    private enum BindingKind { GOAL, METRIC }

    private final IncentivePlanService plans;
    private final long planId;
    private final List<GoalReference> goals;
    private final List<MetricDefinition> metrics;
    private final Runnable saved;
    private final DatePicker validFrom = new DatePicker();
    private final TextField targetIncentive = new TextField();
    private final TextArea reason = new TextArea();
    private final VerticalLayout componentRows = new VerticalLayout();
    private final VerticalLayout gateRows = new VerticalLayout();
    private final List<ComponentRow> components = new ArrayList<>();
    private final List<GateRow> gates = new ArrayList<>();

    VersionEditorDialog(IncentivePlanService plans, long planId, List<GoalReference> goals,
            List<MetricDefinition> metrics, BigDecimal target, List<ComponentSpec> startComponents,
            List<GateSpec> startGates, LocalDate suggestedFrom, Runnable saved) {
        this.plans = plans;
        this.planId = planId;
        this.goals = goals;
        this.metrics = metrics;
        this.saved = saved;
        setId("version-editor");
        setHeaderTitle(getTranslation("incentivePlans.editor.title"));
        setWidth("min(72rem, 95vw)");

        validFrom.setId("version-valid-from");
        validFrom.setLabel(getTranslation("incentivePlans.editor.validFrom"));
        validFrom.setHelperText(getTranslation("incentivePlans.editor.validFromHelp"));
        validFrom.setLocale(getLocale());
        validFrom.setValue(suggestedFrom);
        targetIncentive.setId("version-target-incentive");
        targetIncentive.setLabel(getTranslation("incentivePlans.targetIncentive"));
        targetIncentive.setValue(PlanTexts.plainNumber(target, getLocale()));
        reason.setId("version-reason");
        reason.setLabel(getTranslation("incentivePlans.editor.reason"));
        reason.setWidthFull();
        FormLayout head = new FormLayout(validFrom, targetIncentive, reason);
        head.setColspan(reason, 2);

        componentRows.setId("component-rows");
        componentRows.setPadding(false);
        gateRows.setId("gate-rows");
        gateRows.setPadding(false);
        Button addComponent = new Button(getTranslation("incentivePlans.editor.addComponent"), VaadinIcon.PLUS.create(),
                e -> addComponent(null));
        addComponent.setId("add-component");
        Button addGate = new Button(getTranslation("incentivePlans.editor.addGate"), VaadinIcon.PLUS.create(),
                e -> addGate(null));
        addGate.setId("add-gate");
        add(head, new H3(getTranslation("incentivePlans.components")),
                new Paragraph(getTranslation("incentivePlans.editor.componentsHelp")), componentRows, addComponent,
                new H3(getTranslation("incentivePlans.gates")), gateRows, addGate);

        startComponents.forEach(this::addComponent);
        if (startComponents.isEmpty()) {
            addComponent(null);
        }
        startGates.forEach(this::addGate);

        Button save = new Button(getTranslation("incentivePlans.editor.save"), e -> save());
        save.setId("save-version");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("incentivePlans.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void addComponent(ComponentSpec spec) {
        ComponentRow row = new ComponentRow(components.size(), spec);
        components.add(row);
        componentRows.add(row.layout);
        refreshGateScopes();
    }

    private void addGate(GateSpec spec) {
        GateRow row = new GateRow(gates.size(), spec);
        gates.add(row);
        gateRows.add(row.layout);
    }

    private void renumber() {
        componentRows.removeAll();
        List<ComponentRow> keep = new ArrayList<>(components);
        components.clear();
        for (ComponentRow row : keep) {
            ComponentSpec spec = row.lenientSpec();
            addComponent(spec);
        }
        gateRows.removeAll();
        List<GateRow> keepGates = new ArrayList<>(gates);
        gates.clear();
        for (GateRow row : keepGates) {
            addGate(row.lenientSpec());
        }
    }

    private void refreshGateScopes() {
        gates.forEach(GateRow::refreshScopes);
    }

    private List<String> componentCodes() {
        return components.stream().map(r -> r.code.getValue().strip().toUpperCase(java.util.Locale.ROOT))
                .filter(c -> !c.isEmpty()).distinct().toList();
    }

    /** A field whose text is not a number; reported at the field before anything is sent. */
    private static final class NotANumber extends RuntimeException {
        private final TextField field;

        NotANumber(TextField field) {
            super(null, null, false, false);
            this.field = field;
        }
    }

    private static BigDecimal number(TextField field) {
        if (field.getValue() == null || field.getValue().isBlank()) {
            return null;
        }
        BigDecimal value = PlanTexts.parseNumber(field.getValue());
        if (value == null) {
            throw new NotANumber(field);
        }
        return value;
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("validFrom", validFrom);
        fields.put("targetIncentive", targetIncentive);
        fields.put("reason", reason);
        components.forEach(r -> r.register(fields));
        gates.forEach(r -> r.register(fields));
        return fields;
    }

    private void save() {
        Map<String, HasValidation> fields = fields();
        fields.values().forEach(f -> f.setInvalid(false));
        VersionDraft draft;
        try {
            draft = new VersionDraft(validFrom.getValue(), number(targetIncentive),
                    components.stream().map(ComponentRow::spec).toList(), gates.stream().map(GateRow::spec).toList(),
                    reason.getValue());
        } catch (NotANumber e) {
            e.field.setErrorMessage(getTranslation("incentivePlans.error.number"));
            e.field.setInvalid(true);
            return;
        } catch (FormatProblem e) {
            e.field.setErrorMessage(getTranslation(e.key));
            e.field.setInvalid(true);
            return;
        }
        try {
            plans.saveVersion(planId, draft);
            Notifications.success(getTranslation("incentivePlans.editor.saved"));
            close();
            saved.run();
        } catch (BusinessRuleException rule) {
            RuleViolations.show(this, rule, fields);
        }
    }

    private static final class FormatProblem extends RuntimeException {
        private final TextField field;
        private final String key;

        FormatProblem(TextField field, String key) {
            super(null, null, false, false);
            this.field = field;
            this.key = key;
        }
    }

    /** One component's fields. */
    private final class ComponentRow {
        final int index;
        final TextField code = new TextField();
        final TextField nameEn = new TextField();
        final TextField nameDe = new TextField();
        final Select<BindingKind> bindingKind = new Select<>();
        final ComboBox<GoalReference> goal = new ComboBox<>();
        final ComboBox<MetricDefinition> metric = new ComboBox<>();
        final TextField metricTarget = new TextField();
        final Select<MetricDirection> direction = new Select<>();
        final TextField weight = new TextField();
        final Select<CurveSpec.Kind> curveKind = new Select<>();
        final TextField threshold = new TextField();
        final TextField thresholdPayout = new TextField();
        final TextField tiers = new TextField();
        final TextField cap = new TextField();
        final TextField steps = new TextField();
        final VerticalLayout layout = new VerticalLayout();

        ComponentRow(int index, ComponentSpec spec) {
            this.index = index;
            String id = "component-" + index + "-";
            code.setId(id + "code");
            code.setLabel(getTranslation("incentivePlans.editor.componentCode"));
            code.addValueChangeListener(e -> refreshGateScopes());
            nameEn.setId(id + "name-en");
            nameEn.setLabel(getTranslation("incentivePlans.nameEn"));
            nameDe.setId(id + "name-de");
            nameDe.setLabel(getTranslation("incentivePlans.nameDe"));
            bindingKind.setId(id + "binding-kind");
            bindingKind.setLabel(getTranslation("incentivePlans.editor.binding"));
            bindingKind.setItems(BindingKind.values());
            bindingKind.setItemLabelGenerator(k -> getTranslation("incentivePlans.bindingKind." + k.name()));
            goal.setId(id + "goal");
            goal.setLabel(getTranslation("incentivePlans.editor.goal"));
            goal.setItems(goals);
            goal.setItemLabelGenerator(g -> g.title().in(getLocale()) + " · " + g.period().label());
            metric.setId(id + "metric");
            metric.setLabel(getTranslation("incentivePlans.editor.metric"));
            metric.setItems(metrics);
            metric.setItemLabelGenerator(m -> m.name().in(getLocale()) + " (" + m.code() + ")");
            metric.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    direction.setValue(e.getValue().direction());
                }
            });
            metricTarget.setId(id + "target");
            metricTarget.setLabel(getTranslation("incentivePlans.editor.metricTarget"));
            direction.setId(id + "direction");
            direction.setLabel(getTranslation("incentivePlans.editor.direction"));
            direction.setItems(MetricDirection.values());
            direction.setItemLabelGenerator(d -> getTranslation("incentivePlans.direction." + d.name()));
            weight.setId(id + "weight");
            weight.setLabel(getTranslation("incentivePlans.weight"));
            weight.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            curveKind.setId(id + "curve-kind");
            curveKind.setLabel(getTranslation("incentivePlans.editor.curveKind"));
            curveKind.setItems(CurveSpec.Kind.values());
            curveKind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            threshold.setId(id + "threshold");
            threshold.setLabel(getTranslation("incentivePlans.editor.threshold"));
            threshold.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            thresholdPayout.setId(id + "threshold-payout");
            thresholdPayout.setLabel(getTranslation("incentivePlans.editor.thresholdPayout"));
            thresholdPayout.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            tiers.setId(id + "tiers");
            tiers.setLabel(getTranslation("incentivePlans.editor.tiers"));
            tiers.setHelperText(getTranslation("incentivePlans.editor.tiersHelp"));
            cap.setId(id + "cap");
            cap.setLabel(getTranslation("incentivePlans.editor.cap"));
            cap.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            steps.setId(id + "steps");
            steps.setLabel(getTranslation("incentivePlans.editor.steps"));
            steps.setHelperText(getTranslation("incentivePlans.editor.stepsHelp"));
            Button remove = new Button(getTranslation("incentivePlans.editor.removeComponent"),
                    VaadinIcon.TRASH.create(), e -> {
                        components.remove(this);
                        renumber();
                    });
            remove.setId(id + "remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

            bindingKind.addValueChangeListener(e -> showBinding());
            curveKind.addValueChangeListener(e -> showCurve());
            fill(spec);
            FormLayout form = new FormLayout(code, nameEn, nameDe, bindingKind, goal, metric, metricTarget, direction,
                    weight, curveKind, threshold, thresholdPayout, tiers, cap, steps);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
            form.setColspan(goal, 2);
            form.setColspan(metric, 2);
            form.setColspan(tiers, 2);
            form.setColspan(steps, 4);
            layout.setId("component-" + index);
            layout.addClassName("uptake-plan-component");
            layout.setPadding(false);
            layout.add(new H4(getTranslation("incentivePlans.editor.component", index + 1)), form, remove);
        }

        private void fill(ComponentSpec spec) {
            if (spec == null) {
                bindingKind.setValue(BindingKind.METRIC);
                curveKind.setValue(CurveSpec.Kind.TIERED);
                threshold.setValue("80");
                thresholdPayout.setValue("50");
                cap.setValue("200");
                direction.setValue(MetricDirection.HIGHER);
                return;
            }
            code.setValue(Objects.toString(spec.code(), ""));
            nameEn.setValue(Objects.toString(spec.nameEn(), ""));
            nameDe.setValue(Objects.toString(spec.nameDe(), ""));
            bindingKind.setValue(spec.goalId() != null ? BindingKind.GOAL : BindingKind.METRIC);
            if (spec.goalId() != null) {
                goals.stream().filter(g -> g.id() == spec.goalId()).findFirst().ifPresent(goal::setValue);
            }
            if (spec.metricCode() != null) {
                metrics.stream().filter(m -> m.code().equals(spec.metricCode())).findFirst().ifPresent(metric::setValue);
            }
            metricTarget.setValue(PlanTexts.plainNumber(spec.metricTarget(), getLocale()));
            direction.setValue(spec.direction() == null ? MetricDirection.HIGHER : spec.direction());
            weight.setValue(PlanTexts.plainNumber(spec.weight(), getLocale()));
            CurveSpec curve = spec.curve();
            curveKind.setValue(curve == null || curve.kind() == null ? CurveSpec.Kind.TIERED : curve.kind());
            if (curve != null) {
                threshold.setValue(PlanTexts.plainNumber(curve.threshold(), getLocale()));
                thresholdPayout.setValue(PlanTexts.plainNumber(curve.thresholdPayout(), getLocale()));
                tiers.setValue(PlanTexts.tiersText(curve.tiers(), getLocale()));
                cap.setValue(PlanTexts.plainNumber(curve.cap(), getLocale()));
                steps.setValue(PlanTexts.stepsText(curve.steps(), getLocale()));
            }
        }

        private void showBinding() {
            boolean toGoal = bindingKind.getValue() == BindingKind.GOAL;
            goal.setVisible(toGoal);
            metric.setVisible(!toGoal);
            metricTarget.setVisible(!toGoal);
            direction.setVisible(!toGoal);
        }

        private void showCurve() {
            boolean tiered = curveKind.getValue() != CurveSpec.Kind.STEPS;
            threshold.setVisible(tiered);
            thresholdPayout.setVisible(tiered);
            tiers.setVisible(tiered);
            cap.setVisible(tiered);
            steps.setVisible(!tiered);
        }

        void register(Map<String, HasValidation> fields) {
            boolean toGoal = bindingKind.getValue() == BindingKind.GOAL;
            fields.put(PlanDefinitions.componentField(index, "code"), code);
            fields.put(PlanDefinitions.componentField(index, "name"), nameEn.getValue().isBlank() ? nameEn : nameDe);
            fields.put(PlanDefinitions.componentField(index, "binding"), toGoal ? goal : metric);
            fields.put(PlanDefinitions.componentField(index, "goal"), goal);
            fields.put(PlanDefinitions.componentField(index, "target"), metricTarget);
            fields.put(PlanDefinitions.componentField(index, "direction"), direction);
            fields.put(PlanDefinitions.componentField(index, "weight"), weight);
            fields.put(PlanDefinitions.componentField(index, "curveKind"), curveKind);
            fields.put(PlanDefinitions.componentField(index, "threshold"), threshold);
            fields.put(PlanDefinitions.componentField(index, "thresholdPayout"), thresholdPayout);
            fields.put(PlanDefinitions.componentField(index, "tiers"), tiers);
            fields.put(PlanDefinitions.componentField(index, "cap"), cap);
            fields.put(PlanDefinitions.componentField(index, "steps"), steps);
            if (index == 0) {
                fields.put("weights", weight);
            }
        }

        ComponentSpec spec() {
            boolean toGoal = bindingKind.getValue() == BindingKind.GOAL;
            CurveSpec curve;
            if (curveKind.getValue() == CurveSpec.Kind.STEPS) {
                List<Step> parsed = PlanTexts.parseSteps(steps.getValue());
                if (parsed == null) {
                    throw new FormatProblem(steps, "incentivePlans.error.stepsFormat");
                }
                curve = CurveSpec.steps(parsed);
            } else {
                List<Tier> parsed = PlanTexts.parseTiers(tiers.getValue());
                if (parsed == null) {
                    throw new FormatProblem(tiers, "incentivePlans.error.tiersFormat");
                }
                curve = CurveSpec.tiered(number(threshold), number(thresholdPayout), parsed, number(cap));
            }
            return new ComponentSpec(code.getValue(), nameEn.getValue(), nameDe.getValue(),
                    toGoal && goal.getValue() != null ? goal.getValue().id() : null,
                    toGoal || metric.getValue() == null ? null : metric.getValue().code(),
                    toGoal ? null : number(metricTarget), toGoal ? null : direction.getValue(), number(weight), curve);
        }

        /** What the row holds, keeping what can be read, for re-numbering after a row is removed. */
        ComponentSpec lenientSpec() {
            try {
                return spec();
            } catch (NotANumber | FormatProblem e) {
                return new ComponentSpec(code.getValue(), nameEn.getValue(), nameDe.getValue(), null, null, null,
                        direction.getValue(), null, new CurveSpec(curveKind.getValue(), null, null, null, null, null));
            }
        }
    }

    /** One gate's fields. */
    private final class GateRow {
        final int index;
        final TextField code = new TextField();
        final Select<GateMeasure> measure = new Select<>();
        final TextField minimum = new TextField();
        final Select<GateSpec.Effect> effect = new Select<>();
        final TextField percent = new TextField();
        final Select<String> scope = new Select<>();
        final VerticalLayout layout = new VerticalLayout();

        GateRow(int index, GateSpec spec) {
            this.index = index;
            String id = "gate-" + index + "-";
            code.setId(id + "code");
            code.setLabel(getTranslation("incentivePlans.editor.gateCode"));
            measure.setId(id + "measure");
            measure.setLabel(getTranslation("incentivePlans.editor.measure"));
            measure.setItems(GateMeasure.values());
            measure.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
            measure.addValueChangeListener(e -> minimum.setVisible(
                    e.getValue() != null && e.getValue().kind() == GateMeasure.Kind.PERCENT));
            minimum.setId(id + "minimum");
            minimum.setLabel(getTranslation("incentivePlans.editor.minimum"));
            minimum.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            effect.setId(id + "effect");
            effect.setLabel(getTranslation("incentivePlans.editor.effect"));
            effect.setItems(GateSpec.Effect.values());
            effect.setItemLabelGenerator(e -> getTranslation(e.messageKey()));
            effect.addValueChangeListener(e -> percent.setVisible(e.getValue() != GateSpec.Effect.ZERO));
            percent.setId(id + "percent");
            percent.setLabel(getTranslation("incentivePlans.editor.percent"));
            percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            scope.setId(id + "scope");
            scope.setLabel(getTranslation("incentivePlans.editor.scope"));
            scope.setItemLabelGenerator(c -> c == null || c.isEmpty()
                    ? getTranslation("incentivePlans.gate.wholePayoutShort") : c);
            refreshScopes();
            Button remove = new Button(getTranslation("incentivePlans.editor.removeGate"), VaadinIcon.TRASH.create(),
                    e -> {
                        gates.remove(this);
                        renumber();
                    });
            remove.setId(id + "remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            if (spec == null) {
                measure.setValue(GateMeasure.MANDATORY_TRAINING_COMPLETED);
                effect.setValue(GateSpec.Effect.ZERO);
                scope.setValue("");
            } else {
                code.setValue(Objects.toString(spec.code(), ""));
                measure.setValue(spec.measure());
                minimum.setValue(PlanTexts.plainNumber(spec.minimum(), getLocale()));
                effect.setValue(spec.effect());
                percent.setValue(PlanTexts.plainNumber(spec.percent(), getLocale()));
                scope.setValue(spec.componentCode() == null ? "" : spec.componentCode());
            }
            FormLayout form = new FormLayout(code, measure, minimum, effect, percent, scope);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
            layout.setId("gate-" + index);
            layout.setPadding(false);
            layout.add(new H4(getTranslation("incentivePlans.editor.gate", index + 1)), form, remove);
        }

        void refreshScopes() {
            String current = scope.getValue();
            List<String> items = new ArrayList<>();
            items.add("");
            items.addAll(componentCodes());
            if (current != null && !items.contains(current)) {
                items.add(current);
            }
            scope.setItems(items);
            scope.setValue(current == null ? "" : current);
        }

        void register(Map<String, HasValidation> fields) {
            fields.put(PlanDefinitions.gateField(index, "code"), code);
            fields.put(PlanDefinitions.gateField(index, "measure"), measure);
            fields.put(PlanDefinitions.gateField(index, "minimum"), minimum);
            fields.put(PlanDefinitions.gateField(index, "effect"), effect);
            fields.put(PlanDefinitions.gateField(index, "percent"), percent);
            fields.put(PlanDefinitions.gateField(index, "component"), scope);
        }

        GateSpec spec() {
            GateMeasure m = measure.getValue();
            BigDecimal min = m != null && m.kind() == GateMeasure.Kind.PERCENT ? number(minimum) : null;
            BigDecimal pct = effect.getValue() == GateSpec.Effect.ZERO ? null : number(percent);
            String component = scope.getValue() == null || scope.getValue().isEmpty() ? null : scope.getValue();
            return new GateSpec(code.getValue(), m, min, effect.getValue(), pct, component);
        }

        GateSpec lenientSpec() {
            try {
                return spec();
            } catch (NotANumber e) {
                return new GateSpec(code.getValue(), measure.getValue(), null, effect.getValue(), null,
                        scope.getValue());
            }
        }
    }
}
