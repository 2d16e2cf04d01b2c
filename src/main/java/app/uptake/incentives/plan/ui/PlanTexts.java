package app.uptake.incentives.plan.ui;

import app.uptake.goals.GoalReference;
import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateEffect;
import app.uptake.incentives.calc.PayoutCurve;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.StepTable;
import app.uptake.incentives.calc.Tier;
import app.uptake.incentives.calc.TieredCurve;
import app.uptake.metrics.MetricDefinition;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plan's rules in words, in the reader's language: what a component is bound to, its curve band by band, what a
 * gate checks and does. Also the short notation the version editor takes for tiers ({@code 100-120:1.5; 120-:2})
 * and step tables ({@code 0:0; 90:50; 100:100}).
 */
final class PlanTexts {

    private final Component owner;
    private final Locale locale;
    private final Map<Long, GoalReference> goals;
    private final Map<String, MetricDefinition> metrics;

    PlanTexts(Component owner, Locale locale, Map<Long, GoalReference> goals, Map<String, MetricDefinition> metrics) {
        this.owner = owner;
        this.locale = locale;
        this.goals = goals;
        this.metrics = metrics;
    }

    String number(BigDecimal value) {
        return number(value, locale);
    }

    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    static String plainNumber(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(amount) + " " + currency;
    }

    String binding(ComponentBinding binding) {
        return switch (binding) {
            case ComponentBinding.GoalBinding g -> {
                GoalReference goal = goals.get(g.goalId());
                yield goal == null ? owner.getTranslation("incentivePlans.binding.goalId", g.goalId())
                        : owner.getTranslation("incentivePlans.binding.goal", goal.title().in(locale),
                                goal.period().label());
            }
            case ComponentBinding.MetricBinding m -> owner.getTranslation("incentivePlans.binding.metric",
                    metricName(m.metricCode()), number(m.target()),
                    owner.getTranslation("incentivePlans.direction." + m.direction().name()));
        };
    }

    String metricName(String code) {
        MetricDefinition metric = metrics.get(code);
        return metric == null ? code : metric.name().in(locale);
    }

    /** The curve band by band, each a line. */
    List<String> curve(PayoutCurve curve) {
        List<String> lines = new ArrayList<>();
        switch (curve) {
            case TieredCurve t -> {
                lines.add(owner.getTranslation("incentivePlans.curve.threshold", number(t.threshold()),
                        number(t.thresholdPayout())));
                if (t.tiers().isEmpty()) {
                    lines.add(owner.getTranslation("incentivePlans.curve.noTiers"));
                }
                for (int i = 0; i < t.tiers().size(); i++) {
                    Tier tier = t.tiers().get(i);
                    String kind = owner.getTranslation(tier.slope().compareTo(BigDecimal.ONE) > 0
                            ? "incentivePlans.curve.accelerator" : tier.slope().compareTo(BigDecimal.ONE) < 0
                                    ? "incentivePlans.curve.decelerator" : "incentivePlans.curve.oneToOne");
                    lines.add(tier.to() == null
                            ? owner.getTranslation("incentivePlans.curve.openTier", i + 1, number(tier.from()),
                                    number(tier.slope()), kind)
                            : owner.getTranslation("incentivePlans.curve.tier", i + 1, number(tier.from()),
                                    number(tier.to()), number(tier.slope()), kind));
                }
                lines.add(t.cap() == null ? owner.getTranslation("incentivePlans.curve.noCap")
                        : owner.getTranslation("incentivePlans.curve.cap", number(t.cap())));
            }
            case StepTable s -> {
                List<Step> steps = s.steps();
                if (steps.getFirst().from().signum() > 0) {
                    lines.add(owner.getTranslation("incentivePlans.curve.belowSteps", number(steps.getFirst().from())));
                }
                for (int i = 0; i < steps.size(); i++) {
                    Step step = steps.get(i);
                    lines.add(i + 1 < steps.size()
                            ? owner.getTranslation("incentivePlans.curve.step", number(step.from()),
                                    number(steps.get(i + 1).from()), number(step.payout()))
                            : owner.getTranslation("incentivePlans.curve.openStep", number(step.from()),
                                    number(step.payout())));
                }
            }
        }
        return lines;
    }

