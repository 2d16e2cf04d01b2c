package app.uptake.goals.progress;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The attainment, in per cent of what was expected by now, from which a target counts as on track, and from which
 * it is at risk; below that it is off track. The program office sets them; {@link #DEFAULTS} until it does.
 */
public record StatusThresholds(BigDecimal onTrackPercent, BigDecimal atRiskPercent) {

    public static final StatusThresholds DEFAULTS = new StatusThresholds(new BigDecimal("95.00"), new BigDecimal("80.00"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public StatusThresholds {
        Objects.requireNonNull(onTrackPercent, "onTrackPercent");
        Objects.requireNonNull(atRiskPercent, "atRiskPercent");
    }

    /**
     * The status of an attainment (1 = 100 % of what was expected), thresholds included: exactly 95 % is on track
     * with the defaults. No attainment means {@link ProgressStatus#NO_DATA}.
     */
    public ProgressStatus statusOf(BigDecimal attainment) {
        if (attainment == null) {
            return ProgressStatus.NO_DATA;
        }
        BigDecimal percent = attainment.multiply(HUNDRED);
        if (percent.compareTo(onTrackPercent) >= 0) {
            return ProgressStatus.ON_TRACK;
        }
        return percent.compareTo(atRiskPercent) >= 0 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
    }
}
