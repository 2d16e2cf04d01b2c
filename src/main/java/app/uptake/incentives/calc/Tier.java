package app.uptake.incentives.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stretch of attainment above the target with its own rate: each point of attainment in (from, to] adds
 * {@code slope} points of payout. A slope above 1 accelerates (×1.5 from 100 to 120 %), below 1 decelerates, 0 holds
 * the payout flat.
 *
 * @param from  attainment in per cent where the tier starts (the first tier at 100)
 * @param to    where it ends; null for an open-ended last tier
 * @param slope payout points per attainment point, not negative
 */
public record Tier(BigDecimal from, BigDecimal to, BigDecimal slope) {

    public Tier {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(slope, "slope");
    }

    public static Tier upTo(String from, String to, String slope) {
        return new Tier(new BigDecimal(from), new BigDecimal(to), new BigDecimal(slope));
    }

    public static Tier openFrom(String from, String slope) {
        return new Tier(new BigDecimal(from), null, new BigDecimal(slope));
    }

    boolean open() {
        return to == null;
    }

    /** Whether the attainment lies in (from, to]. */
    boolean holds(BigDecimal attainment) {
        return attainment.compareTo(from) > 0 && (open() || attainment.compareTo(to) <= 0);
    }
}
