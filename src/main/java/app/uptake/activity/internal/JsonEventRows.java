package app.uptake.activity.internal;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads a JSON event (REST batch item, feed entry) as the text fields a file row would hold. */
final class JsonEventRows {

    private static final int RAW_LIMIT = 4000;

    private JsonEventRows() {
    }

    /** Any JSON value becomes its text; objects and arrays are no field values and refuse the item. */
    static ParsedRow parse(EventRowParser parser, long line, JsonNode item) {
        String raw = item.toString();
        raw = raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) : raw;
        if (!item.isObject()) {
            return ParsedRow.rejected(line, raw, RowProblem.of("notAnObject", null));
        }
        Map<String, String> fields = new HashMap<>();
        for (var property : item.properties()) {
            JsonNode value = property.getValue();
            if (value.isContainer()) {
                return ParsedRow.rejected(line, raw, RowProblem.of("notAValue", property.getKey()));
            }
            fields.put(property.getKey(), value.isNull() ? null : value.asString());
        }
        return parser.parse(line, raw, fields);
    }
}
