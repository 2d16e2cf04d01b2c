package app.uptake.incentives.run.ui;

import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.run.IncentiveRunService;
import app.uptake.incentives.run.PlanChoice;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.DateRange;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Starts a run: the period type, one of its recent periods, and a plan of that type in force then. */
class StartRunDialog extends Dialog {

    final Select<PlanPeriodType> type = new Select<>();
    final Select<DateRange> period = new Select<>();
    final ComboBox<PlanChoice> plan = new ComboBox<>();
    final Button start = new Button();

    private final IncentiveRunService runs;

    StartRunDialog(IncentiveRunService runs, LongConsumer started) {
        this.runs = runs;
        setId("start-run-dialog");
        setHeaderTitle(getTranslation("incentiveRuns.startDialog.title"));
        type.setId("run-period-type");
        type.setLabel(getTranslation("incentiveRuns.startDialog.periodType"));
        type.setItems(PlanPeriodType.values());
        type.setItemLabelGenerator(t -> getTranslation("incentiveRuns.periodType." + t.name()));
        period.setId("run-period");
        period.setLabel(getTranslation("incentiveRuns.startDialog.period"));
        period.setItemLabelGenerator(p -> RunTexts.period(p, getLocale()));
        plan.setId("run-plan");
        plan.setLabel(getTranslation("incentiveRuns.startDialog.plan"));
        plan.setItemLabelGenerator(p -> p.name().in(getLocale()));
        type.addValueChangeListener(e -> {
            period.setItems(e.getValue() == null ? List.of() : runs.selectablePeriods(e.getValue()));
            period.setValue(null);
            plans();
        });
        period.addValueChangeListener(e -> plans());
        start.setText(getTranslation("incentiveRuns.startDialog.start"));
        start.setId("start-run-confirm");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start(started));
        Button cancel = new Button(getTranslation("incentiveRuns.cancel"), e -> close());
        add(new FormLayout(type, period, plan));
        getFooter().add(cancel, start);
        type.setValue(PlanPeriodType.QUARTER);
    }

    private void plans() {
        plan.clear();
        plan.setInvalid(false);
        if (type.getValue() == null || period.getValue() == null) {
            plan.setItems(List.of());
            return;
        }
        try {
            List<PlanChoice> choices = runs.plansFor(type.getValue(), period.getValue());
            plan.setItems(choices);
            if (choices.isEmpty()) {
                plan.setErrorMessage(getTranslation("incentiveRuns.startDialog.noPlans"));
                plan.setInvalid(true);
            }
        } catch (BusinessRuleException rule) {
            plan.setItems(List.of());
            RuleViolations.show(this, rule, Map.of("plan", plan));
        }
    }

    private void start(LongConsumer started) {
        boolean missing = period.getValue() == null || plan.getValue() == null;
        if (period.getValue() == null) {
            period.setErrorMessage(getTranslation("incentiveRuns.startDialog.required"));
            period.setInvalid(true);
        }
        if (plan.getValue() == null) {
            plan.setErrorMessage(getTranslation("incentiveRuns.startDialog.required"));
            plan.setInvalid(true);
        }
        if (missing) {
            return;
        }
        try {
            long id = runs.start(plan.getValue().planId(), period.getValue());
            close();
            started.accept(id);
        } catch (BusinessRuleException rule) {
            RuleViolations.show(this, rule, Map.of("plan", plan, "period", period));
        }
    }
}
