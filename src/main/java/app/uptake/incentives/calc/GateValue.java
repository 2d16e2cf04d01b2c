package app.uptake.incentives.calc;

import java.math.BigDecimal;

/**
 * One employee's frozen value of a {@link GateMeasure}: a flag or a percentage, exactly one of them.
 */
public record GateValue(Boolean flag, BigDecimal percent) {

    public GateValue {
        if ((flag == null) == (percent == null)) {
            throw new IllegalArgumentException("a gate value is either a flag or a percentage");
        }
    }

    public static GateValue flag(boolean value) {
        return new GateValue(value, null);
    }

    public static GateValue percent(BigDecimal value) {
        return new GateValue(null, value);
    }

    public static GateValue percent(String value) {
        return percent(new BigDecimal(value));
    }

    GateMeasure.Kind kind() {
        return flag != null ? GateMeasure.Kind.FLAG : GateMeasure.Kind.PERCENT;
    }
}
