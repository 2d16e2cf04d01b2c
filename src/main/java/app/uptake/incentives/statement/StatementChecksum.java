package app.uptake.incentives.statement;

import app.uptake.incentives.calc.ComponentPayout;
import app.uptake.incentives.calc.CurveBand;
import app.uptake.incentives.calc.GateOutcome;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.ManualAdjustment;
import app.uptake.incentives.calc.PlanPayout;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum a statement prints in its footer. A PDF cannot contain the hash of its own bytes, so the checksum is
 * taken over the statement's figures instead: the SHA-256, as 64 lowercase hex digits, of the UTF-8 bytes of the
 * canonical text below. Anyone holding the run's results can rebuild the text and check a printed statement against
 * them; the same figures give the same checksum in English and German and in any layout.
 *
 * <p>The canonical text is one line per item, each ending in a line feed ({@code \n}), in this order:
 * <pre>
 * uptake-statement-figures/1
 * company=&lt;company name&gt;
 * statement=&lt;statement id&gt;
 * run=&lt;run id&gt;
 * employee=&lt;employee id&gt;;name=&lt;name&gt;;costCentre=&lt;cost centre&gt;
 * period=&lt;first day&gt;/&lt;last day&gt;                      ISO dates
 * currency=&lt;ISO 4217 code&gt;
 * publishedAt=&lt;instant&gt;                                ISO-8601 in UTC, e.g. 2026-10-15T08:00:00Z
 * then for each plan, in the payout's order:
 * plan=&lt;code&gt;;version=&lt;n&gt;;targetIncentive=&lt;x&gt;;weightedDays=&lt;x&gt;;periodDays=&lt;n&gt;;componentPercent=&lt;x&gt;;payoutPercent=&lt;x&gt;;amount=&lt;x&gt;
 *   for each of its components, in plan order:
 * component=&lt;plan code&gt;/&lt;code&gt;;weight=&lt;x&gt;;actual=&lt;x&gt;;target=&lt;x&gt;;attainment=&lt;x&gt;;band=&lt;KIND&gt;:&lt;n&gt;:&lt;from&gt;:&lt;to or -&gt;;curvePercent=&lt;x&gt;;payoutPercent=&lt;x&gt;;weightedPercent=&lt;x&gt;;amount=&lt;x&gt;
 *     followed by its gates, then the plan's whole-payout gates, each in plan order:
 * gate=&lt;plan code&gt;/&lt;gate code&gt;;component=&lt;code or -&gt;;measure=&lt;MEASURE&gt;;value=&lt;true|false|x&gt;;met=&lt;true|false&gt;;before=&lt;x&gt;;after=&lt;x&gt;
 * then for each manual adjustment, in order:
 * adjustment=&lt;x&gt;;reason=&lt;reason&gt;
 * and last:
 * total=&lt;total paid, with the currency's decimals&gt;
 * </pre>
 * Numbers (&lt;x&gt;) are written as computed, exactly, without exponent and without trailing zeros ({@code 57.5},
 * {@code 0.5}, {@code 300000}); the total keeps the currency's decimals ({@code 2879.50}). In free text (names,
 * ids, reasons) a backslash is written as {@code \\}, a line feed as {@code \n}, a carriage return as {@code \r}
 * and a semicolon as {@code \;}.
 */
public final class StatementChecksum {

    /** The first line of the canonical text; a new layout of the text gets a new number. */
    public static final String FORMAT = "uptake-statement-figures/1";

    private StatementChecksum() {
    }

    /** The checksum of the content's figures: SHA-256 of {@link #canonicalText}, lowercase hex. */
    public static String of(StatementContent content) {
        return sha256(canonicalText(content).getBytes(StandardCharsets.UTF_8));
    }

    /** The text the checksum is taken over, as specified in the class comment. */
    public static String canonicalText(StatementContent content) {
        StringBuilder text = new StringBuilder(2048);
        line(text, FORMAT);
        line(text, "company=" + escaped(content.companyName()));
        line(text, "statement=" + escaped(content.statementId()));
        line(text, "run=" + content.runId());
        StatementEmployee employee = content.employee();
        line(text, "employee=" + escaped(employee.id()) + ";name=" + escaped(employee.name()) + ";costCentre="
                + escaped(employee.costCentre()));
        line(text, "period=" + content.period().from() + "/" + content.period().to());
        line(text, "currency=" + content.currency().getCurrencyCode());
        line(text, "publishedAt=" + content.publishedAt());
        for (PlanPayout plan : content.plans()) {
            String code = plan.plan().planCode();
            line(text, "plan=" + escaped(code) + ";version=" + plan.plan().version() + ";targetIncentive="
                    + number(plan.targetIncentive()) + ";weightedDays=" + number(plan.proration().weightedDays())
                    + ";periodDays=" + plan.proration().periodDays() + ";componentPercent="
                    + number(plan.componentPercent()) + ";payoutPercent=" + number(plan.payoutPercent()) + ";amount="
                    + number(plan.amount()));
            for (ComponentPayout component : plan.components()) {
                CurveBand band = component.curve().band();
                line(text, "component=" + escaped(code) + "/" + escaped(component.code()) + ";weight="
                        + number(component.component().weight()) + ";actual="
                        + number(component.measurement().actual()) + ";target="
                        + number(component.measurement().target()) + ";attainment="
                        + number(component.attainment().percent()) + ";band=" + band.kind() + ":" + band.number() + ":"
                        + number(band.from()) + ":" + (band.to() == null ? "-" : number(band.to())) + ";curvePercent="
                        + number(component.curve().percent()) + ";payoutPercent=" + number(component.payoutPercent())
                        + ";weightedPercent=" + number(component.weightedPercent()) + ";amount="
                        + number(component.amount()));
                gates(text, code, component.gates());
            }
            gates(text, code, plan.gates());
        }
        for (ManualAdjustment adjustment : content.adjustments()) {
            line(text, "adjustment=" + number(adjustment.amount()) + ";reason=" + escaped(adjustment.reason()));
        }
        line(text, "total=" + content.payout().total().toPlainString());
        return text.toString();
    }

    /** SHA-256 of the bytes, lowercase hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void gates(StringBuilder text, String planCode, List<GateOutcome> gates) {
        for (GateOutcome gate : gates) {
            line(text, "gate=" + escaped(planCode) + "/" + escaped(gate.gateCode()) + ";component="
                    + (gate.componentCode() == null ? "-" : escaped(gate.componentCode())) + ";measure="
                    + gate.measure() + ";value=" + value(gate.value()) + ";met=" + gate.met() + ";before="
                    + number(gate.before()) + ";after=" + number(gate.after()));
        }
    }

    private static String value(GateValue value) {
        return value.flag() != null ? value.flag().toString() : number(value.percent());
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }

    /** Exactly as computed, no exponent, no trailing zeros. */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case ';' -> out.append("\\;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
