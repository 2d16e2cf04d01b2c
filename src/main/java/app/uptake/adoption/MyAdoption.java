package app.uptake.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * The signed-in person's adoption: this week so far (computed live), the stored weeks before it, the weights in
 * force, and hints from the weakest components.
 */
public record MyAdoption(LocalDate week, LocalDate asOf, AdoptionScore thisWeek, AdoptionWeights weights,
        List<EmployeeWeek> history, List<AdoptionHint> hints) {

    public MyAdoption {
        history = List.copyOf(history);
        hints = List.copyOf(hints);
    }
}
