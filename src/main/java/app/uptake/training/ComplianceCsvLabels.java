package app.uptake.training;

import java.util.EnumMap;
import java.util.Map;

/** The words of the compliance CSV in the reader's language: column headers and the states. */
public record ComplianceCsvLabels(String name, String orgUnit, String dueOn, Map<ComplianceState, String> states) {

    public ComplianceCsvLabels {
        states = Map.copyOf(new EnumMap<>(states));
        for (ComplianceState state : ComplianceState.values()) {
            if (!states.containsKey(state)) {
                throw new IllegalArgumentException("no label for " + state);
            }
        }
    }
}
