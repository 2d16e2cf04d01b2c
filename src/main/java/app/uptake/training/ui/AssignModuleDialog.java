package app.uptake.training.ui;

import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.ui.Notifications;
import app.uptake.shared.ui.RuleViolations;
import app.uptake.training.AssignmentOutcome;
import app.uptake.training.ComplianceModule;
import app.uptake.training.TrainingAssignmentService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Assigns one live module to the people chosen in the compliance matrix. The due date is optional: empty gives new
 * assignments the module's due period and leaves open ones as they are; a date applies to new and open ones alike.
 */
class AssignModuleDialog extends Dialog {

    private final ComboBox<ComplianceModule> module = new ComboBox<>();
    private final DatePicker dueOn = new DatePicker();

    AssignModuleDialog(TrainingAssignmentService assignments, List<ComplianceModule> modules, Set<Long> employeeIds,
            LocalDate today, Runnable onAssigned) {
        setId("assign-dialog");
        setHeaderTitle(getTranslation("compliance.assign.title"));
        setWidth("32rem");
        Locale locale = getLocale();
        Paragraph who = new Paragraph(getTranslation("compliance.assign.who", employeeIds.size()));
        who.setId("assign-who");

        module.setId("assign-module");
        module.setLabel(getTranslation("compliance.assign.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title().in(locale));
        module.setRequiredIndicatorVisible(true);
        module.setWidthFull();
        module.addValueChangeListener(e -> module.setInvalid(false));

        dueOn.setId("assign-due");
        dueOn.setLabel(getTranslation("compliance.assign.dueOn"));
        dueOn.setHelperText(getTranslation("compliance.assign.dueOnHelp"));
        dueOn.setLocale(locale);
        dueOn.setMin(today);
        // the service decides; its message stays at the field until the date changes
        dueOn.setManualValidation(true);
        dueOn.addValueChangeListener(e -> dueOn.setInvalid(false));
        dueOn.setWidthFull();

        FormLayout form = new FormLayout(module, dueOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(who, form);

        Button assign = new Button(getTranslation("compliance.assign.confirm"), click -> {
            try {
                AssignmentOutcome outcome = assignments.assign(employeeIds,
                        module.getValue() == null ? null : module.getValue().moduleId(), dueOn.getValue());
                Notifications.success(getTranslation("compliance.assign.done", outcome.added(), outcome.dueChanged(),
                        outcome.unchanged(), outcome.completedKept()));
                close();
                onAssigned.run();
            } catch (BusinessRuleException rule) {
                RuleViolations.show(this, rule, fields());
            } catch (AccessDeniedException denied) {
                Notifications.error(getTranslation("compliance.assign.denied"));
            }
        });
        assign.setId("assign-confirm");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("compliance.assign.cancel"), click -> close());
        cancel.setId("assign-cancel");
        getFooter().add(cancel, assign);
    }

    private Map<String, HasValidation> fields() {
        return Map.of(TrainingAssignmentService.FIELD_MODULE, module, TrainingAssignmentService.FIELD_DUE_ON, dueOn);
    }
}
