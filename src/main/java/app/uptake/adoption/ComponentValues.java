package app.uptake.adoption;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The components that have a value, each in per cent (0–100). A component is missing when it says nothing about
 * the person: no working day employed, no record touched, no target set, no activity norm for the job role.
 */
public record ComponentValues(Map<AdoptionComponent, BigDecimal> values) {

    public static final ComponentValues NONE = new ComponentValues(Map.of());

    public ComponentValues {
        EnumMap<AdoptionComponent, BigDecimal> copy = new EnumMap<>(AdoptionComponent.class);
        values.forEach((component, value) -> {
            if (value != null) {
                copy.put(component, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** The component's value, or null when it is missing. */
    public BigDecimal get(AdoptionComponent component) {
        return values.get(component);
    }

    public boolean has(AdoptionComponent component) {
        return values.containsKey(component);
    }
}
