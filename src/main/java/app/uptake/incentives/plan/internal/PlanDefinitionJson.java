package app.uptake.incentives.plan.internal;

import app.uptake.incentives.plan.ComponentSpec;
import app.uptake.incentives.plan.GateSpec;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version's components and gates as the JSON text stored with it. Numbers are written as plain decimals and read
 * back as the same BigDecimal, scale included, so a stored version gives exactly the plan that was saved.
 */
public final class PlanDefinitionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What one version stores. */
    public record Definition(List<ComponentSpec> components, List<GateSpec> gates) {
        public Definition {
            components = components == null ? List.of() : List.copyOf(components);
            gates = gates == null ? List.of() : List.copyOf(gates);
        }
    }

    private PlanDefinitionJson() {
    }

    public static String write(Definition definition) {
        return JSON.writeValueAsString(definition);
    }

    public static Definition read(String json) {
        return JSON.readValue(json, Definition.class);
    }
}
