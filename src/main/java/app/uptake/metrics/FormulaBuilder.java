package app.uptake.metrics;

import app.uptake.activity.ActivityType;
import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Turns what the admin chose in the metric form into a {@link Formula}, refusing with a message on the field
 * that is wrong instead of a technical error.
 */
public final class FormulaBuilder {

    private FormulaBuilder() {
    }

    /** One side of the fraction as chosen in the form. */
    public record Side(Aggregation aggregation, Set<ActivityType> types, EventField field, EventFilter filter) {
    }

    public static Formula build(Side numerator, DenominatorKind denominatorKind, Side denominator, BigDecimal scale) {
        Measure top = measure(numerator, "numerator");
        if (top.aggregation() == Aggregation.DISTINCT) {
            throw BusinessRuleException.onField("numeratorAggregation", "metrics.error.distinctNumerator");
        }
        if (denominatorKind == null) {
            throw BusinessRuleException.onField("denominatorKind", "metrics.error.denominatorKind");
        }
        Measure bottom = denominatorKind == DenominatorKind.MEASURE ? measure(denominator, "denominator") : null;
        if (scale == null || scale.signum() <= 0) {
            throw BusinessRuleException.onField("scale", "metrics.error.scale");
        }
        return new Formula(top, denominatorKind, bottom, scale);
    }

    private static Measure measure(Side side, String prefix) {
        if (side == null || side.aggregation() == null) {
            throw BusinessRuleException.onField(prefix + "Aggregation", "metrics.error.aggregation");
        }
        if (side.types() == null || side.types().isEmpty()) {
            throw BusinessRuleException.onField(prefix + "Types", "metrics.error.types");
        }
        boolean needsField = side.aggregation() == Aggregation.SUM || side.aggregation() == Aggregation.DISTINCT;
        if (needsField && side.field() == null) {
            throw BusinessRuleException.onField(prefix + "Field", "metrics.error.fieldNeeded");
        }
        if (side.aggregation() == Aggregation.SUM && !side.field().isNumeric()) {
            throw BusinessRuleException.onField(prefix + "Field", "metrics.error.fieldNotNumeric");
        }
        return new Measure(side.aggregation(), side.types(), side.field(), side.filter());
    }
}
