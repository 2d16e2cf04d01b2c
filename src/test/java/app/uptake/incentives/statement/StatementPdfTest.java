package app.uptake.incentives.statement;

import static app.uptake.incentives.statement.StatementFixtures.I18N;
import static app.uptake.incentives.statement.StatementFixtures.Q1;
import static app.uptake.incentives.statement.StatementFixtures.d;
import static app.uptake.incentives.statement.StatementFixtures.header;
import static app.uptake.incentives.statement.StatementFixtures.joiner;
import static app.uptake.incentives.statement.StatementFixtures.joinerPayout;
import static app.uptake.incentives.statement.StatementFixtures.pages;
import static app.uptake.incentives.statement.StatementFixtures.salesNotes;
import static app.uptake.incentives.statement.StatementFixtures.salesPlan;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.incentives.calc.EmployeeInputs;
import app.uptake.incentives.calc.EmployeePayout;
import app.uptake.incentives.calc.EmploymentSpell;
import app.uptake.incentives.calc.GateMeasure;
import app.uptake.incentives.calc.GateValue;
import app.uptake.incentives.calc.ManualAdjustment;
import app.uptake.incentives.calc.Measurement;
import app.uptake.incentives.calc.PayoutCalculator;
import app.uptake.incentives.calc.PlanAssignment;
import app.uptake.metrics.MetricDirection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Statements read back with PDFBox: the figures, names, gates and adjustments as the employee reads them, in German
 * and English; the same bytes on every rendering, also in a JVM of its own; long content flowing onto more pages.
 */
class StatementPdfTest {

    private final StatementPdf pdf = new StatementPdf(I18N);

