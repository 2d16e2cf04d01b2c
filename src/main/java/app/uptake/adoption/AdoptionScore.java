package app.uptake.adoption;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One employee's adoption for a week: the components that have a value and the index over them.
 *
 * @param index Σ weight × component ÷ Σ weight over the components with a value, in per cent; null when none has one
 * @param missing the components without a value, whose weight was shared out among the others (re-normalised)
 */
public record AdoptionScore(ComponentValues components, BigDecimal index, Set<AdoptionComponent> missing) {

    public AdoptionScore {
        missing = Set.copyOf(missing);
    }

    /** Whether some weights were re-normalised because a component had no value. */
    public boolean renormalised() {
        return index != null && !missing.isEmpty();
    }
}
