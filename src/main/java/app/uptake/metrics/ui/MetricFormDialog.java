package app.uptake.metrics.ui;

import app.uptake.activity.ActivityType;
import app.uptake.metrics.Aggregation;
import app.uptake.metrics.DenominatorKind;
import app.uptake.metrics.EventField;
import app.uptake.metrics.EventFilter;
import app.uptake.metrics.FormulaBuilder;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricDraft;
import app.uptake.metrics.MetricService;
import app.uptake.metrics.MetricUnit;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.LocalizedText;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;

/** The program office's form for a new metric: texts in both languages and the formula, without scripting. */
class MetricFormDialog extends Dialog {

    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameDe = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionDe = new TextArea();
    final TextArea methodEn = new TextArea();
    final TextArea methodDe = new TextArea();
    final Select<MetricUnit> unit = new Select<>();
    final Select<MetricDirection> direction = new Select<>();
    final Select<ProcessSegment> segment = new Select<>();
    final TextField owner = new TextField();
    final SideFields numerator = new SideFields();
    final Select<DenominatorKind> denominatorKind = new Select<>();
    final SideFields denominator = new SideFields();
    final BigDecimalField scale = new BigDecimalField();

    /** The four choices that make one side of the fraction. */
    final class SideFields {
        final Select<Aggregation> aggregation = new Select<>();
        final MultiSelectComboBox<ActivityType> types = new MultiSelectComboBox<>();
        final Select<EventField> field = new Select<>();
        final Select<EventFilter> filter = new Select<>();

        SideFields() {
            aggregation.setLabel(getTranslation("metrics.form.aggregation"));
            aggregation.setItems(Aggregation.values());
            aggregation.setItemLabelGenerator(a -> getTranslation("aggregation." + a.name()));
            types.setLabel(getTranslation("metrics.form.types"));
            types.setItems(ActivityType.values());
            types.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            field.setLabel(getTranslation("metrics.form.field"));
            field.setItems(EventField.values());
            field.setEmptySelectionAllowed(true);
            field.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.messageKey()));
            filter.setLabel(getTranslation("metrics.form.filter"));
            filter.setItems(EventFilter.values());
            filter.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
            filter.setValue(EventFilter.NONE);
        }

        FormulaBuilder.Side side() {
            return new FormulaBuilder.Side(aggregation.getValue(), types.getValue(), field.getValue(), filter.getValue());
        }

        void addTo(FormLayout form) {
            form.add(aggregation, types, field, filter);
        }

        void setVisible(boolean visible) {
            aggregation.setVisible(visible);
            types.setVisible(visible);
            field.setVisible(visible);
            filter.setVisible(visible);
        }
    }

    MetricFormDialog(MetricService metrics, Consumer<MetricDefinition> onSaved) {
        setHeaderTitle(getTranslation("metrics.form.title"));
        setWidth("52rem");
        code.setLabel(getTranslation("metrics.form.code"));
        code.setId("metric-code");
        nameEn.setLabel(getTranslation("metrics.form.nameEn"));
        nameDe.setLabel(getTranslation("metrics.form.nameDe"));
        descriptionEn.setLabel(getTranslation("metrics.form.descriptionEn"));
        descriptionDe.setLabel(getTranslation("metrics.form.descriptionDe"));
        methodEn.setLabel(getTranslation("metrics.form.methodEn"));
        methodDe.setLabel(getTranslation("metrics.form.methodDe"));
        unit.setLabel(getTranslation("metrics.catalog.unit"));
        unit.setItems(MetricUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.messageKey()));
        unit.setValue(MetricUnit.COUNT);
        direction.setLabel(getTranslation("metrics.catalog.direction"));
        direction.setItems(MetricDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        direction.setValue(MetricDirection.HIGHER);
        segment.setLabel(getTranslation("metrics.catalog.segment"));
        segment.setItems(ProcessSegment.values());
        segment.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        segment.setValue(ProcessSegment.CRM_USAGE);
        owner.setLabel(getTranslation("metrics.form.owner"));
        denominatorKind.setLabel(getTranslation("metrics.form.denominatorKind"));
        denominatorKind.setItems(DenominatorKind.values());
        denominatorKind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        denominatorKind.addValueChangeListener(e -> denominator.setVisible(e.getValue() == DenominatorKind.MEASURE));
        denominatorKind.setValue(DenominatorKind.NONE);
        scale.setLabel(getTranslation("metrics.form.scale"));
        scale.setValue(BigDecimal.ONE);

        FormLayout form = new FormLayout(code, owner, nameEn, nameDe, descriptionEn, descriptionDe, methodEn, methodDe,
                unit, direction, segment);
        form.add(new H4(getTranslation("metrics.form.numerator")), 2);
        numerator.addTo(form);
        form.add(new H4(getTranslation("metrics.form.denominator")), 2);
        form.add(denominatorKind, scale);
        denominator.addTo(form);
        add(form);

        Button save = new Button(getTranslation("metrics.form.save"), click -> save(metrics, onSaved));
        save.setId("save-metric");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("metrics.form.cancel"), click -> close()), save);
    }

    private void save(MetricService metrics, Consumer<MetricDefinition> onSaved) {
        try {
            MetricDraft draft = new MetricDraft(code.getValue().strip(), new LocalizedText(nameEn.getValue(), nameDe.getValue()),
                    new LocalizedText(descriptionEn.getValue(), descriptionDe.getValue()),
                    new LocalizedText(methodEn.getValue(), methodDe.getValue()), unit.getValue(), direction.getValue(),
                    segment.getValue(), owner.getValue().isBlank() ? "CRM Program Office" : owner.getValue().strip(),
                    FormulaBuilder.build(numerator.side(), denominatorKind.getValue(), denominator.side(), scale.getValue()));
            MetricDefinition saved = metrics.create(draft);
            Notifications.success(getTranslation("metrics.form.saved", saved.code()));
            onSaved.accept(saved);
            close();
        } catch (BusinessRuleException rule) {
            RuleViolations.show(this, rule, fields());
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("code", code), Map.entry("name", nameEn), Map.entry("method", methodEn),
                Map.entry("numeratorAggregation", numerator.aggregation), Map.entry("numeratorTypes", numerator.types),
                Map.entry("numeratorField", numerator.field), Map.entry("denominatorKind", denominatorKind),
                Map.entry("denominatorAggregation", denominator.aggregation), Map.entry("denominatorTypes", denominator.types),
                Map.entry("denominatorField", denominator.field), Map.entry("scale", scale));
    }
}
