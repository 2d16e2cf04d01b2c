package app.uptake.adoption.ui;

import app.uptake.adoption.AdoptionComponent;
import app.uptake.adoption.AdoptionSettings;
import app.uptake.adoption.AdoptionSettingsService;
import app.uptake.adoption.AdoptionWeights;
import app.uptake.organization.JobRole;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The program office sets how the adoption index is computed: each component's weight (explained in plain words,
 * together exactly 100 %), the activity norm per job role, the minimum group size for aggregates, and the privacy
 * switches the dashboards honour. All is saved at once or not at all; changes are audited.
 */
@Route("adoption/settings")
@RolesAllowed("ADMIN")
@Menu(order = 78, title = "adoption.settings.nav", icon = "vaadin:sliders")
public class AdoptionSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final AdoptionSettingsService settings;
    private final Map<AdoptionComponent, TextField> weights = new EnumMap<>(AdoptionComponent.class);
    private final Map<JobRole, TextField> norms = new EnumMap<>(JobRole.class);
    private final Span weightSum = new Span();
    private final TextField weightsError = new TextField();
    private final IntegerField minGroupSize = new IntegerField();
    private final Checkbox worksCouncil = new Checkbox();
    private final Checkbox executivesDrill = new Checkbox();

    public AdoptionSettingsView(AdoptionSettingsService settings) {
        this.settings = settings;
        setId("adoption-settings");
        addClassName("uptake-page");
        add(new H2(getTranslation("adoption.settings.title")), new Paragraph(getTranslation("adoption.settings.intro")));

        add(new H3(getTranslation("adoption.settings.weights")));
        Div components = new Div();
        components.addClassName("uptake-cards-wide");
        for (AdoptionComponent component : AdoptionComponent.values()) {
            TextField weight = percentField("weight-" + component.name(), getTranslation(component.messageKey()));
            weight.addValueChangeListener(e -> showSum());
            weights.put(component, weight);
            Div card = new Div(weight, new Paragraph(getTranslation(component.messageKey() + ".explain")));
            card.addClassName("uptake-card");
            card.setId("explain-" + component.name());
            components.add(card);
        }
        weightSum.setId("weight-sum");
        // carries the message when the weights do not add up, next to the sum
        weightsError.setId("weights-error");
        weightsError.setReadOnly(true);
        weightsError.setVisible(false);
        add(components, weightSum, weightsError);

        add(new H3(getTranslation("adoption.settings.norms")), new Paragraph(getTranslation("adoption.settings.normsHelp")));
        FormLayout normForm = new FormLayout();
        for (JobRole role : JobRole.values()) {
            TextField norm = new TextField(getTranslation(role.messageKey()));
            norm.setId("norm-" + role.name());
            norm.addValueChangeListener(e -> norm.setInvalid(false));
            norms.put(role, norm);
            normForm.add(norm);
        }
        add(normForm);

        add(new H3(getTranslation("adoption.settings.privacy")));
        minGroupSize.setId("min-group-size");
        minGroupSize.setLabel(getTranslation("adoption.settings.minGroupSize"));
        minGroupSize.setHelperText(getTranslation("adoption.settings.minGroupSizeHelp"));
        minGroupSize.setWidth("16rem");
        minGroupSize.addValueChangeListener(e -> minGroupSize.setInvalid(false));
        worksCouncil.setId("works-council-mode");
        worksCouncil.setLabel(getTranslation("adoption.settings.worksCouncil"));
        executivesDrill.setId("executives-drill");
        executivesDrill.setLabel(getTranslation("adoption.settings.executivesDrill"));
        add(minGroupSize, worksCouncil, new Paragraph(getTranslation("adoption.settings.worksCouncilHelp")),
                executivesDrill, new Paragraph(getTranslation("adoption.settings.executivesDrillHelp")));

        Button save = new Button(getTranslation("adoption.settings.save"), click -> save());
        save.setId("save-adoption-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
        show(settings.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adoption.settings.title");
    }

    private TextField percentField(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setSuffixComponent(new Span("%"));
        field.setWidth("10rem");
        field.addValueChangeListener(e -> field.setInvalid(false));
        return field;
    }

    private void show(AdoptionSettings current) {
        weights.forEach((c, field) -> field.setValue(Percent.number(current.weights().of(c), getLocale())));
        norms.forEach((role, field) -> field.setValue(Percent.number(
                current.activityNorms().getOrDefault(role, BigDecimal.ZERO), getLocale())));
        minGroupSize.setValue(current.minGroupSize());
        worksCouncil.setValue(current.worksCouncilMode());
        executivesDrill.setValue(current.executivesMayDrillToIndividuals());
        weightsError.setVisible(false);
        showSum();
    }

    private void showSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (TextField field : weights.values()) {
            BigDecimal value = Percent.parse(field.getValue());
            sum = value == null ? sum : sum.add(value);
        }
        weightSum.setText(getTranslation("adoption.settings.sum", Percent.number(sum, getLocale())));
    }

    private void save() {
        Map<AdoptionComponent, BigDecimal> wantedWeights = new EnumMap<>(AdoptionComponent.class);
        weights.forEach((c, field) -> wantedWeights.put(c, Percent.parse(field.getValue())));
        Map<JobRole, BigDecimal> wantedNorms = new EnumMap<>(JobRole.class);
        norms.forEach((role, field) -> wantedNorms.put(role, Percent.parse(field.getValue())));
        Map<String, HasValidation> fields = new HashMap<>();
        weights.forEach((c, field) -> fields.put("weight." + c.name(), field));
        norms.forEach((role, field) -> fields.put("norm." + role.name(), field));
        fields.put("weights", weightsError);
        fields.put("minGroupSize", minGroupSize);
        weightsError.setVisible(false);
        if (minGroupSize.getValue() == null) {
            minGroupSize.setErrorMessage(getTranslation("adoption.settings.error.number"));
            minGroupSize.setInvalid(true);
            return;
        }
        try {
            show(settings.update(new AdoptionSettings(new AdoptionWeights(wantedWeights), wantedNorms,
                    minGroupSize.getValue(), worksCouncil.getValue(), executivesDrill.getValue())));
            Notifications.success(getTranslation("adoption.settings.saved"));
        } catch (BusinessRuleException rule) {
            if ("weights".equals(rule.field())) {
                weightsError.setVisible(true);
            }
            RuleViolations.show(this, rule, fields);
        }
    }
}
