package app.uptake.activity.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One record of an uploaded file, its values looked up by header name ignoring case, together with the
 * file's conventions (decimal comma, company time zone) that profiles need to compute derived values.
 */
final class SourceRow {

    private final Map<String, Integer> indexByColumn;
    private final List<String> values;
    private final boolean decimalComma;
    private final ZoneId zone;

    SourceRow(Map<String, Integer> indexByColumn, List<String> values, boolean decimalComma, ZoneId zone) {
        this.indexByColumn = indexByColumn;
        this.values = values;
        this.decimalComma = decimalComma;
        this.zone = zone;
    }

    static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /** The stripped value of the column, or null when the column is missing or the cell empty. */
    String get(String column) {
        Integer index = indexByColumn.get(key(column));
        if (index == null || index >= values.size()) {
            return null;
        }
        String value = values.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The first of the columns with a value. */
    String first(String... columns) {
        for (String column : columns) {
            String value = get(column);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    boolean decimalComma() {
        return decimalComma;
    }

    BigDecimal number(String text) {
        return text == null ? null : LocalizedNumbers.parse(text, decimalComma);
    }

    /** Writes a computed number as the file writes numbers, so the row parser reads it back unchanged. */
    String format(BigDecimal number) {
        String plain = number.stripTrailingZeros().toPlainString();
        return decimalComma ? plain.replace('.', ',') : plain;
    }

    Instant instant(String text) {
        return text == null ? null : LocalizedTimestamps.parse(text, zone);
    }
}
