package app.uptake.incentives.plan.ui;

import app.uptake.goals.GoalReference;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.plan.EligibleUnit;
import app.uptake.incentives.plan.IncentivePlanService;
import app.uptake.incentives.plan.ParticipationDraft;
import app.uptake.incentives.plan.ParticipationEntry;
import app.uptake.incentives.plan.PlanDefinitions;
import app.uptake.incentives.plan.PlanDetail;
import app.uptake.incentives.plan.PlanSummary;
import app.uptake.incentives.plan.PlanVersionEntry;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.organization.EmployeeFilter;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.EmployeeSummary;
import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.OffsetLimit;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One incentive plan for HR: its terms, every version with its components, curves and gates in words, the version
 * editor, who is eligible (job roles, org units) and the explicit participations (transfers, part time, individual
 * target incentives).
 */
@Route("incentives/plans/:id")
@RolesAllowed({"HR", "ADMIN"})
public class IncentivePlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IncentivePlanService plans;
    private final MetricService metrics;
    private final OrganizationService organization;
    private final EmployeeService employees;
    private final CompanyCalendar calendar;
    private long planId;
    private PlanDetail detail;
    private String title = "";
    private final Grid<ParticipationEntry> participations = new Grid<>();

    public IncentivePlanView(IncentivePlanService plans, MetricService metrics, OrganizationService organization,
            EmployeeService employees, CompanyCalendar calendar) {
        this.plans = plans;
        this.calendar = calendar;
        this.metrics = metrics;
        this.organization = organization;
        this.employees = employees;
        setId("incentive-plan");
        addClassName("uptake-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        Optional<PlanDetail> found = id.flatMap(this::load);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        planId = id.get();
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Optional<PlanDetail> load(long id) {
        try {
            return Optional.of(plans.detail(id));
        } catch (BusinessRuleException e) {
            return Optional.empty();
        }
    }

    private void reload() {
        show(plans.detail(planId));
    }

    private void show(PlanDetail plan) {
        detail = plan;
        removeAll();
        PlanSummary summary = plan.plan();
        title = summary.code() + " · " + summary.name().in(getLocale());
        H2 heading = new H2(title);
        heading.setId("plan-title");
        Div facts = new Div();
        facts.setId("plan-facts");
        facts.addClassName("uptake-facts");
        facts.add(new Paragraph(getTranslation("incentivePlans.facts", getTranslation("incentivePlans.periodType."
                + summary.periodType().name()), PlanTexts.money(summary.targetIncentive(), summary.currency(),
                getLocale()))));
        facts.add(new Paragraph(getTranslation(summary.managersSeeTotals() ? "incentivePlans.managersSeeTotals.yes"
                : "incentivePlans.managersSeeTotals.no")));
        Button newVersion = new Button(getTranslation("incentivePlans.newVersion"), VaadinIcon.PLUS.create(),
                e -> openEditor());
        newVersion.setId("new-version");
        newVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button settings = new Button(getTranslation("incentivePlans.settings"), VaadinIcon.EDIT.create(),
                e -> openSettings(summary));
        settings.setId("plan-settings");
        add(heading, facts, new HorizontalLayout(newVersion, settings));

        add(new H3(getTranslation("incentivePlans.versions")));
        if (plan.versions().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("incentivePlans.noVersions"));
            none.setId("no-versions");
            add(none);
        }
        PlanTexts texts = texts(plan);
        for (PlanVersionEntry version : plan.versions()) {
            add(version(version, summary, texts));
        }
        add(eligibility(plan));
        add(participationSection());
    }

    private PlanTexts texts(PlanDetail plan) {
        Map<Long, GoalReference> goals = plans.goalChoices().stream()
                .collect(Collectors.toMap(GoalReference::id, Function.identity(), (a, b) -> a));
        Map<String, MetricDefinition> catalog = metrics.catalog().stream()
                .collect(Collectors.toMap(MetricDefinition::code, Function.identity(), (a, b) -> a));
        return new PlanTexts(this, getLocale(), goals, catalog);
    }

    private Div version(PlanVersionEntry entry, PlanSummary summary, PlanTexts texts) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        PlanVersion version = entry.version();
        Div box = new Div();
        box.setId("version-" + entry.versionNo());
        box.addClassName("uptake-plan-version");
        box.add(new H4(getTranslation("incentivePlans.versionHeading", entry.versionNo(),
                dates.format(entry.validFrom()), PlanTexts.money(version.targetIncentive(), summary.currency(),
                        getLocale()))));
        box.add(new Paragraph(getTranslation("incentivePlans.versionMeta", entry.authorName() == null ? "?"
                : entry.authorName(), entry.reason())));
        UnorderedList components = new UnorderedList();
        for (PlanComponent component : version.components()) {
            ListItem item = new ListItem();
            item.setId("version-" + entry.versionNo() + "-component-" + component.code());
            item.add(new Span(getTranslation("incentivePlans.componentLine", component.name().in(getLocale()),
                    component.code(), texts.number(component.weight()), texts.binding(component.binding()))));
            UnorderedList bands = new UnorderedList();
            texts.curve(component.curve()).forEach(line -> bands.add(new ListItem(line)));
            item.add(bands);
            components.add(item);
        }
        box.add(components);
        if (version.gates().isEmpty()) {
            box.add(new Paragraph(getTranslation("incentivePlans.noGates")));
        } else {
            UnorderedList gates = new UnorderedList();
            gates.setId("version-" + entry.versionNo() + "-gates");
            version.gates().forEach(g -> gates.add(new ListItem(texts.gate(g, version.components()))));
            box.add(new Span(getTranslation("incentivePlans.gates")), gates);
        }
        return box;
    }

    private void openSettings(PlanSummary summary) {
        Dialog dialog = new Dialog();
        dialog.setId("plan-settings-dialog");
        dialog.setHeaderTitle(getTranslation("incentivePlans.settings"));
        TextField nameEn = new TextField(getTranslation("incentivePlans.nameEn"), summary.name().en(), "");
        nameEn.setId("settings-name-en");
        TextField nameDe = new TextField(getTranslation("incentivePlans.nameDe"), summary.name().de(), "");
        nameDe.setId("settings-name-de");
        Checkbox managers = new Checkbox(getTranslation("incentivePlans.managersSeeTotals"),
                summary.managersSeeTotals());
        managers.setId("settings-managers-see-totals");
        dialog.add(new VerticalLayout(nameEn, nameDe, managers));
        Button save = new Button(getTranslation("incentivePlans.saveSettings"), e -> {
            try {
                plans.updateSettings(planId, nameEn.getValue(), nameDe.getValue(), managers.getValue());
                dialog.close();
                reload();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, Map.of("nameEn", nameEn, "nameDe", nameDe));
            }
        });
        save.setId("save-plan-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("incentivePlans.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEditor() {
        List<PlanVersionEntry> versions = detail.versions();
        PlanVersion latest = versions.isEmpty() ? null : versions.getFirst().version();
        LocalDate today = calendar.today();
        LocalDate suggested = today.withDayOfMonth(1).plusMonths(1);
        new VersionEditorDialog(plans, planId, plans.goalChoices(), metrics.catalog(),
                latest == null ? detail.plan().targetIncentive() : latest.targetIncentive(),
                latest == null ? List.of() : PlanDefinitions.componentSpecs(latest),
                latest == null ? List.of() : PlanDefinitions.gateSpecs(latest), suggested, this::reload).open();
    }

    // --- eligibility ---

    private VerticalLayout eligibility(PlanDetail plan) {
        VerticalLayout section = new VerticalLayout();
        section.setId("eligibility");
        section.setPadding(false);
        section.add(new H3(getTranslation("incentivePlans.eligibility")),
                new Paragraph(getTranslation("incentivePlans.eligibilityHelp")));
        MultiSelectComboBox<JobRole> roles = new MultiSelectComboBox<>(getTranslation("incentivePlans.jobRoles"));
        roles.setId("eligible-roles");
        roles.setItems(JobRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        roles.setValue(plan.eligibility().jobRoles());
        roles.setWidth("40rem");

        List<EligibleUnit> units = new ArrayList<>(plan.eligibility().units());
        UnorderedList unitList = new UnorderedList();
        unitList.setId("eligible-units");
        Runnable[] showUnits = new Runnable[1];
        showUnits[0] = () -> {
            unitList.removeAll();
            for (EligibleUnit unit : units) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    units.remove(unit);
                    showUnits[0].run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("incentivePlans.removeUnit"));
                unitList.add(new ListItem(new Span(getTranslation(unit.includeSubtree()
                        ? "incentivePlans.unitWithSubtree" : "incentivePlans.unitOnly", unit.name())), remove));
            }
        };
        showUnits[0].run();
        ComboBox<OrgUnit> unit = new ComboBox<>(getTranslation("incentivePlans.orgUnit"));
        unit.setId("eligible-unit-picker");
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setItems(query -> organization.searchOpen(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        Checkbox subtree = new Checkbox(getTranslation("incentivePlans.includeSubtree"), true);
        subtree.setId("eligible-unit-subtree");
        Button addUnit = new Button(getTranslation("incentivePlans.addUnit"), e -> {
            if (unit.getValue() != null && units.stream().noneMatch(u -> u.orgUnitId() == unit.getValue().id())) {
                units.add(new EligibleUnit(unit.getValue().id(), unit.getValue().name(), subtree.getValue()));
                showUnits[0].run();
                unit.clear();
            }
        });
        addUnit.setId("add-eligible-unit");
        HorizontalLayout unitPicker = new HorizontalLayout(unit, subtree, addUnit);
        unitPicker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button save = new Button(getTranslation("incentivePlans.saveEligibility"), e -> {
            try {
                plans.setEligibility(planId, new HashSet<>(roles.getValue()), units);
                Notifications.success(getTranslation("incentivePlans.eligibilitySaved"));
                reload();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, Map.of("units", unit));
            }
        });
        save.setId("save-eligibility");
        section.add(roles, unitList, unitPicker, save);
        return section;
    }

    // --- participations ---

    private VerticalLayout participationSection() {
        VerticalLayout section = new VerticalLayout();
        section.setId("participations");
        section.setPadding(false);
        section.add(new H3(getTranslation("incentivePlans.participations")),
                new Paragraph(getTranslation("incentivePlans.participationsHelp")));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        participations.removeAllColumns();
        participations.setId("participations-grid");
        participations.setAllRowsVisible(true);
        participations.addColumn(ParticipationEntry::employeeName).setHeader(getTranslation("incentivePlans.employee"))
                .setFlexGrow(2);
        participations.addColumn(p -> dates.format(p.from())).setHeader(getTranslation("incentivePlans.from"));
        participations.addColumn(p -> p.to() == null ? "–" : dates.format(p.to()))
                .setHeader(getTranslation("incentivePlans.to"));
        participations.addColumn(p -> PlanTexts.number(p.fte(), getLocale())).setHeader(getTranslation("incentivePlans.fte"));
        participations.addColumn(p -> p.targetIncentiveOverride() == null ? "–"
                : PlanTexts.money(p.targetIncentiveOverride(), detail.plan().currency(), getLocale()))
                .setHeader(getTranslation("incentivePlans.targetOverride"));
        participations.addComponentColumn(p -> {
            Button end = new Button(getTranslation("incentivePlans.end"), e -> openEnd(p));
            end.setId("end-participation-" + p.id());
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return end;
        });
        participations.setItems(query -> plans.participations(planId, query.getOffset(), query.getLimit()).stream(),
                query -> plans.countParticipations(planId));

        ComboBox<EmployeeSummary> employee = new ComboBox<>(getTranslation("incentivePlans.employee"));
        employee.setId("participation-employee");
        employee.setItemLabelGenerator(e -> e.fullName() + " · " + e.orgUnitName());
        employee.setItems(query -> employees.list(EmployeeFilter.none().withText(query.getFilter().orElse("")),
                new OffsetLimit(query.getOffset(), query.getLimit())).stream());
        employee.setWidth("22rem");
        DatePicker from = new DatePicker(getTranslation("incentivePlans.from"));
        from.setId("participation-from");
        from.setLocale(getLocale());
        DatePicker to = new DatePicker(getTranslation("incentivePlans.to"));
        to.setId("participation-to");
        to.setLocale(getLocale());
        TextField fte = new TextField(getTranslation("incentivePlans.fte"));
        fte.setId("participation-fte");
        fte.setValue("1");
        fte.setWidth("6rem");
        TextField override = new TextField(getTranslation("incentivePlans.targetOverride"));
        override.setId("participation-target");
        Map<String, HasValidation> fields = Map.of("employee", employee, "from", from, "to", to, "fte", fte,
                "targetIncentive", override);
        Button add = new Button(getTranslation("incentivePlans.addParticipation"), VaadinIcon.PLUS.create(), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            BigDecimal fteValue = PlanTexts.parseNumber(fte.getValue());
            BigDecimal overrideValue = PlanTexts.parseNumber(override.getValue());
            for (TextField field : List.of(fte, override)) {
                if (!field.getValue().isBlank() && PlanTexts.parseNumber(field.getValue()) == null) {
                    field.setErrorMessage(getTranslation("incentivePlans.error.number"));
                    field.setInvalid(true);
                    return;
                }
            }
            try {
                plans.addParticipation(planId, new ParticipationDraft(employee.getValue() == null ? null
                        : employee.getValue().id(), from.getValue(), to.getValue(), fteValue, overrideValue));
                Notifications.success(getTranslation("incentivePlans.participationAdded"));
                employee.clear();
                from.clear();
                to.clear();
                override.clear();
                participations.getDataProvider().refreshAll();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, fields);
            }
        });
        add.setId("add-participation");
        HorizontalLayout form = new HorizontalLayout(employee, from, to, fte, override, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        section.add(form, participations);
        return section;
    }

    private void openEnd(ParticipationEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setId("end-participation-dialog");
        dialog.setHeaderTitle(getTranslation("incentivePlans.endTitle", entry.employeeName()));
        DatePicker lastDay = new DatePicker(getTranslation("incentivePlans.lastDay"));
        lastDay.setId("participation-last-day");
        lastDay.setLocale(getLocale());
        dialog.add(lastDay);
        Button confirm = new Button(getTranslation("incentivePlans.end"), e -> {
            try {
                plans.endParticipation(entry.id(), lastDay.getValue());
                dialog.close();
                participations.getDataProvider().refreshAll();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, Map.of("to", lastDay));
            }
        });
        confirm.setId("confirm-end-participation");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("incentivePlans.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
