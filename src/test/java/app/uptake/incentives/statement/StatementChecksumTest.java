package app.uptake.incentives.statement;

import static app.uptake.incentives.statement.StatementFixtures.header;
import static app.uptake.incentives.statement.StatementFixtures.joiner;
import static app.uptake.incentives.statement.StatementFixtures.joinerPayout;
import static app.uptake.incentives.statement.StatementFixtures.salesNotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checksum in a statement's footer is the SHA-256 of the canonical text of its figures, exactly as documented. */
class StatementChecksumTest {

    /** Written out by hand from the class comment of {@link StatementChecksum} and the joiner's figures. */
    private static final String JOINER_TEXT = """
            uptake-statement-figures/1
            company=Hansen Antriebstechnik GmbH
            statement=ST-2025Q1-4711
            run=17
            employee=4711;name=Łukasz Dvořák;costCentre=Field Sales South – Bavaria
            period=2025-01-01/2025-03-31
            currency=EUR
            publishedAt=2025-04-14T08:30:00Z
            plan=SALES;version=3;targetIncentive=6000;weightedDays=45;periodDays=90;componentPercent=94.5;\
            payoutPercent=90;amount=2700
            component=SALES/REVENUE;weight=50;actual=330000;target=300000;attainment=110;band=TIER:1:100:120;\
            curvePercent=115;payoutPercent=115;weightedPercent=57.5;amount=1725
            component=SALES/WIN_RATE;weight=30;actual=24;target=25;attainment=96;band=STEP:1:90:100;\
            curvePercent=50;payoutPercent=50;weightedPercent=15;amount=450
            component=SALES/DAYS_TO_CLOSE;weight=20;actual=36;target=40;attainment=110;band=TIER:1:100:-;\
            curvePercent=110;payoutPercent=110;weightedPercent=22;amount=660
            gate=SALES/TRAINING;component=-;measure=MANDATORY_TRAINING_COMPLETED;value=false;met=false;before=94.5;\
            after=90
            adjustment=250;reason=Deal booked after the close (Müller & Söhne)
            adjustment=-70.5;reason=Advance paid in March
            total=2879.50
            """;

    @Test
    void theCanonicalTextListsEveryFigureAsDocumented() {
        assertThat(StatementChecksum.canonicalText(joiner(Locale.GERMAN))).isEqualTo(JOINER_TEXT);
    }

    @Test
    void theChecksumIsTheSha256OfThatText() {
        // computed outside Java: printf '%s' "$JOINER_TEXT" | sha256sum
        assertThat(StatementChecksum.of(joiner(Locale.GERMAN)))
                .isEqualTo("35e80d1b3cb0b82c7ea9c83134d3eab3be0cc9848b61616b626e9c16c5b69cc2");
    }

    @Test
    void theLanguageAndTheMetricTextsDoNotChangeIt_aFigureOrNameDoes() {
        String german = StatementChecksum.of(joiner(Locale.GERMAN));
        assertThat(StatementChecksum.of(joiner(Locale.ENGLISH))).isEqualTo(german);
        assertThat(StatementChecksum.of(StatementContent.of(header("4711", "Łukasz Dvořák", Locale.GERMAN),
                joinerPayout(), Map.of()))).isEqualTo(german);
        assertThat(StatementChecksum.of(StatementContent.of(header("4711", "Lukasz Dvorak", Locale.GERMAN),
                joinerPayout(), salesNotes(Locale.GERMAN)))).isNotEqualTo(german);
    }

    @Test
    void separatorsAndLineBreaksInTextAreEscaped_soNoTextCanPassForAnotherLine() {
        assertThat(StatementChecksum.escaped("a;b\nc\\d\re")).isEqualTo("a\\;b\\nc\\\\d\\re");
        StatementContent tricky = StatementContent.of(new StatementHeader("X", "S;1", 1,
                new StatementEmployee("4711", "A\ntotal=0", "CC"), Locale.ENGLISH, StatementFixtures.PUBLISHED,
                StatementFixtures.BERLIN), joinerPayout(), Map.of());
        assertThat(StatementChecksum.canonicalText(tricky)).contains("statement=S\\;1\n",
                "employee=4711;name=A\\ntotal=0;costCentre=CC\n").endsWith("\ntotal=2879.50\n");
    }

    @Test
    void numbersAreWrittenAsComputed_withoutExponentOrTrailingZeros() {
        assertThat(StatementChecksum.number(new java.math.BigDecimal("1.2000"))).isEqualTo("1.2");
        assertThat(StatementChecksum.number(new java.math.BigDecimal("3E+5"))).isEqualTo("300000");
        assertThat(StatementChecksum.number(new java.math.BigDecimal("0.00"))).isEqualTo("0");
        assertThat(StatementChecksum.number(new java.math.BigDecimal("0.07777777777777777777777777777777778")))
                .isEqualTo("0.07777777777777777777777777777777778");
    }
}
