package app.uptake.incentives.statement;

import static app.uptake.incentives.statement.StatementFixtures.I18N;
import static app.uptake.incentives.statement.StatementFixtures.Q1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class StatementZipTest {

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void oneEntryPerEmployee_namedByPeriodIdAndName_holdingTheirPdf() throws IOException {
        StatementPdf pdf = new StatementPdf(I18N);
        List<StatementContent> contents = List.of(StatementFixtures.joiner(Locale.GERMAN),
                StatementFixtures.realistic(2, Locale.ENGLISH), StatementFixtures.realistic(3, Locale.GERMAN));
        List<RenderedStatement> rendered = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StatementZip zip = new StatementZip(out)) {
            for (StatementContent content : contents) {
                RenderedStatement statement = pdf.render(content);
                rendered.add(statement);
                zip.add(content, statement);
            }
            assertThat(zip.entries()).isEqualTo(3);
        }

        Map<String, byte[]> entries = entries(out.toByteArray());
        assertThat(entries.keySet()).containsExactly("2025-Q1_4711_lukasz-dvorak.pdf",
                "2025-Q1_10002_zoe-kowalczyk.pdf", "2025-Q1_10003_soren-overgaard.pdf");
        assertThat(entries.values()).containsExactly(rendered.get(0).pdf(), rendered.get(1).pdf(),
                rendered.get(2).pdf());
        assertThat(StatementFixtures.text(entries.get("2025-Q1_4711_lukasz-dvorak.pdf"))).contains("Łukasz Dvořák");
    }

    @Test
    void theSameStatementsGiveTheSameZip() {
        StatementPdf pdf = new StatementPdf(I18N);
        StatementContent content = StatementFixtures.joiner(Locale.ENGLISH);
        byte[][] zips = new byte[2][];
        for (int i = 0; i < 2; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (StatementZip zip = new StatementZip(out)) {
                zip.add(content, pdf.render(content));
            }
            zips[i] = out.toByteArray();
        }
        assertThat(zips[1]).isEqualTo(zips[0]);
    }

    @Test
    void namesAreReducedToLettersDigitsAndHyphens() {
        assertThat(StatementZip.slug("Łukasz Dvořák")).isEqualTo("lukasz-dvorak");
        assertThat(StatementZip.slug("Jürgen Weiß-Müller")).isEqualTo("juergen-weiss-mueller");
        assertThat(StatementZip.slug("Zoë O'Brien")).isEqualTo("zoe-o-brien");
        assertThat(StatementZip.slug("  Søren   Øvergaard  ")).isEqualTo("soren-overgaard");
        assertThat(StatementZip.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(StatementZip.slug("東京")).isEqualTo("employee");
        assertThat(StatementZip.slug("A".repeat(100))).hasSize(60);
        assertThat(StatementZip.entryName(Q1, new StatementEmployee("E/7 ..", "Ana Núñez", "")))
                .isEqualTo("2025-Q1_E-7-_ana-nunez.pdf");
    }

    @Test
    void aNameAlreadyInTheZipIsRefused() {
        try (StatementZip zip = new StatementZip(OutputStream.nullOutputStream())) {
            LocalDateTime time = LocalDateTime.of(2025, 4, 14, 10, 30);
            zip.add("a.pdf", new byte[] {1}, time);
            assertThatThrownBy(() -> zip.add("a.pdf", new byte[] {2}, time))
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ZipException.class);
        }
    }

    @Test
    void closingFinishesTheZipButLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (StatementZip zip = new StatementZip(out)) {
            zip.add("a.pdf", new byte[] {1, 2, 3}, LocalDateTime.of(2025, 4, 14, 10, 30));
        }
        assertThat(closed[0]).isFalse();
        assertThat(entries(bytes.toByteArray())).containsOnlyKeys("a.pdf");
    }
}
