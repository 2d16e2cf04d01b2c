package app.uptake.goals.ui;

import app.uptake.goals.Baseline;
import app.uptake.goals.BaselinePreview;
import app.uptake.goals.FiscalCalendar;
import app.uptake.goals.GoalDetail;
import app.uptake.goals.GoalDraft;
import app.uptake.goals.GoalService;
import app.uptake.goals.TargetDirection;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.ProcessSegment;
import app.uptake.organization.EmployeeFilter;
import app.uptake.organization.EmployeeService;
import app.uptake.organization.OrgUnit;
import app.uptake.organization.OrganizationService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.data.domain.PageRequest;

/**
 * Drafts or changes a company goal, with the baseline measured as soon as period, unit and metric are chosen and
 * shown beside the form with the metric's definition, data coverage and data quality ("position first, then target").
 */
class GoalEditorDialog extends Dialog {

    /** An owner to pick: the combo box shows names but the goal keeps the id. */
    record Owner(long id, String name) {
    }

    final Select<Integer> year = new Select<>();
    final Select<Integer> quarter = new Select<>();
    final ComboBox<OrgUnit> scope = new ComboBox<>();
    final TextField titleEn = new TextField();
    final TextField titleDe = new TextField();
    final ComboBox<MetricDefinition> metric = new ComboBox<>();
    final Select<ProcessSegment> segment = new Select<>();
    final Select<TargetDirection> direction = new Select<>();
    final TextField target = new TextField();
    final TextField weight = new TextField();
    final ComboBox<Owner> owner = new ComboBox<>();
    final TextArea rationale = new TextArea();
    final TextField reason = new TextField();
    final Div baseline = new Div();

    private final GoalService goals;
    private final Long goalId;