    /** The text in reading order, with every run of white space (line ends, no-break spaces) as one space. */
    private static String read(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[\\s\\u00A0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theGermanStatementShowsEveryFigureAsGermanWritesIt() {
        StatementContent content = joiner(Locale.GERMAN);
        String text = read(pdf.render(content).pdf());

        assertThat(text).contains("Hansen Antriebstechnik GmbH", "Bonusabrechnung", "Abrechnung ST-2025Q1-4711",
                "Mitarbeiter/in Łukasz Dvořák (ID 4711)", "Kostenstelle Field Sales South – Bavaria",
                "Zeitraum Q1 2025 (01.01.2025 – 31.03.2025)", "Plan Außendienst, Version 3",
                "Veröffentlicht 14.04.2025, Berechnungslauf 17", "Ihr Bonus für diesen Zeitraum 2.879,50 €");
        // 45 of 90 days: each component's amount is half its weighted share of 6,000
        assertThat(text).contains("Zielbonus bei 100 %, in Vollzeit, für den ganzen Zeitraum: 6.000,00 €. "
                + "Angerechnete Tage (Tage × FTE): 45 von 90.");
        assertThat(text).contains("Umsatz · Gewichtung 50 % 1.725,00 €",
                "Kennzahl: Gewonnener Umsatz (EUR). So wird gemessen: Summe der Beträge gewonnener Verkaufschancen "
                        + "nach Abschlussdatum.",
                "Zielwert Istwert Zielerreichung Bereich der Kurve Auszahlung Gewichtet",
                "300.000 330.000 110 % Stufe 1: über 100 % bis 120 % 115 % 57,5 %");
        assertThat(text).contains("Abschlussquote · Gewichtung 30 % 450,00 €",
                "25 24 96 % Bereich 1: 90 % bis unter 100 % 50 % 15 %");
        assertThat(text).contains("Tage bis zum Abschluss · Gewichtung 20 % 660,00 €",
                "40 36 110 % Stufe 1: über 100 % 110 % 22 %");
        assertThat(text).contains("Summe der gewichteten Komponenten, in Prozent des Zielbonus 94,5 %",
                "Pflichtschulungen bis Ende des Zeitraums abgeschlossen (für die gesamte Auszahlung) "
                        + "Nicht erfüllt: angewendet",
                "Daher wird die Auszahlung auf 90 % begrenzt: Aus 94,5 % werden 90 %.",
                "Nach den Bedingungen für die gesamte Auszahlung 90 %", "Auszahlung aus diesem Plan 2.700,00 €");
        assertThat(text).contains("Manuelle Anpassungen",
                "Grund: Deal booked after the close (Müller & Söhne) +250,00 €",
                "Grund: Advance paid in March −70,50 €", "Auszahlung gesamt 2.879,50 €");
        assertThat(text).contains("So wurde Ihre Auszahlung berechnet",
                "Zielerreichung: Istwert 330.000 ÷ Zielwert 300.000 × 100 = 110 %",
                "Betrag: 6.000,00 EUR Zielbonus × 57,5 % × Zeitanteil 0,5 = 1.725,00 EUR",
                "Gesamt: 2.879,50 EUR, einmal auf den Cent gerundet");
        assertThat(text).contains("Hansen Antriebstechnik GmbH · Abrechnung ST-2025Q1-4711 · Berechnungslauf 17",
                "Prüfsumme der Zahlen (SHA-256): " + StatementChecksum.of(content), "Seite 1 von 2", "Seite 2 von 2");
        // every component line adds up to the total here, so no note on rounding
        assertThat(text).doesNotContain("!").doesNotContain("{").doesNotContain("gerundet angezeigt");
    }

    @Test
    void theEnglishStatementReadsInEnglish() {
        String text = read(pdf.render(joiner(Locale.ENGLISH)).pdf());

        assertThat(text).contains("Incentive statement", "Employee Łukasz Dvořák (ID 4711)",
                "Period Q1 2025 (Jan 1, 2025 – Mar 31, 2025)", "Plan Field sales, version 3",
                "Your incentive for this period €2,879.50", "Revenue · weight 50% €1,725.00",
                "Metric: Revenue won (EUR). How it is measured: Sum of the amounts of won opportunities, by close date.",
                "300,000 330,000 110% Tier 1: above 100% up to 120% 115% 57.5%",
                "Mandatory training completed by the end of the period (on the whole payout) Not met: applied",
                "So the payout is capped at 90%: 94.5% becomes 90%.", "Payout under this plan €2,700.00",
                "Reason: Deal booked after the close (Müller & Söhne) +€250.00", "Reason: Advance paid in March −€70.50",
                "Total payout €2,879.50", "How your payout was calculated", "Page 2 of 2");
        assertThat(text).doesNotContain("!").doesNotContain("{");
    }

    @Test
    void aGateOnOneComponentShowsWhatItTookAway() {
        // visits 100.44 of 120 = 83.7 %: 25 % + (83.7 − 50) × 75 ÷ 50 = 75.55 %; active on 66.49 % of days, below the
        // required 70 %, so the visits component pays 0 %
        String text = read(pdf.render(StatementFixtures.realistic(7, Locale.ENGLISH)).pdf());

        assertThat(text).contains("Customer visits · weight 15% €0.00",
                "120 100.44 83.7% Threshold 50% to target 100% 75.55% → 0% 0%",
                "Days active in the CRM (on Customer visits) Not met: applied",
                "Gate \"Days active in the CRM\": 66.49% is below the required 70%.",
                "So the payout of 75.55% drops to 0%.",
                "Data completeness in the CRM (on the whole payout) Met");
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        RenderedStatement first = pdf.render(joiner(Locale.GERMAN));
        pdf.render(StatementFixtures.realistic(3, Locale.ENGLISH)); // the fonts are reused in between
        RenderedStatement again = new StatementPdf(I18N).render(joiner(Locale.GERMAN));

        assertThat(again.pdf()).isEqualTo(first.pdf());
        assertThat(again.sha256()).isEqualTo(first.sha256()).isEqualTo(StatementChecksum.sha256(first.pdf()));
        assertThat(first.contentChecksum()).isEqualTo(StatementChecksum.of(joiner(Locale.GERMAN)));
    }

    @Test
    void aJvmOfItsOwnWithOtherDefaultsRendersTheSameBytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Duser.language=fr", "-Duser.country=CA",
                "-Duser.timezone=Pacific/Auckland", "-Dfile.encoding=ISO-8859-1", "-cp",
                System.getProperty("java.class.path"), StatementFingerprint.class.getName())
                .redirectErrorStream(false).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        process.getErrorStream().transferTo(ByteArrayOutputStream.nullOutputStream());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();

        List<String> hashes = out.toString(StandardCharsets.US_ASCII).lines().toList();
        assertThat(hashes).containsExactly(pdf.render(joiner(Locale.GERMAN)).sha256(),
                pdf.render(joiner(Locale.ENGLISH)).sha256());
    }

    @Test
    void thePropertiesComeFromTheContentNotTheClock() throws IOException {
        StatementContent content = joiner(Locale.GERMAN);
        try (PDDocument document = Loader.loadPDF(pdf.render(content).pdf())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Bonusabrechnung Q1 2025 (01.01.2025 – 31.03.2025) – Łukasz Dvořák");
            assertThat(info.getAuthor()).isEqualTo("Hansen Antriebstechnik GmbH");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(StatementFixtures.PUBLISHED);
            assertThat(info.getCustomMetadataValue("StatementChecksum")).isEqualTo(StatementChecksum.of(content));
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
        }
    }

