package app.uptake.incentives.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row of a step table: from {@code from} per cent attainment (inclusive) up to the next row, the component pays
 * a fixed {@code payout} per cent.
 */
public record Step(BigDecimal from, BigDecimal payout) {

    public Step {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(payout, "payout");
    }

    public static Step of(String from, String payout) {
        return new Step(new BigDecimal(from), new BigDecimal(payout));
    }
}
