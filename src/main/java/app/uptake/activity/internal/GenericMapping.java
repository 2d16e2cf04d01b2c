package app.uptake.activity.internal;

import app.uptake.activity.ColumnMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Any CSV, read through the column mapping the user chose on upload. */
final class GenericMapping implements RowMapping {

    private final ColumnMapping mapping;

    GenericMapping(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public List<String> missingColumns(Set<String> headerKeys) {
        List<String> missing = new ArrayList<>();
        for (String field : EventFields.REQUIRED) {
            boolean typeIsFixed = field.equals(EventFields.TYPE) && mapping.fixedType() != null;
            if (!typeIsFixed && !mapping.columnsByField().containsKey(field)) {
                missing.add(field);
            }
        }
        mapping.columnsByField().values().stream()
                .filter(column -> !headerKeys.contains(SourceRow.key(column)))
                .forEach(missing::add);
        return missing;
    }

    @Override
    public List<Mapped> map(SourceRow row) {
        Map<String, String> fields = new HashMap<>();
        mapping.columnsByField().forEach((field, column) -> fields.put(field, row.get(column)));
        if (mapping.fixedType() != null) {
            fields.put(EventFields.TYPE, mapping.fixedType().name());
        } else {
            String value = fields.get(EventFields.TYPE);
            if (value != null) {
                fields.put(EventFields.TYPE, mapping.typeValues().getOrDefault(value.toLowerCase(Locale.ROOT), value));
            }
        }
        return List.of(Mapped.fields(fields));
    }
}
