package app.uptake.incentives.run.ui;

import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.ExplanationRenderer;
import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.WhatIf;
import app.uptake.incentives.run.WhatIfService;
import app.uptake.incentives.run.WhatIfService.ComponentFigure;
import app.uptake.incentives.run.WhatIfService.MyPlan;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "What if": the employee's incentive plan for the current period with their figures so far, each of which they can
 * change to see the payout the real plan would give, next to the payout of the figures as they are.
 */
@Route("incentives/what-if")
@PermitAll
@Menu(order = 46, title = "whatIf.nav", icon = "vaadin:calc")
public class WhatIfView extends VerticalLayout implements HasDynamicTitle {

    private final WhatIfService whatIf;
    private final I18NProvider i18n;

    public WhatIfView(WhatIfService whatIf, I18NProvider i18n) {
        this.whatIf = whatIf;
        this.i18n = i18n;
        setId("what-if");
        addClassName("uptake-page");
        add(new H2(getTranslation("whatIf.title")), new Paragraph(getTranslation("whatIf.intro")));
        List<MyPlan> mine;
        try {
            mine = whatIf.mine();
        } catch (BusinessRuleException rule) {
            Paragraph problem = new Paragraph(getTranslation(rule.messageKey(), rule.args()));
            problem.setId("what-if-problem");
            add(problem);
            return;
        }
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("whatIf.noPlan"));
            none.setId("what-if-none");
            add(none);
        }
        mine.forEach(plan -> add(planSection(plan)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whatIf.title");
    }

    private VerticalLayout planSection(MyPlan plan) {
        Locale locale = getLocale();
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("what-if-plan-" + plan.planId());
        section.add(new H3(plan.plan().version().name().in(locale) + " · " + RunTexts.period(plan.period(), locale)));
        section.add(new Paragraph(getTranslation("whatIf.measuredUntil",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(plan.measuredUntil()))));
        if (plan.problem() != null) {
            Paragraph problem = new Paragraph(getTranslation(plan.problem().messageKey(), plan.problem().args()));
            problem.setId("what-if-problem-" + plan.planId());
            section.add(problem);
            return section;
        }

        FormLayout form = new FormLayout();
        Map<String, BigDecimalField> actuals = new LinkedHashMap<>();
        for (ComponentFigure figure : plan.components()) {
            String code = figure.component().code();
            BigDecimalField field = new BigDecimalField(figure.component().name().in(locale));
            field.setId("what-if-" + plan.planId() + "-" + code);
            if (figure.measurement() != null) {
                field.setValue(figure.measurement().actual().setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros());
                field.setHelperText(getTranslation("whatIf.componentHelp", number(figure.measurement().target()),
                        number(figure.measurement().actual())));
            } else {
                field.setEnabled(false);
                field.setHelperText(getTranslation("whatIf.noTarget"));
            }
            actuals.put(code, field);
            form.add(field);
        }
        Map<GateMeasure, Checkbox> flags = new EnumMap<>(GateMeasure.class);
        Map<GateMeasure, BigDecimalField> percents = new EnumMap<>(GateMeasure.class);
        for (GateMeasure measure : plan.plan().version().gates().stream().map(Gate::measure).distinct().toList()) {
            GateValue value = plan.gates().get(measure);
            if (measure.kind() == GateMeasure.Kind.FLAG) {
                Checkbox box = new Checkbox(getTranslation(measure.messageKey()));
                box.setId("what-if-" + plan.planId() + "-gate-" + measure.name());
                box.setValue(value != null && Boolean.TRUE.equals(value.flag()));
                flags.put(measure, box);
                form.add(box);
            } else {
                BigDecimalField percent = new BigDecimalField(getTranslation(measure.messageKey()));
                percent.setId("what-if-" + plan.planId() + "-gate-" + measure.name());
                percent.setSuffixComponent(new Span("%"));
                if (value != null && value.percent() != null) {
                    percent.setValue(value.percent().setScale(1, RoundingMode.HALF_EVEN));
                }
                percents.put(measure, percent);
                form.add(percent);
            }
        }
        section.add(form);

        Div result = new Div();
        result.setId("what-if-result-" + plan.planId());
        Span current = new Span(getTranslation("whatIf.current", money(plan.current())));
        current.setId("what-if-current-" + plan.planId());
        section.add(current);
        Button estimate = new Button(getTranslation("whatIf.estimate"), VaadinIcon.CALC.create(), e -> {
            actuals.values().forEach(f -> f.setInvalid(false));
            Map<String, BigDecimal> changed = new LinkedHashMap<>();
            actuals.forEach((code, field) -> {
                if (field.isEnabled()) {
                    changed.put(code, field.getValue());
                }
            });
            Map<GateMeasure, GateValue> gates = new EnumMap<>(GateMeasure.class);
            flags.forEach((measure, box) -> gates.put(measure, GateValue.flag(box.getValue())));
            percents.forEach((measure, field) -> {
                if (field.getValue() != null) {
                    gates.put(measure, GateValue.percent(field.getValue()));
                }
            });
            try {
                show(result, plan.planId(), whatIf.estimate(plan.planId(), changed, gates));
            } catch (BusinessRuleException rule) {
                Map<String, HasValidation> fields = new LinkedHashMap<>(actuals);
                RuleViolations.show(this, rule, fields);
            }
        });
        estimate.setId("what-if-estimate-" + plan.planId());
        estimate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(estimate, result);
        return section;
    }

    private void show(Div result, long planId, WhatIf.Estimate estimate) {
        result.removeAll();
        BigDecimal difference = estimate.difference();
        Span total = new Span(getTranslation("whatIf.estimated", money(estimate.estimated()),
                (difference.signum() > 0 ? "+" : "") + money(difference, estimate.estimated())));
        total.setId("what-if-estimated-" + planId);
        total.addClassName("what-if-estimated");
        UnorderedList explanation = new UnorderedList();
        explanation.setId("what-if-explanation-" + planId);
        new ExplanationRenderer(i18n, getLocale()).render(estimate.estimated().explanation())
                .forEach(line -> explanation.add(new ListItem(line)));
        result.add(new H3(getTranslation("whatIf.resultTitle")), total, explanation);
    }

    private String money(EmployeePayout payout) {
        return money(payout.total(), payout);
    }

    private String money(BigDecimal amount, EmployeePayout payout) {
        NumberFormat format = NumberFormat.getCurrencyInstance(getLocale());
        format.setCurrency(payout.currency());
        return format.format(amount);
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
