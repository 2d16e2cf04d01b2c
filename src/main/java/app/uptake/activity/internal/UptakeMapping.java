package app.uptake.activity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Uptake's own format: the headers are the field names, so every value goes where its header says. */
final class UptakeMapping implements RowMapping {

    @Override
    public List<String> missingColumns(Set<String> headerKeys) {
        return EventFields.REQUIRED.stream().filter(field -> !headerKeys.contains(field)).toList();
    }

    @Override
    public List<Mapped> map(SourceRow row) {
        Map<String, String> fields = new HashMap<>();
        for (String field : EventFields.ALL) {
            fields.put(field, row.get(field));
        }
        return List.of(Mapped.fields(fields));
    }
}