    String gate(Gate gate, List<PlanComponent> components) {
        String measure = owner.getTranslation(gate.measure().messageKey());
        String condition = gate.minimum() == null ? owner.getTranslation("incentivePlans.gate.flag", measure)
                : owner.getTranslation("incentivePlans.gate.minimum", measure, number(gate.minimum()));
        String effect = switch (gate.effect()) {
            case GateEffect.Zero z -> owner.getTranslation("incentivePlans.gate.zero");
            case GateEffect.ReduceBy r -> owner.getTranslation("incentivePlans.gate.reduce", number(r.percent()));
            case GateEffect.CapAt c -> owner.getTranslation("incentivePlans.gate.cap", number(c.percent()));
        };
        String scope = gate.wholePayout() ? owner.getTranslation("incentivePlans.gate.wholePayout")
                : owner.getTranslation("incentivePlans.gate.onComponent", components.stream()
                        .filter(c -> c.code().equals(gate.componentCode())).findFirst()
                        .map(c -> c.name().in(locale)).orElse(gate.componentCode()));
        return owner.getTranslation("incentivePlans.gate.line", gate.code(), condition, effect, scope);
    }

    // --- the editor's short notation ---

    static String tiersText(List<Tier> tiers, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Tier tier : tiers) {
            parts.add(plainNumber(tier.from(), locale) + "-" + (tier.to() == null ? "" : plainNumber(tier.to(), locale))
                    + ":" + plainNumber(tier.slope(), locale));
        }
        return String.join("; ", parts);
    }

    static String stepsText(List<Step> steps, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Step step : steps) {
            parts.add(plainNumber(step.from(), locale) + ":" + plainNumber(step.payout(), locale));
        }
        return String.join("; ", parts);
    }

    /** Tiers as {@code from-to:rate; from-:rate}; null when the text does not follow the notation. */
    static List<Tier> parseTiers(String text) {
        List<Tier> tiers = new ArrayList<>();
        for (String part : parts(text)) {
            String[] rate = part.split(":", -1);
            if (rate.length != 2) {
                return null;
            }
            String[] range = rate[0].split("-", -1);
            if (range.length != 2) {
                return null;
            }
            BigDecimal from = parseNumber(range[0]);
            BigDecimal to = range[1].isBlank() ? null : parseNumber(range[1]);
            BigDecimal slope = parseNumber(rate[1]);
            if (from == null || slope == null || (to == null && !range[1].isBlank())) {
                return null;
            }
            tiers.add(new Tier(from, to, slope));
        }
        return tiers;
    }

    /** Steps as {@code from:payout; from:payout}; null when the text does not follow the notation. */
    static List<Step> parseSteps(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : parts(text)) {
            String[] pair = part.split(":", -1);
            if (pair.length != 2) {
                return null;
            }
            BigDecimal from = parseNumber(pair[0]);
            BigDecimal payout = parseNumber(pair[1]);
            if (from == null || payout == null) {
                return null;
            }
            steps.add(new Step(from, payout));
        }
        return steps;
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(";")) {
                if (!part.isBlank()) {
                    parts.add(part.replace(" ", "").replace("%", "").replace("×", ""));
                }
            }
        }
        return parts;
    }

    /** A number as typed in either language ("92,5" or "92.5", a % allowed, no thousands separators). */
    static BigDecimal parseNumber(String text) {
        String plain = text == null ? "" : text.strip().replace("%", "").strip().replace(',', '.');
        if (!plain.matches("-?\\d{1,12}(\\.\\d{1,12})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}
