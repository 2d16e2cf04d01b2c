package app.uptake.incentives.run.internal;

import app.uptake.incentives.calc.Attainment;
import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.ComponentPayout;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.EmploymentSpell;
import app.uptake.incentives.calc.ExplanationLine;
import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateEffect;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.GateOutcome;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.Label;
import app.uptake.incentives.calc.ManualAdjustment;
import app.uptake.incentives.calc.Measurement;
import app.uptake.incentives.calc.PayoutCurve;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.PlanPayout;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.StepTable;
import app.uptake.incentives.calc.Tier;
import app.uptake.incentives.calc.TieredCurve;
import app.uptake.metrics.MetricDirection;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a run stores as JSON: the frozen plan version, each employee's frozen inputs (both read back to calculate
 * again) and each employee's full result with its explanation (written for the record; a result is read by
 * calculating it again from the frozen inputs and checking it against this text).
 *
 * <p>Decimals are written as strings of their plain digits, so nothing is lost or reformatted; maps are written in
 * key order, so the same values always give the same text.
 */
public final class RunJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RunJson() {
    }

    /** An employee's frozen inputs under the run's plan. */
    public record FrozenInputs(List<EmploymentSpell> spells, BigDecimal targetIncentiveOverride,
            Map<String, Measurement> measurements, Map<GateMeasure, GateValue> gateValues) {

        public FrozenInputs {
            spells = List.copyOf(spells);
            measurements = Map.copyOf(measurements);
            gateValues = Map.copyOf(gateValues);
        }
    }

    // --- plan version ---

    public static String plan(PlanVersion plan) {
        ObjectNode n = NODES.objectNode();
        n.put("code", plan.planCode());
        n.put("version", plan.version());
        text(n, plan.name());
        n.put("currency", plan.currency().getCurrencyCode());
        n.put("target", dec(plan.targetIncentive()));
        ArrayNode components = n.putArray("components");
        for (PlanComponent c : plan.components()) {
            ObjectNode cn = components.addObject();
            cn.put("code", c.code());
            text(cn, c.name());
            cn.put("weight", dec(c.weight()));
            ObjectNode b = cn.putObject("binding");
            switch (c.binding()) {
                case ComponentBinding.GoalBinding g -> b.put("goal", g.goalId());
                case ComponentBinding.MetricBinding m -> {
                    b.put("metric", m.metricCode());
                    b.put("target", dec(m.target()));
                    b.put("direction", m.direction().name());
                }
            }
            ObjectNode curve = cn.putObject("curve");
            switch (c.curve()) {
                case TieredCurve t -> {
                    curve.put("threshold", dec(t.threshold()));
                    curve.put("thresholdPayout", dec(t.thresholdPayout()));
                    ArrayNode tiers = curve.putArray("tiers");
                    for (Tier tier : t.tiers()) {
                        ArrayNode tn = tiers.addArray();
                        tn.add(dec(tier.from()));
                        if (tier.to() == null) {
                            tn.addNull();
                        } else {
                            tn.add(dec(tier.to()));
                        }
                        tn.add(dec(tier.slope()));
                    }
                    if (t.cap() != null) {
                        curve.put("cap", dec(t.cap()));
                    }
                }
                case StepTable s -> {
                    ArrayNode steps = curve.putArray("steps");
                    for (Step step : s.steps()) {
                        steps.addArray().add(dec(step.from())).add(dec(step.payout()));
                    }
                }
            }
        }
        ArrayNode gates = n.putArray("gates");
        for (Gate g : plan.gates()) {
            ObjectNode gn = gates.addObject();
            gn.put("code", g.code());
            gn.put("measure", g.measure().name());
            if (g.minimum() != null) {
                gn.put("minimum", dec(g.minimum()));
            }
            switch (g.effect()) {
                case GateEffect.Zero z -> gn.put("effect", "ZERO");
                case GateEffect.ReduceBy r -> {
                    gn.put("effect", "REDUCE");
                    gn.put("percent", dec(r.percent()));
                }
                case GateEffect.CapAt cap -> {
                    gn.put("effect", "CAP");
                    gn.put("percent", dec(cap.percent()));
                }
            }
            if (g.componentCode() != null) {
                gn.put("component", g.componentCode());
            }
        }
        return write(n);
    }

    public static PlanVersion readPlan(String json) {
        JsonNode n = read(json);
        List<PlanComponent> components = new ArrayList<>();
        for (JsonNode cn : n.get("components")) {
            JsonNode b = cn.get("binding");
            ComponentBinding binding = b.has("goal") ? new ComponentBinding.GoalBinding(b.get("goal").asLong())
                    : new ComponentBinding.MetricBinding(b.get("metric").asString(), decOf(b.get("target")),
                            MetricDirection.valueOf(b.get("direction").asString()));
            JsonNode cv = cn.get("curve");
            PayoutCurve curve;
            if (cv.has("steps")) {
                List<Step> steps = new ArrayList<>();
                for (JsonNode s : cv.get("steps")) {
                    steps.add(new Step(decOf(s.get(0)), decOf(s.get(1))));
                }
                curve = new StepTable(steps);
            } else {
                List<Tier> tiers = new ArrayList<>();
                for (JsonNode t : cv.get("tiers")) {
                    tiers.add(new Tier(decOf(t.get(0)), t.get(1).isNull() ? null : decOf(t.get(1)), decOf(t.get(2))));
                }
                curve = new TieredCurve(decOf(cv.get("threshold")), decOf(cv.get("thresholdPayout")), tiers,
                        cv.has("cap") ? decOf(cv.get("cap")) : null);
            }
            components.add(new PlanComponent(cn.get("code").asString(), textOf(cn), binding, decOf(cn.get("weight")),
                    curve));
        }
        List<Gate> gates = new ArrayList<>();
        for (JsonNode gn : n.get("gates")) {
            GateEffect effect = switch (gn.get("effect").asString()) {
                case "ZERO" -> new GateEffect.Zero();
                case "REDUCE" -> new GateEffect.ReduceBy(decOf(gn.get("percent")));
                default -> new GateEffect.CapAt(decOf(gn.get("percent")));
            };
            gates.add(new Gate(gn.get("code").asString(), GateMeasure.valueOf(gn.get("measure").asString()),
                    gn.has("minimum") ? decOf(gn.get("minimum")) : null, effect,
                    gn.has("component") ? gn.get("component").asString() : null));
        }
        return new PlanVersion(n.get("code").asString(), n.get("version").asInt(), textOf(n),
                Currency.getInstance(n.get("currency").asString()), decOf(n.get("target")), components, gates);
    }

    // --- frozen inputs ---

    public static String inputs(FrozenInputs inputs) {
        ObjectNode n = NODES.objectNode();
        ArrayNode spells = n.putArray("spells");
        for (EmploymentSpell s : inputs.spells()) {
            spells.addArray().add(s.days().from().toString()).add(s.days().to().toString()).add(dec(s.fte()));
        }
        if (inputs.targetIncentiveOverride() != null) {
            n.put("targetIncentive", dec(inputs.targetIncentiveOverride()));
        }
        ObjectNode m = n.putObject("measurements");
        new TreeMap<>(inputs.measurements()).forEach((code, x) -> m.putArray(code).add(dec(x.actual()))
                .add(dec(x.target())).add(x.direction().name()));
        ObjectNode g = n.putObject("gates");
        new EnumMap<>(inputs.gateValues()).forEach((measure, v) -> {
            if (v.flag() != null) {
                g.put(measure.name(), v.flag());
            } else {
                g.put(measure.name(), dec(v.percent()));
            }
        });
        return write(n);
    }

    public static FrozenInputs readInputs(String json) {
        JsonNode n = read(json);
        List<EmploymentSpell> spells = new ArrayList<>();
        for (JsonNode s : n.get("spells")) {
            spells.add(new EmploymentSpell(new DateRange(LocalDate.parse(s.get(0).asString()),
                    LocalDate.parse(s.get(1).asString())), decOf(s.get(2))));
        }
        Map<String, Measurement> measurements = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : n.get("measurements").properties()) {
            JsonNode x = e.getValue();
            measurements.put(e.getKey(), new Measurement(decOf(x.get(0)), decOf(x.get(1)),
                    MetricDirection.valueOf(x.get(2).asString())));
        }
        Map<GateMeasure, GateValue> gates = new EnumMap<>(GateMeasure.class);
        for (Map.Entry<String, JsonNode> e : n.get("gates").properties()) {
            JsonNode v = e.getValue();
            gates.put(GateMeasure.valueOf(e.getKey()),
                    v.isBoolean() ? GateValue.flag(v.asBoolean()) : GateValue.percent(decOf(v)));
        }
        return new FrozenInputs(spells, n.has("targetIncentive") ? decOf(n.get("targetIncentive")) : null,
                measurements, gates);
    }

    // --- results ---

    /** The full result with every step of the explanation, for the record. */
    public static String result(EmployeePayout payout) {
        ObjectNode n = NODES.objectNode();
        n.put("employee", payout.employeeId());
        n.put("from", payout.period().from().toString());
        n.put("to", payout.period().to().toString());
        n.put("currency", payout.currency().getCurrencyCode());
        n.put("exactTotal", dec(payout.exactTotal()));
        n.put("total", dec(payout.total()));
        ArrayNode plans = n.putArray("plans");
        for (PlanPayout p : payout.plans()) {
            ObjectNode pn = plans.addObject();
            pn.put("plan", p.plan().planCode());
            pn.put("version", p.plan().version());
            pn.put("targetIncentive", dec(p.targetIncentive()));
            pn.put("individualTarget", p.individualTarget());
            pn.put("weightedDays", dec(p.proration().weightedDays()));
            pn.put("periodDays", p.proration().periodDays());
            pn.put("prorationFactor", dec(p.proration().factor()));
            ArrayNode components = pn.putArray("components");
            for (ComponentPayout c : p.components()) {
                ObjectNode cn = components.addObject();
                cn.put("code", c.code());
                cn.put("actual", dec(c.measurement().actual()));
                cn.put("target", dec(c.measurement().target()));
                cn.put("direction", c.measurement().direction().name());
                Attainment a = c.attainment();
                cn.put("attainment", dec(a.percent()));
                cn.put("attainmentRule", a.rule().name());
                cn.put("band", c.curve().band().kind().name());
                cn.put("bandNumber", c.curve().band().number());
                cn.put("curvePercent", dec(c.curve().percent()));
                cn.put("capped", c.curve().capped());
                gates(cn.putArray("gates"), c.gates());
                cn.put("payoutPercent", dec(c.payoutPercent()));
                cn.put("weightedPercent", dec(c.weightedPercent()));
                cn.put("amount", dec(c.amount()));
            }
            pn.put("componentPercent", dec(p.componentPercent()));
            gates(pn.putArray("gates"), p.gates());
            pn.put("payoutPercent", dec(p.payoutPercent()));
            pn.put("amount", dec(p.amount()));
        }
        ArrayNode adjustments = n.putArray("adjustments");
        for (ManualAdjustment a : payout.adjustments()) {
            adjustments.addArray().add(dec(a.amount())).add(a.reason());
        }
        ArrayNode explanation = n.putArray("explanation");
        for (ExplanationLine line : payout.explanation()) {
            ArrayNode ln = explanation.addArray();
            ln.add(line.key());
            for (Object arg : line.args()) {
                switch (arg) {
                    case BigDecimal d -> ln.add(d);
                    case Integer i -> ln.add(i);
                    case Long l -> ln.add(l);
                    case String s -> ln.add(s);
                    case LocalDate d -> ln.addObject().put("date", d.toString());
                    case LocalizedText t -> text(ln.addObject(), t);
                    case Label l -> ln.addObject().put("label", l.key());
                    default -> ln.add(arg.toString());
                }
            }
        }
        return write(n);
    }

    private static void gates(ArrayNode into, List<GateOutcome> outcomes) {
        for (GateOutcome g : outcomes) {
            ObjectNode gn = into.addObject();
            gn.put("code", g.gateCode());
            gn.put("measure", g.measure().name());
            if (g.value().flag() != null) {
                gn.put("value", g.value().flag());
            } else {
                gn.put("value", dec(g.value().percent()));
            }
            gn.put("met", g.met());
            gn.put("before", dec(g.before()));
            gn.put("after", dec(g.after()));
        }
    }

    // --- helpers ---

    private static String dec(BigDecimal value) {
        return value.toPlainString();
    }

    private static BigDecimal decOf(JsonNode node) {
        return new BigDecimal(node.asString());
    }

    private static void text(ObjectNode n, LocalizedText text) {
        n.put("en", text.en());
        n.put("de", text.de());
    }

    private static LocalizedText textOf(JsonNode n) {
        return new LocalizedText(n.get("en").asString(), n.get("de").asString());
    }

    private static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