    /**
     * Transferred from the sales plan to the key account plan on 10 Feb at half time, with thirty adjustments and a reason longer
     * than a line that has a word longer than a line: the statement runs over several pages, every page with its
     * footer, and no word is lost.
     */
    @Test
    void longContentFlowsOntoMorePagesWithAFooterOnEach() {
        Map<String, Measurement> measurements = Map.of(
                "REVENUE", new Measurement(d("300000"), d("300000"), MetricDirection.HIGHER),
                "WIN_RATE", new Measurement(d("25"), d("25"), MetricDirection.HIGHER),
                "DAYS_TO_CLOSE", new Measurement(d("40"), d("40"), MetricDirection.LOWER));
        var sales = new PlanAssignment(salesPlan(), List.of(EmploymentSpell.fullTime(Q1.from(),
                LocalDate.of(2025, 2, 9))), measurements);
        var keyAccounts = new PlanAssignment(new app.uptake.incentives.calc.PlanVersion("KEY", 1,
                new app.uptake.shared.LocalizedText("Key accounts", "Großkunden"), d("9000"),
                salesPlan().components(), List.of()), List.of(EmploymentSpell.partTime(LocalDate.of(2025, 2, 10),
                        Q1.to(), "0.5")), measurements);
        String longWord = "https://crm.example/opportunities/" + "0123456789".repeat(12);
        List<ManualAdjustment> adjustments = new ArrayList<>();
        adjustments.add(ManualAdjustment.of("10", "Correction agreed with the works council after the review of the "
                + "second quarter, see " + longWord + " for the minutes and the signed agreement."));
        for (int i = 1; i < 30; i++) {
            adjustments.add(ManualAdjustment.of("1.25", "Adjustment number " + i));
        }
        EmployeePayout payout = PayoutCalculator.calculate(new EmployeeInputs("4711", Q1,
                List.of(sales, keyAccounts), Map.of(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(true)),
                adjustments));
        StatementContent content = StatementContent.of(header("4711", "Łukasz Dvořák", Locale.ENGLISH), payout,
                salesNotes(Locale.ENGLISH));

        byte[] bytes = pdf.render(content).pdf();
        int pages = pages(bytes);
        String text = read(bytes);

        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Page " + page + " of " + pages);
        }
        assertThat(text).contains("Plan Field sales, version 3", "Plan Key accounts, version 1",
                "Days counted (days × FTE): 40 of 90.", "Days counted (days × FTE): 25 of 90.",
                "Adjustment number 29");
        assertThat(text.replace(" ", "")).contains(longWord + "fortheminutesandthesignedagreement.");
        // 6,000 × 40/90 + 9,000 × 50 × 0.5/90 = 2,666.666… + 2,500 + 10 + 29 × 1.25 = 5,212.92 (rounded once)
        assertThat(payout.total()).isEqualByComparingTo("5212.92");
        assertThat(text).contains("Total payout €5,212.92");
    }

    @Test
    void characterTheFontLacksAreShownAsQuestionMarks_theRestAsWritten() {
        EmployeePayout payout = PayoutCalculator.calculate(new EmployeeInputs("4711", Q1,
                joinerPayout().plans().stream().map(p -> new PlanAssignment(p.plan(),
                        List.of(EmploymentSpell.fullTime(Q1.from(), Q1.to())), Map.of(
                                "REVENUE", new Measurement(d("300000"), d("300000"), MetricDirection.HIGHER),
                                "WIN_RATE", new Measurement(d("25"), d("25"), MetricDirection.HIGHER),
                                "DAYS_TO_CLOSE", new Measurement(d("40"), d("40"), MetricDirection.LOWER))))
                        .toList(),
                Map.of(GateMeasure.MANDATORY_TRAINING_COMPLETED, GateValue.flag(true)),
                List.of(ManualAdjustment.of("5", "Bonus for 东京 🎉\tand Zoë Ørsted"))));
        String text = read(pdf.render(StatementContent.of(header("9", "Ἀλέξανδρος Петров", Locale.ENGLISH), payout,
                Map.of())).pdf());

        assertThat(text).contains("Ἀλέξανδρος Петров", "Reason: Bonus for ?? ? and Zoë Ørsted");
    }
}
