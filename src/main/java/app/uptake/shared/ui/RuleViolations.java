package app.uptake.shared.ui;

import app.uptake.shared.BusinessRuleException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a broken business rule where it belongs: at its form field, or as an error toast. */
public final class RuleViolations {

    private RuleViolations() {
    }

    /**
     * @param owner the view, for the translation
     * @param fields the form's fields by the names services use in {@link BusinessRuleException#field()}
     */
    public static void show(Component owner, BusinessRuleException rule, Map<String, ? extends HasValidation> fields) {
        String message = owner.getTranslation(rule.messageKey(), rule.args());
        HasValidation field = rule.field() == null ? null : fields.get(rule.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notifications.error(message);
        }
    }
}
