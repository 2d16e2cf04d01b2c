package app.uptake.incentives.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new version of a plan: the rules in force from {@code validFrom} (the first day of a month) until the next
 * version's, and why they changed.
 */
public record VersionDraft(LocalDate validFrom, BigDecimal targetIncentive, List<ComponentSpec> components,
        List<GateSpec> gates, String reason) {

    public VersionDraft {
        components = components == null ? List.of() : List.copyOf(components);
        gates = gates == null ? List.of() : List.copyOf(gates);
    }
}
