package app.uptake.adoption;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each component counts in the index, in per cent; together exactly 100 (checked by the settings, which
 * also refuse a weight left out of {@code percent}: {@link #of} reads it as 0).
 */
public record AdoptionWeights(Map<AdoptionComponent, BigDecimal> percent) {

    public static final AdoptionWeights DEFAULTS = new AdoptionWeights(Map.of(
            AdoptionComponent.USAGE, BigDecimal.valueOf(30), AdoptionComponent.LOGGING, BigDecimal.valueOf(20),
            AdoptionComponent.QUALITY, BigDecimal.valueOf(20), AdoptionComponent.TRAINING, BigDecimal.valueOf(15),
            AdoptionComponent.GOALS, BigDecimal.valueOf(15)));

    public AdoptionWeights {
        EnumMap<AdoptionComponent, BigDecimal> copy = new EnumMap<>(AdoptionComponent.class);
        percent.forEach((component, weight) -> {
            if (weight != null) {
                copy.put(component, weight);
            }
        });
        percent = Collections.unmodifiableMap(copy);
    }

    public BigDecimal of(AdoptionComponent component) {
        return percent.getOrDefault(component, BigDecimal.ZERO);
    }

    public BigDecimal sum() {
        return percent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
