package app.uptake.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For the generic profile: which file column holds which Uptake field, and how the type is found. Either
 * {@code fixedType} gives every row the same type, or the column mapped to {@code type} is read, after
 * translating its values through {@code typeValues} (keys ignore case; values not listed are read as type
 * names).
 */
public record ColumnMapping(Map<String, String> columnsByField, ActivityType fixedType, Map<String, String> typeValues) {

    /** Uptake's field names, in the documented order. */
    public static final List<String> FIELDS = List.of("external_id", "revision", "employee", "type", "occurred_at",
            "direction", "duration_minutes", "account", "decision_maker", "amount", "margin", "campaign", "stage",
            "products", "response_minutes", "resolution_minutes", "satisfaction", "completeness");

    /** The fields a mapping must name a column for (type only without a fixed type). */
    public static final List<String> REQUIRED = List.of("external_id", "employee", "type", "occurred_at");

    public static final ColumnMapping NONE = new ColumnMapping(Map.of(), null, Map.of());

    public ColumnMapping {
        Map<String, String> columns = new LinkedHashMap<>();
        columnsByField.forEach((field, column) -> {
            if (column != null && !column.isBlank()) {
                columns.put(field, column.strip());
            }
        });
        columnsByField = java.util.Collections.unmodifiableMap(columns);
        Map<String, String> values = new LinkedHashMap<>();
        typeValues.forEach((from, to) -> values.put(from.strip().toLowerCase(Locale.ROOT), to.strip()));
        typeValues = java.util.Collections.unmodifiableMap(values);
    }

    /**
     * Reads a value map as typed in a text area, one "file value=TYPE" per line, e.g. {@code Anruf=CALL}.
     * Lines without '=' are ignored.
     */
    public static Map<String, String> parseTypeValues(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.substring(0, eq).isBlank() && !line.substring(eq + 1).isBlank()) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }
        return values;
    }
}
