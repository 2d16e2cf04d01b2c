package app.uptake.incentives.statement;

import app.uptake.incentives.calc.ComponentBinding;
import app.uptake.incentives.calc.EmployeeInputs;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.EmploymentSpell;
import app.uptake.incentives.calc.Gate;
import app.uptake.incentives.calc.GateEffect;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.ManualAdjustment;
import app.uptake.incentives.calc.Measurement;
import app.uptake.incentives.calc.PayoutCalculator;
import app.uptake.incentives.calc.PayoutCurve;
import app.uptake.incentives.calc.PlanAssignment;
import app.uptake.incentives.calc.PlanComponent;
import app.uptake.incentives.calc.PlanVersion;
import app.uptake.incentives.calc.Step;
import app.uptake.incentives.calc.StepTable;
import app.uptake.incentives.calc.Tier;
import app.uptake.incentives.calc.TieredCurve;
import app.uptake.metrics.MetricDirection;
import app.uptake.shared.DateRange;
import app.uptake.shared.LocalizedText;
import app.uptake.shared.ui.UptakeI18nProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Statements the statement tests and the benchmark share, with payouts computed by the real calculator. */
final class StatementFixtures {

    static final UptakeI18nProvider I18N = new UptakeI18nProvider();
    static final String COMPANY = "Hansen Antriebstechnik GmbH";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Q1 2025: 90 days, so 45 days are exactly a half. */
    static final DateRange Q1 = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    static final Instant PUBLISHED = Instant.parse("2025-04-14T08:30:00Z");

    private StatementFixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static LocalizedText name(String en, String de) {
        return new LocalizedText(en, de);
    }

    private static PlanComponent metric(String code, LocalizedText name, String target, MetricDirection direction,
            String weight, PayoutCurve curve) {
        return new PlanComponent(code, name, new ComponentBinding.MetricBinding(code.toLowerCase(Locale.ROOT),
                d(target), direction), d(weight), curve);
    }

    /** Threshold 80 % paying 50 %, ×1.5 from 100 to 120 %, ×2 beyond, capped at 200 %. */
    private static TieredCurve standardCurve() {
        return new TieredCurve(d("80"), d("50"), List.of(Tier.upTo("100", "120", "1.5"), Tier.openFrom("120", "2")),
                d("200"));
    }

