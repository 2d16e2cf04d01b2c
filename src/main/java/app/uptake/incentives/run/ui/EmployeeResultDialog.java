package app.uptake.incentives.run.ui;

import app.uptake.incentives.calc.ExplanationRenderer;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.run.EmployeeResult;
import app.uptake.incentives.run.IncentiveRunService;
import app.uptake.incentives.run.RunAdjustment;
import app.uptake.incentives.run.RunDetail;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.util.Map;

/**
 * One employee's result: the total, each step of the explanation in the reader's language, the adjustments with
 * their reasons and authors, and, while the run may be adjusted, a form for another adjustment.
 */
class EmployeeResultDialog extends Dialog {

    final Paragraph total = new Paragraph();
    final OrderedList explanation = new OrderedList();
    final UnorderedList adjustments = new UnorderedList();
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<String> component = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button add = new Button();

    private final IncentiveRunService runs;
    private final ExplanationRenderer renderer;
    private final RunDetail run;
    private final long employeeId;
    private final ZoneId zone;
    private final Runnable changed;

    EmployeeResultDialog(IncentiveRunService runs, I18NProvider i18n, RunDetail run, long employeeId, ZoneId zone,
            Runnable changed) {
        this.runs = runs;
        this.run = run;
        this.employeeId = employeeId;
        this.zone = zone;
        this.changed = changed;
        this.renderer = new ExplanationRenderer(i18n, getLocale());
        setId("employee-result-dialog");
        setWidth("min(60rem, 95vw)");
        total.setId("result-total");
        explanation.setId("result-explanation");
        adjustments.setId("result-adjustments");
        add(total, new H4(getTranslation("incentiveRuns.result.explanation")), explanation,
                new H4(getTranslation("incentiveRuns.result.adjustments")), adjustments);
        if (run.mayAdjust()) {
            amount.setId("adjust-amount");
            amount.setLabel(getTranslation("incentiveRuns.adjust.amount"));
            component.setId("adjust-component");
            component.setLabel(getTranslation("incentiveRuns.adjust.component"));
            component.setPlaceholder(getTranslation("incentiveRuns.adjust.whole"));
            component.setClearButtonVisible(true);
            reason.setId("adjust-reason");
            reason.setLabel(getTranslation("incentiveRuns.adjust.reason"));
            reason.setMaxLength(1000);
            add.setText(getTranslation("incentiveRuns.adjust.add"));
            add.setId("adjust-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> adjust());
            FormLayout form = new FormLayout(amount, component, reason);
            form.setColspan(reason, 2);
            add(new H4(getTranslation("incentiveRuns.adjust.title")), new Div(form, add));
        }
        getFooter().add(new Button(getTranslation("incentiveRuns.close"), e -> close()));
        show();
    }

    private void show() {
        EmployeeResult result = runs.result(run.id(), employeeId);
        setHeaderTitle(result.row().name());
        String text = getTranslation("incentiveRuns.result.total",
                RunTexts.money(result.row().total(), result.row().currency(), getLocale()));
        if (result.row().difference() != null) {
            text += " · " + getTranslation("incentiveRuns.run.differenceTotal",
                    RunTexts.signedMoney(result.row().difference(), result.row().currency(), getLocale()));
        }
        total.setText(text);
        explanation.removeAll();
        renderer.render(result.payout().explanation()).forEach(line -> explanation.add(new ListItem(line)));
        adjustments.removeAll();
        if (result.adjustments().isEmpty()) {
            adjustments.add(new ListItem(getTranslation("incentiveRuns.result.noAdjustments")));
        }
        for (RunAdjustment a : result.adjustments()) {
            adjustments.add(new ListItem(getTranslation("incentiveRuns.result.adjustment",
                    RunTexts.signedMoney(a.amount(), result.row().currency(), getLocale()),
                    a.componentCode() == null ? getTranslation("incentiveRuns.adjust.whole") : a.componentCode(),
                    a.reason(), a.author(), RunTexts.time(a.createdAt(), zone, getLocale()))));
        }
        component.setItems(result.payout().plans().stream().flatMap(p -> p.plan().components().stream())
                .map(PlanComponent::code).distinct().toList());
        component.setItemLabelGenerator(code -> result.payout().plans().stream()
                .flatMap(p -> p.plan().components().stream()).filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name().in(getLocale())).orElse(code));
    }

    private void adjust() {
        amount.setInvalid(false);
        reason.setInvalid(false);
        try {
            runs.adjust(run.id(), employeeId, component.getValue(), amount.getValue(), reason.getValue());
            Notifications.success(getTranslation("incentiveRuns.done.adjusted"));
            amount.clear();
            reason.clear();
            component.clear();
            show();
            changed.run();
        } catch (BusinessRuleException rule) {
            RuleViolations.show(this, rule, Map.of("amount", amount, "reason", reason, "component", component));
        }
    }
}
