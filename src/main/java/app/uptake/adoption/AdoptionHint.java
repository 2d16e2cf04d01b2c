package app.uptake.adoption;

import java.math.BigDecimal;

/**
 * What to do next about a weak component: its i18n text is {@code adoption.hint.<COMPONENT>}, and {@code route} the
 * page where to do it.
 */
public record AdoptionHint(AdoptionComponent component, BigDecimal value, String route) {

    public String messageKey() {
        return "adoption.hint." + component.name();
    }
}