    /** @param goalId the goal to change, or null for a new one in {@code fiscalYear} */
    GoalEditorDialog(GoalService goals, MetricService metrics, OrganizationService organization,
            EmployeeService employees, FiscalCalendar fiscal, Long goalId, int fiscalYear, LongConsumer onSaved) {
        this.goals = goals;
        this.goalId = goalId;
        setId("goal-editor");
        setHeaderTitle(getTranslation(goalId == null ? "goals.editor.new" : "goals.editor.edit"));
        setWidth("min(72rem, 96vw)");

        year.setId("goal-year");
        year.setLabel(getTranslation("goals.form.year"));
        year.setItems(fiscal.selectableYears());
        year.setItemLabelGenerator(y -> "FY " + y);
        year.setValue(fiscalYear);
        quarter.setId("goal-quarter");
        quarter.setLabel(getTranslation("goals.form.quarter"));
        quarter.setItems(0, 1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> q == 0 ? getTranslation("goals.form.wholeYear")
                : getTranslation("goals.form.quarterN", q));
        quarter.setValue(0);
        scope.setId("goal-scope");
        scope.setLabel(getTranslation("goals.form.scope"));
        scope.setItemLabelGenerator(OrgUnit::name);
        scope.setItems(query -> organization.searchOpen(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        titleEn.setId("goal-title-en");
        titleEn.setLabel(getTranslation("goals.form.titleEn"));
        titleDe.setId("goal-title-de");
        titleDe.setLabel(getTranslation("goals.form.titleDe"));
        metric.setId("goal-metric");
        metric.setLabel(getTranslation("goals.form.metric"));
        metric.setItems(metrics.catalog());
        metric.setItemLabelGenerator(m -> m.name().in(getLocale()));
        segment.setId("goal-segment");
        segment.setLabel(getTranslation("goals.form.segment"));
        segment.setItems(ProcessSegment.values());
        segment.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        direction.setId("goal-direction");
        direction.setLabel(getTranslation("goals.form.direction"));
        direction.setItems(TargetDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        target.setId("goal-target");
        target.setLabel(getTranslation("goals.form.target"));
        weight.setId("goal-weight");
        weight.setLabel(getTranslation("goals.form.weight"));
        owner.setId("goal-owner");
        owner.setLabel(getTranslation("goals.form.owner"));
        owner.setItemLabelGenerator(Owner::name);
        owner.setItems(query -> employees.list(EmployeeFilter.none().withText(query.getFilter().orElse("")),
                PageRequest.of(query.getOffset() / Math.max(1, query.getLimit()), Math.max(1, query.getLimit())))
                .stream().map(e -> new Owner(e.id(), e.fullName())));
        rationale.setId("goal-rationale");
        rationale.setLabel(getTranslation("goals.form.rationale"));
        reason.setId("goal-reason");
        reason.setLabel(getTranslation("goals.form.reason"));
        reason.setHelperText(getTranslation("goals.form.reasonHelp"));
        reason.setVisible(goalId != null);
        baseline.setId("goal-baseline");
        baseline.addClassName("goal-baseline");
        // the baseline is what the target is set against: it keeps its width, the form takes what is left
        baseline.getStyle().set("flex", "0 0 20rem");

        if (goalId != null) {
            load(goals.draftFor(goalId), goals.detail(goalId), organization);
        }
        metric.addValueChangeListener(e -> {
            if (e.isFromClient() || goalId == null) {
                Optional.ofNullable(e.getValue()).ifPresent(m -> {
                    segment.setValue(m.segment());
                    direction.setValue(TargetDirection.improving(m.direction()));
                });
            }
            measure();
        });
        year.addValueChangeListener(e -> measure());
        quarter.addValueChangeListener(e -> measure());
        scope.addValueChangeListener(e -> measure());
        target.addValueChangeListener(e -> measure());
        measure();

        FormLayout form = new FormLayout(year, quarter, scope, metric, titleEn, titleDe, segment, direction, target,
                weight, owner, reason, rationale);
        form.setColspan(rationale, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        HorizontalLayout body = new HorizontalLayout(form, baseline);
        body.setFlexGrow(1, form);
        add(body);

        Button save = new Button(getTranslation("goals.form.save"), click -> save(onSaved));
        save.setId("goal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("goals.form.cancel"), click -> close()), save);
    }

    private void load(GoalDraft draft, GoalDetail detail, OrganizationService organization) {
        year.setValue(draft.fiscalYear());
        quarter.setValue(draft.quarter() == null ? 0 : draft.quarter());
        organization.find(draft.orgUnitId()).ifPresent(scope::setValue);
        titleEn.setValue(draft.titleEn());
        titleDe.setValue(draft.titleDe());
        metric.setValue(detail.metric());
        segment.setValue(draft.segment());
        direction.setValue(draft.direction());
        target.setValue(GoalNumbers.format(draft.targetValue(), detail.metric().unit(), getLocale()));
        weight.setValue(GoalNumbers.format(draft.weight(), 1, getLocale()));
        owner.setValue(new Owner(draft.ownerId(), detail.goal().ownerName()));
        rationale.setValue(draft.rationale() == null ? "" : draft.rationale());
    }

    /** Measures the baseline for the chosen period, unit and metric, and shows it with the metric's definition. */
    private void measure() {
        baseline.removeAll();
        baseline.add(new H4(getTranslation("goals.baseline.title")));
        if (year.getValue() == null || scope.getValue() == null || metric.getValue() == null) {
            baseline.add(new Paragraph(getTranslation("goals.baseline.hint")));
            return;
        }
        try {
            BaselinePreview preview = goals.preview(year.getValue(), quarterValue(), scope.getValue().id(),
                    metric.getValue().code());
            metric.setInvalid(false);
            show(preview);
        } catch (BusinessRuleException e) {
            Paragraph problem = new Paragraph(getTranslation(e.messageKey(), e.args()));
            problem.setId("goal-baseline-problem");
            problem.addClassName("uptake-error");
            baseline.add(problem);
            metric.setErrorMessage(problem.getText());
            metric.setInvalid(true);
        }
    }

    private void show(BaselinePreview preview) {
        MetricDefinition m = preview.metric();
        Baseline b = preview.baseline();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        baseline.add(GoalFacts.line("goal-baseline-value", getTranslation("goals.baseline.value",
                GoalNumbers.format(b.value(), m.unit(), getLocale()) + " " + getTranslation(m.unit().messageKey()))));
        baseline.add(GoalFacts.line("goal-baseline-period", getTranslation("goals.baseline.period",
                preview.baselinePeriod().label(), dates.format(b.period().from()), dates.format(b.period().to()))));
        GoalNumbers.parse(target.getValue(), getLocale()).ifPresent(t -> baseline.add(GoalFacts.line("goal-baseline-change",
                getTranslation("goals.targetChange", GoalNumbers.format(t, m.unit(), getLocale()),
                        GoalNumbers.change(t, b.value(), m.unit(), getLocale(), this::getTranslation)))));
        GoalFacts.definition(baseline, m, getLocale(), this::getTranslation);
        GoalFacts.coverage(baseline, b, getLocale(), this::getTranslation);
    }

    private Integer quarterValue() {
        return quarter.getValue() == null || quarter.getValue() == 0 ? null : quarter.getValue();
    }

    private void save(LongConsumer onSaved) {
        BigDecimal targetValue = number(target);
        BigDecimal weightValue = number(weight);
        if (target.isInvalid() || weight.isInvalid()) {
            return;
        }
        GoalDraft draft = new GoalDraft(year.getValue() == null ? 0 : year.getValue(), quarterValue(),
                scope.getValue() == null ? null : scope.getValue().id(), titleEn.getValue(), titleDe.getValue(),
                metric.getValue() == null ? null : metric.getValue().code(), segment.getValue(), targetValue,
                direction.getValue(), weightValue, owner.getValue() == null ? null : owner.getValue().id(),
                rationale.getValue(), reason.getValue());
        try {
            long id;
            if (goalId == null) {
                id = goals.create(draft);
            } else {
                goals.update(goalId, draft);
                id = goalId;
            }
            Notifications.success(getTranslation("goals.form.saved", titleOf(draft)));
            close();
            onSaved.accept(id);
        } catch (BusinessRuleException e) {
            RuleViolations.show(this, e, fields());
        }
    }

    private String titleOf(GoalDraft draft) {
        return "de".equals(getLocale().getLanguage()) ? draft.titleDe() : draft.titleEn();
    }

    /** The field's number, or null when blank; a text that is no number marks the field and gives null. */
    private BigDecimal number(TextField field) {
        field.setInvalid(false);
        if (field.getValue().isBlank()) {
            return null;
        }
        Optional<BigDecimal> parsed = GoalNumbers.parse(field.getValue(), getLocale());
        if (parsed.isEmpty()) {
            field.setErrorMessage(getTranslation("goals.form.notANumber"));
            field.setInvalid(true);
        }
        return parsed.orElse(null);
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("period", year), Map.entry("scope", scope), Map.entry("titleEn", titleEn),
                Map.entry("titleDe", titleDe), Map.entry("metric", metric), Map.entry("direction", direction),
                Map.entry("target", target), Map.entry("weight", weight), Map.entry("owner", owner),
                Map.entry("rationale", rationale), Map.entry("reason", reason));
    }

    List<String> baselineTexts() {
        return baseline.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
