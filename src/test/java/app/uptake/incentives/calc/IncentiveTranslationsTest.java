package app.uptake.incentives.calc;

import static app.uptake.incentives.calc.IncentiveFixtures.Q1;
import static app.uptake.incentives.calc.IncentiveFixtures.d;
import static app.uptake.incentives.calc.IncentiveFixtures.day;
import static app.uptake.incentives.calc.IncentiveFixtures.goodGateValues;
import static app.uptake.incentives.calc.IncentiveFixtures.salesMeasurements;
import static app.uptake.incentives.calc.IncentiveFixtures.salesPlan;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.ui.UptakeI18nProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every refusal and explanation of the calculation reads in English and German with its arguments filled in, and a
 * whole statement's explanation renders in both languages as the employee will read it.
 */
class IncentiveTranslationsTest {

    private static final UptakeI18nProvider I18N = new UptakeI18nProvider();
    private static final ExplanationRenderer EN = new ExplanationRenderer(I18N, Locale.ENGLISH);
    private static final ExplanationRenderer DE = new ExplanationRenderer(I18N, Locale.GERMAN);

    private static Set<String> declaredKeys() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field field : IncentiveKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                keys.add((String) field.get(null));
            }
        }
        for (GateMeasure measure : GateMeasure.values()) {
            keys.add(measure.messageKey());
        }
        return keys;
    }

    private static Set<String> incentiveKeysIn(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IncentiveTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("incentives.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void everyKeyIsTranslated_andEveryTranslatedKeyIsUsed() throws Exception {
        Set<String> declared = declaredKeys();
        assertThat(declared).hasSizeGreaterThan(80);
        assertThat(incentiveKeysIn("translations.properties")).isEqualTo(declared);
        assertThat(incentiveKeysIn("translations_de.properties")).isEqualTo(declared);
    }

    @Test
    void everyTextFillsInItsArguments() throws Exception {
        Object[] args = {d("2"), d("3"), d("4"), d("5"), d("6"), d("7")};
        for (ExplanationRenderer renderer : List.of(EN, DE)) {
            for (String key : declaredKeys()) {
                String withArgs = renderer.render(key, args);
                assertThat(withArgs).as(key).doesNotStartWith("!").doesNotContain("{").doesNotContain("''");
                String without = renderer.render(key);
                // a text without arguments is shown as it stands, so it must not rely on MessageFormat's quoting
                if (!without.contains("{")) {
                    assertThat(without).as(key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void refusalsReadWellWithTheirArguments() {
        assertThat(DE.render(IncentiveKeys.WEIGHTS_NOT_HUNDRED, d("101")))
                .isEqualTo("Die Gewichtungen ergeben zusammen 101 %; sie müssen genau 100 % ergeben.");
        assertThat(EN.render(IncentiveKeys.GOAL_MISSING, "REVENUE", 4711L))
                .isEqualTo("The employee has no target for the component REVENUE: they have no share of goal 4711.");
        assertThat(DE.render(IncentiveKeys.TIER_OVERLAP, d("120"), d("115"))).isEqualTo("Die Stufen überschneiden "
                + "sich: Eine endet bei 120 %, die nächste beginnt schon bei 115 %. Jede Stufe muss dort beginnen, wo "
                + "die vorige endet.");
        assertThat(EN.render(IncentiveKeys.NEGATIVE_TOTAL, d("-330"), "EUR"))
                .isEqualTo("With the adjustments the payout would be negative (-330.00 EUR); an incentive cannot be "
                        + "below 0.");
    }

    /** A joiner on 15 Feb under the sales plan, her training missing (whole payout capped at 90 %), two adjustments. */
    private static EmployeePayout joinerWithGateAndAdjustments() {
        Gate cap = Gate.required("TRAINING", GateMeasure.MANDATORY_TRAINING_COMPLETED, GateEffect.capAt("90"));
        Map<GateMeasure, GateValue> values = new HashMap<>(goodGateValues());
        values.put(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(false));
        PlanAssignment assignment = new PlanAssignment(salesPlan(List.of(cap)),
                List.of(EmploymentSpell.fullTime(day("2025-02-15"), Q1.to())), salesMeasurements());
        return PayoutCalculator.calculate(new EmployeeInputs("E-7", Q1, List.of(assignment), values,
                List.of(ManualAdjustment.of("250", "Deal booked after the close"),
                        ManualAdjustment.of("-70.50", "Advance paid in March"))));
    }

    @Test
    void aWholeExplanationInGerman() {
        // 94.5 % capped at 90 % → 6,000 × 90 % × 45 ÷ 90 = 2,700; + 250 − 70.50 = 2,879.50
        EmployeePayout payout = joinerWithGateAndAdjustments();
        assertThat(payout.total()).isEqualTo(d("2879.50"));
        List<String> lines = DE.render(payout.explanation());
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("!").doesNotContain("{"));
        assertThat(lines).containsSubsequence(
                "Plan Sales (de), Version 1: Zielbonus von 6.000,00 EUR bei 100 %, in Vollzeit, für den ganzen Zeitraum",
                "Beschäftigt vom 15.02.2025 bis 31.03.2025: 45 Tage × FTE 1 = 45 Tage",
                "Zeitanteil: 45 Tage ÷ 90 Tage im Zeitraum = 0,5",
                "Revenue (de) (Gewichtung 50 %)",
                "Zielerreichung: Istwert 330.000 ÷ Zielwert 300.000 × 100 = 110 %",
                "Stufe 1, über 100 % bis 110 %: 10 Punkte × Faktor 1,5 = 15 Punkte mehr Auszahlung",
                "Auszahlung laut Kurve: 115 %",
                "Gewichtet: 115 % Auszahlung × 50 % Gewichtung = 57,5 % des Zielbonus",
                "Betrag: 6.000,00 EUR Zielbonus × 57,5 % × Zeitanteil 0,5 = 1.725,00 EUR",
                "Die Zielerreichung von 96 % liegt im Bereich von 90 % bis unter 100 %, der 50 % zahlt.",
                "Zielerreichung (niedriger ist besser): (2 − Istwert 36 ÷ Zielwert 40) × 100 = 110 %",
                "Summe der gewichteten Komponenten: 94,5 % des Zielbonus",
                "Bedingung „Pflichtschulungen bis Ende des Zeitraums abgeschlossen“: nicht erfüllt.",
                "Daher wird die Auszahlung auf 90 % begrenzt: Aus 94,5 % werden 90 %.",
                "Auszahlung aus diesem Plan: 90 % × 6.000,00 EUR × Zeitanteil 0,5 = 2.700,00 EUR",
                "Manuelle Anpassung: +250,00 EUR. Grund: Deal booked after the close",
                "Manuelle Anpassung: −70,50 EUR. Grund: Advance paid in March",
                "Gesamt: 2.879,50 EUR, einmal auf den Cent gerundet (ein genau halber Cent zum geraden Cent): "
                        + "2.879,50 EUR");
    }

    @Test
    void aWholeExplanationInEnglish() {
        List<String> lines = EN.render(joinerWithGateAndAdjustments().explanation());
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("!").doesNotContain("{"));
        assertThat(lines).containsSubsequence(
                "Plan Sales, version 1: target incentive of 6,000.00 EUR at 100%, full time, for the whole period",
                "Employed from Feb 15, 2025 to Mar 31, 2025: 45 days × FTE 1 = 45 days",
                "Revenue (weight 50%)",
                "Attainment: actual 330,000 ÷ target 300,000 × 100 = 110%",
                "Gate \"Mandatory training completed by the end of the period\": not met.",
                "So the payout is capped at 90%: 94.5% becomes 90%.",
                "Total: 2,879.50 EUR, rounded once to the cent (an exact half cent to the even cent): 2,879.50 EUR");
    }

    @Test
    void longDecimalsAreShownShort_butTheExactTotalShowsWhatWasRounded() {
        // 1,000 × 7 ÷ 90 = 77.777…: the proration shows 0.078, the total line the exact figure to ten decimals
        ExplanationLine total = ExplanationLine.of(IncentiveKeys.EXPLAIN_TOTAL,
                new BigDecimal("77.77777777777777777777777777777778"), d("77.78"), "EUR");
        assertThat(EN.render(total)).isEqualTo("Total: 77.7777777778 EUR, rounded once to the cent (an exact half "
                + "cent to the even cent): 77.78 EUR");
        assertThat(EN.render(ExplanationLine.of(IncentiveKeys.EXPLAIN_PRORATION, d("7"), 90L,
                new BigDecimal("0.07777777777777777777777777777777778")))).isEqualTo(
                        "Proration: 7 days ÷ 90 days in the period = 0.078");
        assertThat(DE.render(new CurveBand(CurveBand.Kind.TIER, 2, d("120"), null).label()))
                .isEqualTo("Stufe 2: über 120 %");
    }
}