    /**
     * The sales plan of the calculation tests (6,000 EUR at 100 %: revenue 50 %, win rate 30 %, days to close 20 %)
     * with one gate: mandatory training, or the whole payout is capped at 90 %.
     */
    static PlanVersion salesPlan() {
        return new PlanVersion("SALES", 3, name("Field sales", "Außendienst"), d("6000"), List.of(
                new PlanComponent("REVENUE", name("Revenue", "Umsatz"), new ComponentBinding.GoalBinding(42), d("50"),
                        standardCurve()),
                metric("WIN_RATE", name("Win rate", "Abschlussquote"), "25", MetricDirection.HIGHER, "30",
                        StepTable.of(Step.of("90", "50"), Step.of("100", "100"), Step.of("120", "150"))),
                metric("DAYS_TO_CLOSE", name("Days to close", "Tage bis zum Abschluss"), "40", MetricDirection.LOWER,
                        "20", TieredCurve.linear("80", "0"))),
                List.of(Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("90"))));
    }

    static Map<String, MetricNote> salesNotes(Locale locale) {
        boolean german = "de".equals(locale.getLanguage());
        return Map.of(
                "REVENUE", new MetricNote(german ? "Gewonnener Umsatz (EUR)" : "Revenue won (EUR)",
                        german ? "Summe der Beträge gewonnener Verkaufschancen nach Abschlussdatum."
                                : "Sum of the amounts of won opportunities, by close date."),
                "WIN_RATE", new MetricNote(german ? "Abschlussquote (%)" : "Win rate (%)",
                        german ? "Gewonnene ÷ abgeschlossene Verkaufschancen × 100."
                                : "Won ÷ closed opportunities × 100."),
                "DAYS_TO_CLOSE", new MetricNote(german ? "Tage bis zum Abschluss" : "Days to close",
                        german ? "Durchschnittliche Tage von der Anlage bis zum Gewinn einer Verkaufschance."
                                : "Average days from creating an opportunity to winning it."));
    }

    /**
     * Łukasz Dvořák joined on 15 Feb (45 of 90 days) and missed his mandatory training: revenue 330,000 of 300,000
     * (110 % → 115 %, 1,725.00), win rate 24 of 25 (96 % → 50 %, 450.00), 36 days to close against 40 (110 % → 110 %,
     * 660.00): 94.5 %, capped at 90 % → 2,700.00; +250.00 and −70.50 by hand: 2,879.50.
     */
    static EmployeePayout joinerPayout() {
        PlanAssignment assignment = new PlanAssignment(salesPlan(),
                List.of(EmploymentSpell.fullTime(LocalDate.of(2025, 2, 15), Q1.to())), Map.of(
                        "REVENUE", new Measurement(d("330000"), d("300000"), MetricDirection.HIGHER),
                        "WIN_RATE", new Measurement(d("24"), d("25"), MetricDirection.HIGHER),
                        "DAYS_TO_CLOSE", new Measurement(d("36"), d("40"), MetricDirection.LOWER)));
        return PayoutCalculator.calculate(new EmployeeInputs("4711", Q1, List.of(assignment),
                Map.of(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(false)),
                List.of(ManualAdjustment.of("250", "Deal booked after the close (Müller & Söhne)"),
                        ManualAdjustment.of("-70.50", "Advance paid in March"))));
    }

    static StatementHeader header(String employeeId, String name, Locale locale) {
        return new StatementHeader(COMPANY, "ST-2025Q1-" + employeeId, 17, new StatementEmployee(employeeId, name,
                "Field Sales South – Bavaria"), locale, PUBLISHED, BERLIN);
    }

    static StatementContent joiner(Locale locale) {
        return StatementContent.of(header("4711", "Łukasz Dvořák", locale), joinerPayout(), salesNotes(locale));
    }

    // --- a realistic statement: five components, three gates, random figures ---

    private static PlanVersion fiveComponentPlan() {
        return new PlanVersion("SALES5", 2, name("Sales 2025", "Vertrieb 2025"), d("6000"), List.of(
                new PlanComponent("REVENUE", name("Revenue", "Umsatz"), new ComponentBinding.GoalBinding(42), d("40"),
                        standardCurve()),
                metric("WIN_RATE", name("Win rate", "Abschlussquote"), "25", MetricDirection.HIGHER, "20",
                        StepTable.of(Step.of("90", "50"), Step.of("100", "100"), Step.of("120", "150"))),
                metric("DAYS_TO_CLOSE", name("Days to close", "Tage bis zum Abschluss"), "40", MetricDirection.LOWER,
                        "15", TieredCurve.linear("80", "0")),
                metric("VISITS", name("Customer visits", "Kundenbesuche"), "120", MetricDirection.HIGHER, "15",
                        new TieredCurve(d("50"), d("25"), List.of(Tier.upTo("100", "150", "0.5"),
                                Tier.openFrom("150", "0")), null)),
                metric("CALLS", name("Calls logged", "Erfasste Anrufe"), "600", MetricDirection.HIGHER, "10",
                        standardCurve())),
                List.of(Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("100")),
                        Gate.atLeast("COMPLETENESS", GateMeasure.DATA_COMPLETENESS, "80", GateEffect.reduceBy("20")),
                        Gate.atLeast("ACTIVE", GateMeasure.CRM_ACTIVE_DAYS, "70", GateEffect.zero())
                                .onComponent("VISITS")));
    }

    private static final PlanVersion FIVE = fiveComponentPlan();
    private static final String[] FIRST = {"Łukasz", "Jürgen", "Zoë", "Søren", "Ana", "Mehmet", "Jonas", "Chloé"};
    private static final String[] LAST = {"Dvořák", "Weiß", "Kowalczyk", "Øvergaard", "Núñez", "Yılmaz", "Becker"};

    static Map<String, MetricNote> fiveNotes(Locale locale) {
        Map<String, MetricNote> notes = new HashMap<>(salesNotes(locale));
        notes.put("VISITS", new MetricNote("Customer visits", "Visits logged in the CRM with a visit report, counted "
                + "once per account and day; visits cancelled or without a report do not count."));
        notes.put("CALLS", new MetricNote("Calls logged", "Outbound and inbound calls logged in the CRM against an "
                + "account or contact, counted by the day of the call."));
        return notes;
    }

    /** Employee number {@code n} of a synthetic run: figures drawn from a generator seeded with n. */
    static StatementContent realistic(int n, Locale locale) {
        Random random = new Random(n);
        Map<String, Measurement> m = Map.of(
                "REVENUE", new Measurement(amount(random, 150_000, 450_000), d("300000"), MetricDirection.HIGHER),
                "WIN_RATE", new Measurement(amount(random, 15, 35), d("25"), MetricDirection.HIGHER),
                "DAYS_TO_CLOSE", new Measurement(amount(random, 25, 60), d("40"), MetricDirection.LOWER),
                "VISITS", new Measurement(amount(random, 40, 200), d("120"), MetricDirection.HIGHER),
                "CALLS", new Measurement(amount(random, 300, 900), d("600"), MetricDirection.HIGHER));
        Map<GateMeasure, GateValue> gates = Map.of(
                GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(random.nextInt(10) > 0),
                GateMeasure.DATA_COMPLETENESS, GateValue.percent(amount(random, 60, 100)),
                GateMeasure.CRM_ACTIVE_DAYS, GateValue.percent(amount(random, 50, 100)));
        EmploymentSpell spell = n % 20 == 1 ? EmploymentSpell.fullTime(Q1.from().plusDays(random.nextInt(80)), Q1.to())
                : EmploymentSpell.fullTime(Q1.from(), Q1.to());
        List<ManualAdjustment> adjustments = n % 7 == 0
                ? List.of(ManualAdjustment.of("125.00", "Late booking of a won deal, approved by the sales director"))
                : List.of();
        EmployeePayout payout = PayoutCalculator.calculate(new EmployeeInputs(String.valueOf(n), Q1,
                List.of(new PlanAssignment(FIVE, List.of(spell), m)), gates, adjustments));
        String name = FIRST[n % FIRST.length] + " " + LAST[n % LAST.length];
        return StatementContent.of(header(String.valueOf(10_000 + n), name, locale), payout, fiveNotes(locale));
    }

    private static BigDecimal amount(Random random, int low, int high) {
        return BigDecimal.valueOf(low * 100L + random.nextInt((high - low) * 100), 2);
    }

    /** The PDF's text as PDFBox reads it back, with no-break spaces as plain spaces. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
