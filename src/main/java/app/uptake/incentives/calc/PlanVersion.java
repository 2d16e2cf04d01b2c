package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.Decimals.HUNDRED;

import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a plan as they stood in one version: what it pays on (components with weights and curves), how much
 * (the target incentive per employee at 100 %, full time, whole period) and in which currency, and its gates. A run
 * freezes the version in force for its period, so later edits (a new version) never change a result.
 *
 * <p>Refuses a plan that cannot be paid out consistently: no components, weights not adding up to exactly 100 %,
 * gates on components it does not have.
 *
 * @param targetIncentive payout at 100 % for a full-time employee over the whole period; above 0 and with no more
 *                        decimals than the currency has
 * @param currency        EUR unless the plan says otherwise
 */
public record PlanVersion(String planCode, int version, LocalizedText name, Currency currency,
        BigDecimal targetIncentive, List<PlanComponent> components, List<Gate> gates) {

    public static final Currency EUR = Currency.getInstance("EUR");

    public PlanVersion {
        Objects.requireNonNull(planCode, "planCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetIncentive, "targetIncentive");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1: " + version);
        }
        currency = currency == null ? EUR : currency;
        components = List.copyOf(components);
        gates = List.copyOf(gates);
        if (targetIncentive.signum() <= 0) {
            throw BusinessRuleException.onField("targetIncentive", IncentiveKeys.TARGET_INCENTIVE_NOT_POSITIVE,
                    targetIncentive);
        }
        Money.checkPrecision("targetIncentive", targetIncentive, currency);
        checkComponents(components);
        checkGates(gates, components);
    }

    /** A plan paying in euros. */
    public PlanVersion(String planCode, int version, LocalizedText name, BigDecimal targetIncentive,
            List<PlanComponent> components, List<Gate> gates) {
        this(planCode, version, name, EUR, targetIncentive, components, gates);
    }

    private static void checkComponents(List<PlanComponent> components) {
        if (components.isEmpty()) {
            throw BusinessRuleException.onField("components", IncentiveKeys.NO_COMPONENTS);
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (PlanComponent component : components) {
            if (!codes.add(component.code())) {
                throw BusinessRuleException.onField("components", IncentiveKeys.DUPLICATE_COMPONENT, component.code());
            }
            if (component.weight().signum() <= 0) {
                throw BusinessRuleException.onField("weights", IncentiveKeys.WEIGHT_NOT_POSITIVE, component.code(),
                        component.weight());
            }
            sum = sum.add(component.weight());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw BusinessRuleException.onField("weights", IncentiveKeys.WEIGHTS_NOT_HUNDRED, sum);
        }
    }

    private static void checkGates(List<Gate> gates, List<PlanComponent> components) {
        Set<String> codes = new HashSet<>();
        for (Gate gate : gates) {
            if (!codes.add(gate.code())) {
                throw BusinessRuleException.onField("gates", IncentiveKeys.DUPLICATE_GATE, gate.code());
            }
            if (!gate.wholePayout() && components.stream().noneMatch(c -> c.code().equals(gate.componentCode()))) {
                throw BusinessRuleException.onField("gates", IncentiveKeys.GATE_UNKNOWN_COMPONENT, gate.code(),
                        gate.componentCode());
            }
        }
    }

    public Optional<PlanComponent> component(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The gates on one component, in plan order. */
    List<Gate> gatesOn(String componentCode) {
        return gates.stream().filter(g -> componentCode.equals(g.componentCode())).toList();
    }

    /** The gates on the whole payout, in plan order. */
    List<Gate> wholePayoutGates() {
        return gates.stream().filter(Gate::wholePayout).toList();
    }
}
