package app.uptake.incentives.calc;

import java.util.Objects;

/** An argument of a message that is itself a message key, such as a gate's measure: translated before filling in. */
public record Label(String key) {

    public Label {
        Objects.requireNonNull(key, "key");
    }
}
