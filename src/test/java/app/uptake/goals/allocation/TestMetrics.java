package app.uptake.goals.allocation;

import static app.uptake.activity.ActivityType.CALL;
import static app.uptake.activity.ActivityType.CASE_RESOLVED;
import static app.uptake.activity.ActivityType.OPPORTUNITY_LOST;
import static app.uptake.activity.ActivityType.OPPORTUNITY_WON;

import app.uptake.metrics.EventField;
import app.uptake.metrics.Formula;
import app.uptake.metrics.Measure;
import app.uptake.metrics.MetricDefinition;
import app.uptake.metrics.MetricDirection;
import app.uptake.metrics.MetricUnit;
import app.uptake.metrics.ProcessSegment;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Metrics built like the catalog builds them, for plain unit tests. */
final class TestMetrics {

    /** Calls logged, a plain count: additive, one decimal shown. */
    static final MetricDefinition CALLS = definition("CALLS", MetricUnit.COUNT, MetricDirection.HIGHER,
            Formula.total(Measure.count(Set.of(CALL))));
    /** Won revenue in euro, a plain sum: additive, two decimals. */
    static final MetricDefinition WON_REVENUE = definition("WON_REVENUE", MetricUnit.EUR, MetricDirection.HIGHER,
            Formula.total(Measure.sum(Set.of(OPPORTUNITY_WON), EventField.AMOUNT)));
    /** Margin of won deals, a sum that may be negative. */
    static final MetricDefinition WON_MARGIN = definition("WON_MARGIN", MetricUnit.EUR, MetricDirection.HIGHER,
            Formula.total(Measure.sum(Set.of(OPPORTUNITY_WON), EventField.MARGIN)));
    /** Won over won or lost, in per cent: a ratio, one decimal. */
    static final MetricDefinition WIN_RATE = definition("WIN_RATE", MetricUnit.PERCENT, MetricDirection.HIGHER,
            Formula.ratio(Measure.count(Set.of(OPPORTUNITY_WON)), Measure.count(EnumSet.of(OPPORTUNITY_WON, OPPORTUNITY_LOST)),
                    BigDecimal.valueOf(100)));
    /** Hours per resolved case: a ratio where lower is better. */
    static final MetricDefinition RESOLUTION_HOURS = definition("CASE_RESOLUTION_HOURS", MetricUnit.HOURS,
            MetricDirection.LOWER, Formula.ratio(Measure.sum(Set.of(CASE_RESOLVED), EventField.RESOLUTION_HOURS),
                    Measure.countFilled(Set.of(CASE_RESOLVED), EventField.RESOLUTION_HOURS), BigDecimal.ONE));

    /** Second quarter 2026: 1 April to 30 June, 30 + 31 + 30 = 91 days. */
    static final DateRange Q2 = new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

    private TestMetrics() {
    }

    static MetricDefinition definition(String code, MetricUnit unit, MetricDirection direction, Formula formula) {
        LocalizedText text = new LocalizedText(code, code);
        return new MetricDefinition(1, code, 1, LocalDate.of(2000, 1, 1), text, text, text, unit, direction,
                ProcessSegment.OPPORTUNITY_MANAGEMENT, "test", formula, false);
    }

    static AllocationMetric of(MetricDefinition definition) {
        return AllocationMetric.of(definition);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A child with a baseline and nothing else (full time all period). */
    static AllocationChild child(String id, String baseline) {
        return AllocationChild.person(id, "Team " + id, baseline == null ? null : d(baseline), null, null, null, null);
    }

    /** A ratio child: baseline rate and expected denominator. */
    static AllocationChild rateChild(String id, String baseline, String expectedDenominator) {
        return AllocationChild.person(id, "Team " + id, baseline == null ? null : d(baseline),
                expectedDenominator == null ? null : d(expectedDenominator), null, null, null);
    }
}
