package app.uptake.incentives.statement;

import java.util.Objects;

/**
 * What a component measures, in the statement's language, from the metric catalog: the metric's name and its
 * plain-words measurement method ("Won opportunities ÷ closed opportunities, by close date").
 */
public record MetricNote(String metric, String howMeasured) {

    public MetricNote {
        Objects.requireNonNull(metric, "metric");
        howMeasured = howMeasured == null ? "" : howMeasured;
    }
}
