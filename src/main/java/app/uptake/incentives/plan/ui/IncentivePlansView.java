package app.uptake.incentives.plan.ui;

import app.uptake.incentives.plan.IncentivePlanService;
import app.uptake.incentives.plan.PlanDraft;
import app.uptake.incentives.plan.PlanPeriodType;
import app.uptake.incentives.plan.PlanSummary;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** HR's incentive plans: a lazy list to search and open, and a form for a new plan. */
@Route("incentives/plans")
@RolesAllowed({"HR", "ADMIN"})
@Menu(order = 55, title = "incentivePlans.nav", icon = "vaadin:money")
public class IncentivePlansView extends VerticalLayout implements HasDynamicTitle {

    private final IncentivePlanService plans;
    private final Grid<PlanSummary> grid = new Grid<>();
    private String filter = "";

    public IncentivePlansView(IncentivePlanService plans) {
        this.plans = plans;
        setId("incentive-plans");
        setSizeFull();
        addClassName("uptake-page");

        TextField search = new TextField();
        search.setId("plan-search");
        search.setPlaceholder(getTranslation("incentivePlans.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            filter = e.getValue();
            grid.getDataProvider().refreshAll();
        });
        Button create = new Button(getTranslation("incentivePlans.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("new-plan");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("plans-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PlanSummary::code).setHeader(getTranslation("incentivePlans.code")).setAutoWidth(true);
        grid.addColumn(p -> p.name().in(getLocale())).setHeader(getTranslation("incentivePlans.name")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("incentivePlans.periodType." + p.periodType().name()))
                .setHeader(getTranslation("incentivePlans.periodType"));
        grid.addColumn(p -> PlanTexts.money(p.targetIncentive(), p.currency(), getLocale()))
                .setHeader(getTranslation("incentivePlans.targetIncentive"));
        grid.addColumn(p -> p.latestVersion() == 0 ? getTranslation("incentivePlans.noVersion")
                : getTranslation("incentivePlans.versionFrom", p.latestVersion(), dates.format(p.latestValidFrom())))
                .setHeader(getTranslation("incentivePlans.latestVersion"));
        grid.setItems(query -> plans.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> plans.count(filter));
        grid.addItemClickListener(e -> open(e.getItem().id()));

        HorizontalLayout bar = new HorizontalLayout(search, create);
        add(new H2(getTranslation("incentivePlans.title")), bar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incentivePlans.title");
    }

    private void open(long planId) {
        getUI().ifPresent(ui -> ui.navigate(IncentivePlanView.class, new RouteParameters("id", String.valueOf(planId))));
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setId("new-plan-dialog");
        dialog.setHeaderTitle(getTranslation("incentivePlans.new"));
        TextField code = new TextField(getTranslation("incentivePlans.code"));
        code.setId("plan-code");
        code.setHelperText(getTranslation("incentivePlans.codeHelp"));
        TextField nameEn = new TextField(getTranslation("incentivePlans.nameEn"));
        nameEn.setId("plan-name-en");
        TextField nameDe = new TextField(getTranslation("incentivePlans.nameDe"));
        nameDe.setId("plan-name-de");
        TextField currency = new TextField(getTranslation("incentivePlans.currency"));
        currency.setId("plan-currency");
        currency.setValue("EUR");
        Select<PlanPeriodType> period = new Select<>();
        period.setId("plan-period-type");
        period.setLabel(getTranslation("incentivePlans.periodType"));
        period.setItems(PlanPeriodType.values());
        period.setItemLabelGenerator(p -> getTranslation("incentivePlans.periodType." + p.name()));
        period.setValue(PlanPeriodType.QUARTER);
        TextField target = new TextField(getTranslation("incentivePlans.targetIncentive"));
        target.setId("plan-target-incentive");
        target.setHelperText(getTranslation("incentivePlans.targetIncentiveHelp"));
        Checkbox managers = new Checkbox(getTranslation("incentivePlans.managersSeeTotals"));
        managers.setId("plan-managers-see-totals");
        FormLayout form = new FormLayout(code, period, nameEn, nameDe, currency, target, managers);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("code", code, "nameEn", nameEn, "nameDe", nameDe,
                "currency", currency, "periodType", period, "targetIncentive", target);
        Button save = new Button(getTranslation("incentivePlans.create"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            BigDecimal amount = PlanTexts.parseNumber(target.getValue());
            if (amount == null && !target.getValue().isBlank()) {
                target.setErrorMessage(getTranslation("incentivePlans.error.number"));
                target.setInvalid(true);
                return;
            }
            try {
                long id = plans.create(new PlanDraft(code.getValue(), nameEn.getValue(), nameDe.getValue(),
                        currency.getValue(), period.getValue(), amount, managers.getValue()));
                dialog.close();
                open(id);
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, fields);
            }
        });
        save.setId("create-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("incentivePlans.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
