package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.Decimals.HUNDRED;

import app.uptake.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a gate does to a payout (in per cent of the target) when its condition is not met.
 */
public sealed interface GateEffect {

    /** The payout after the effect, with the line that explains it. */
    Applied apply(BigDecimal payout);

    record Applied(BigDecimal payout, ExplanationLine explanation) {
    }

    static GateEffect zero() {
        return new Zero();
    }

    static GateEffect reduceBy(String percent) {
        return new ReduceBy(new BigDecimal(percent));
    }

    static GateEffect capAt(String percent) {
        return new CapAt(new BigDecimal(percent));
    }

    /** Nothing is paid. */
    record Zero() implements GateEffect {
        @Override
        public Applied apply(BigDecimal payout) {
            return new Applied(BigDecimal.ZERO, ExplanationLine.of(IncentiveKeys.EXPLAIN_GATE_ZERO, payout));
        }
    }

    /** The payout shrinks by a share of itself: 20 turns 110 % into 88 %. More than 0, at most 100. */
    record ReduceBy(BigDecimal percent) implements GateEffect {
        public ReduceBy {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                throw BusinessRuleException.onField("effect", IncentiveKeys.REDUCE_RANGE, percent);
            }
        }

        @Override
        public Applied apply(BigDecimal payout) {
            BigDecimal after = Decimals.percentOf(payout, HUNDRED.subtract(percent));
            return new Applied(after, ExplanationLine.of(IncentiveKeys.EXPLAIN_GATE_REDUCE, percent, payout, after));
        }
    }

    /** The payout is at most this many per cent of the target: a gate that takes away the upside. Not negative. */
    record CapAt(BigDecimal percent) implements GateEffect {
        public CapAt {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0) {
                throw BusinessRuleException.onField("effect", IncentiveKeys.GATE_CAP_NEGATIVE, percent);
            }
        }

        @Override
        public Applied apply(BigDecimal payout) {
            if (payout.compareTo(percent) <= 0) {
                return new Applied(payout, ExplanationLine.of(IncentiveKeys.EXPLAIN_GATE_CAP_NOT_REACHED, percent, payout));
            }
            return new Applied(percent, ExplanationLine.of(IncentiveKeys.EXPLAIN_GATE_CAP, percent, payout, percent));
        }
    }
}
