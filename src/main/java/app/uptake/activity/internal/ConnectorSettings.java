package app.uptake.activity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A data source's connector settings, stored as "key=value" lines (folder=/srv/crm-export, url=https://...). */
record ConnectorSettings(Map<String, String> values) {

    ConnectorSettings {
        values = Map.copyOf(values);
    }

    static ConnectorSettings parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.strip().startsWith("#")) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }
        return new ConnectorSettings(values);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    String format() {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }
}
