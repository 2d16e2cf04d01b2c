package app.uptake.incentives.plan;

import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateEffect;
import app.uptake.incentives.calc.IncentiveKeys;
import app.uptake.incentives.calc.PayoutCurve;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.calc.StepTable;
import app.uptake.incentives.calc.TieredCurve;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns what HR entered ({@link ComponentSpec}, {@link GateSpec}) into the calculation core's {@link PlanVersion} and
 * back. Every refusal names the field it belongs to, with the row: {@code components[1].threshold},
 * {@code gates[0].percent}; refusals of the whole plan keep the core's fields ({@code weights}, {@code components}).
 */
public final class PlanDefinitions {

    /** Codes of plans, components and gates: capitals, digits, '_' and '-', up to 40 characters. */
    static final String CODE = "[A-Z0-9][A-Z0-9_-]{0,39}";

    private PlanDefinitions() {
    }

    /** The field name of a row's value, as {@link BusinessRuleException#field()} carries it. */
    public static String componentField(int row, String field) {
        return "components[" + row + "]." + field;
    }

    public static String gateField(int row, String field) {
        return "gates[" + row + "]." + field;
    }

    /**
     * The plan version the specs describe.
     *
     * @throws BusinessRuleException the first problem, in the order of the form
     */
    public static PlanVersion toVersion(String planCode, int versionNo, LocalizedText name, Currency currency,
            BigDecimal targetIncentive, List<ComponentSpec> components, List<GateSpec> gates) {
        if (targetIncentive == null) {
            throw BusinessRuleException.onField("targetIncentive", "validation.required");
        }
        if (components.isEmpty()) {
            throw BusinessRuleException.onField("components", IncentiveKeys.NO_COMPONENTS);
        }
        List<PlanComponent> built = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            PlanComponent component = toComponent(i, components.get(i));
            if (!codes.add(component.code())) {
                throw BusinessRuleException.onField(componentField(i, "code"), IncentiveKeys.DUPLICATE_COMPONENT,
                        component.code());
            }
            built.add(component);
        }
        List<Gate> builtGates = new ArrayList<>();
        Set<String> gateCodes = new HashSet<>();
        for (int i = 0; i < gates.size(); i++) {
            Gate gate = toGate(i, gates.get(i));
            if (!gateCodes.add(gate.code())) {
                throw BusinessRuleException.onField(gateField(i, "code"), IncentiveKeys.DUPLICATE_GATE, gate.code());
            }
            if (!gate.wholePayout() && !codes.contains(gate.componentCode())) {
                throw BusinessRuleException.onField(gateField(i, "component"), IncentiveKeys.GATE_UNKNOWN_COMPONENT,
                        gate.code(), gate.componentCode());
            }
            builtGates.add(gate);
        }
        return new PlanVersion(planCode, versionNo, name, currency, targetIncentive, built, builtGates);
    }

    private static PlanComponent toComponent(int row, ComponentSpec spec) {
        String code = code(componentField(row, "code"), spec.code());
        if (blank(spec.nameEn()) || blank(spec.nameDe())) {
            throw BusinessRuleException.onField(componentField(row, "name"), "validation.required");
        }
        ComponentBinding binding = binding(row, spec);
        if (spec.weight() == null) {
            throw BusinessRuleException.onField(componentField(row, "weight"), "validation.required");
        }
        if (spec.weight().signum() <= 0) {
            throw BusinessRuleException.onField(componentField(row, "weight"), IncentiveKeys.WEIGHT_NOT_POSITIVE,
                    code, spec.weight());
        }
        PayoutCurve curve = curve(row, spec.curve());
        return new PlanComponent(code, new LocalizedText(spec.nameEn().strip(), spec.nameDe().strip()), binding,
                spec.weight(), curve);
    }

    private static ComponentBinding binding(int row, ComponentSpec spec) {
        if (spec.goalId() != null) {
            return new ComponentBinding.GoalBinding(spec.goalId());
        }
        if (blank(spec.metricCode())) {
            throw BusinessRuleException.onField(componentField(row, "binding"), "incentivePlans.error.bindingRequired");
        }
        if (spec.metricTarget() == null) {
            throw BusinessRuleException.onField(componentField(row, "target"), "validation.required");
        }
        if (spec.direction() == null) {
            throw BusinessRuleException.onField(componentField(row, "direction"), "validation.required");
        }
        return located(row, () -> new ComponentBinding.MetricBinding(spec.metricCode().strip(), spec.metricTarget(),
                spec.direction()));
    }

    private static PayoutCurve curve(int row, CurveSpec curve) {
        if (curve == null || curve.kind() == null) {
            throw BusinessRuleException.onField(componentField(row, "curveKind"), "validation.required");
        }
        if (curve.kind() == CurveSpec.Kind.STEPS) {
            return located(row, () -> new StepTable(curve.steps()));
        }
        if (curve.threshold() == null) {
            throw BusinessRuleException.onField(componentField(row, "threshold"), "validation.required");
        }
        if (curve.thresholdPayout() == null) {
            throw BusinessRuleException.onField(componentField(row, "thresholdPayout"), "validation.required");
        }
        return located(row, () -> new TieredCurve(curve.threshold(), curve.thresholdPayout(), curve.tiers(),
                curve.cap()));
    }

    private static Gate toGate(int row, GateSpec spec) {
        String code = code(gateField(row, "code"), spec.code());
        if (spec.measure() == null) {
            throw BusinessRuleException.onField(gateField(row, "measure"), "validation.required");
        }
        if (spec.effect() == null) {
            throw BusinessRuleException.onField(gateField(row, "effect"), "validation.required");
        }
        GateEffect effect;
        try {
            effect = switch (spec.effect()) {
                case ZERO -> GateEffect.zero();
                case REDUCE -> new GateEffect.ReduceBy(required(gateField(row, "percent"), spec.percent()));
                case CAP -> new GateEffect.CapAt(required(gateField(row, "percent"), spec.percent()));
            };
        } catch (BusinessRuleException e) {
            throw relocated(e, "effect", gateField(row, "percent"));
        }
        String component = blank(spec.componentCode()) ? null : spec.componentCode().strip();
        try {
            return new Gate(code, spec.measure(), spec.minimum(), effect, component);
        } catch (BusinessRuleException e) {
            throw relocated(e, null, gateField(row, e.field()));
        }
    }

    /** The specs of a stored version, for the editor to start the next version from. */
    public static List<ComponentSpec> componentSpecs(PlanVersion version) {
        return version.components().stream().map(PlanDefinitions::spec).toList();
    }

    public static List<GateSpec> gateSpecs(PlanVersion version) {
        return version.gates().stream().map(PlanDefinitions::spec).toList();
    }

    private static ComponentSpec spec(PlanComponent component) {
        CurveSpec curve = switch (component.curve()) {
            case TieredCurve t -> CurveSpec.tiered(t.threshold(), t.thresholdPayout(), t.tiers(), t.cap());
            case StepTable s -> CurveSpec.steps(s.steps());
        };
        return switch (component.binding()) {
            case ComponentBinding.GoalBinding g -> new ComponentSpec(component.code(), component.name().en(),
                    component.name().de(), g.goalId(), null, null, null, component.weight(), curve);
            case ComponentBinding.MetricBinding m -> new ComponentSpec(component.code(), component.name().en(),
                    component.name().de(), null, m.metricCode(), m.target(), m.direction(), component.weight(), curve);
        };
    }

    private static GateSpec spec(Gate gate) {
        return switch (gate.effect()) {
            case GateEffect.Zero z -> new GateSpec(gate.code(), gate.measure(), gate.minimum(), GateSpec.Effect.ZERO,
                    null, gate.componentCode());
            case GateEffect.ReduceBy r -> new GateSpec(gate.code(), gate.measure(), gate.minimum(),
                    GateSpec.Effect.REDUCE, r.percent(), gate.componentCode());
            case GateEffect.CapAt c -> new GateSpec(gate.code(), gate.measure(), gate.minimum(), GateSpec.Effect.CAP,
                    c.percent(), gate.componentCode());
        };
    }

    private static String code(String field, String code) {
        if (blank(code)) {
            throw BusinessRuleException.onField(field, "validation.required");
        }
        String clean = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!clean.matches(CODE)) {
            throw BusinessRuleException.onField(field, "incentivePlans.error.codeFormat");
        }
        return clean;
    }

    private static BigDecimal required(String field, BigDecimal value) {
        if (value == null) {
            throw BusinessRuleException.onField(field, "validation.required");
        }
        return value;
    }

    /** Runs a constructor of the core and puts its refusal on the component's row. */
    private static <T> T located(int row, Supplier<T> build) {
        try {
            return build.get();
        } catch (BusinessRuleException e) {
            throw relocated(e, null, componentField(row, e.field()));
        }
    }

    /** The same refusal on another field; only when it was on {@code onlyFrom} (or any field when that is null). */
    private static BusinessRuleException relocated(BusinessRuleException e, String onlyFrom, String field) {
        if (e.field() != null && e.field().contains("[")) {
            return e;
        }
        if (onlyFrom != null && !onlyFrom.equals(e.field())) {
            return e;
        }
        return BusinessRuleException.onField(field, e.messageKey(), e.args());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
