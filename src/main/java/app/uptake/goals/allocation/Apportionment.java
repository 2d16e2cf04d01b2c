package app.uptake.goals.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a total in proportion to weights so that the shares, at a given scale, add up to the total exactly
 * (largest remainder method): every share is first rounded down, then the units left over go, one unit of the
 * last decimal each, to the shares that lost most by rounding down; equal losses go to the earlier share.
 */
final class Apportionment {

    private Apportionment() {
    }

    /**
     * @param total   at most {@code scale} decimals
     * @param weights none negative, at least one positive
     */
    static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights, int scale) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = weights.size();
        List<BigDecimal> shares = new ArrayList<>(n);
        BigDecimal[] lost = new BigDecimal[n];
        BigDecimal handedOut = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal numerator = total.multiply(weights.get(i));
            BigDecimal share = numerator.divide(sum, scale, RoundingMode.FLOOR);
            // exact: what rounding down cut off, times the common divisor, so comparable between shares
            lost[i] = numerator.subtract(share.multiply(sum));
            shares.add(share);
            handedOut = handedOut.add(share);
        }
        int leftOver = total.subtract(handedOut).movePointRight(scale).intValueExact();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer, BigDecimal>comparing(i -> lost[i]).reversed().thenComparing(i -> i))
                .limit(leftOver)
                .forEach(i -> shares.set(i, shares.get(i).add(unit)));
        return shares;
    }
}
