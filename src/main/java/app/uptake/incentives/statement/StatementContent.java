package app.uptake.incentives.statement;

import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.ManualAdjustment;
import app.uptake.incentives.calc.PlanPayout;
import app.uptake.shared.DateRange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one statement shows: the header (company, statement and run, employee, language, publication), the
 * calculated payout with its plans, components, gates, adjustments, total and explanation, and what each component
 * measures. The period, currency, plans and adjustments are read from the payout, so they cannot disagree with it.
 *
 * @param metrics what each component measures, by component code; a component without a note shows its name only
 */
public record StatementContent(StatementHeader header, EmployeePayout payout, Map<String, MetricNote> metrics) {

    public StatementContent {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payout, "payout");
        metrics = Map.copyOf(metrics);
    }

    /** The statement for a calculated payout. */
    public static StatementContent of(StatementHeader header, EmployeePayout payout, Map<String, MetricNote> metrics) {
        return new StatementContent(header, payout, metrics);
    }

    public String companyName() {
        return header.companyName();
    }

    public String statementId() {
        return header.statementId();
    }

    public long runId() {
        return header.runId();
    }

    public StatementEmployee employee() {
        return header.employee();
    }

    public Locale locale() {
        return header.locale();
    }

    public Instant publishedAt() {
        return header.publishedAt();
    }

    public ZoneId zone() {
        return header.zone();
    }

    public DateRange period() {
        return payout.period();
    }

    public Currency currency() {
        return payout.currency();
    }

    /** One plan, or two or more for an employee transferred between plans within the period. */
    public List<PlanPayout> plans() {
        return payout.plans();
    }

    public List<ManualAdjustment> adjustments() {
        return payout.adjustments();
    }

    /** The note for a component, or null. */
    public MetricNote metric(String componentCode) {
        return metrics.get(componentCode);
    }
}
