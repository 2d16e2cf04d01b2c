package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ActivityType;
import app.uptake.activity.ColumnMapping;
import app.uptake.activity.Direction;
import app.uptake.activity.ImportProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityCsvReaderTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    static List<ParsedRow> read(byte[] bytes) throws IOException {
        return read(bytes, ImportProfile.UPTAKE, ColumnMapping.NONE);
    }

    static List<ParsedRow> read(byte[] bytes, ImportProfile profile, ColumnMapping mapping) throws IOException {
        try (ActivityCsvReader reader = open(bytes, profile, mapping)) {
            List<ParsedRow> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            return rows;
        }
    }

    static ActivityCsvReader open(byte[] bytes, ImportProfile profile, ColumnMapping mapping) throws IOException {
        return ActivityCsvReader.open(new ByteArrayInputStream(bytes), profile, mapping, BERLIN, NOW);
    }

    static Instant berlin(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toInstant();
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws IOException {
        String csv = "external_id,employee,type,occurred_at,account\nc-1,jonas@example.com,call,2004-03-14 09:30,Müller & Söhne\n";
        byte[] plain = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        for (byte[] bytes : List.of(plain, withBom)) {
            try (ActivityCsvReader reader = open(bytes, ImportProfile.UPTAKE, ColumnMapping.NONE)) {
                assertThat(reader.charset()).isEqualTo("UTF-8");
                assertThat(reader.columns()).first().isEqualTo("external_id");
                ParsedRow row = reader.next();
                assertThat(row.problem()).isNull();
                assertThat(row.line()).isEqualTo(2);
                assertThat(row.event().accountRef()).isEqualTo("Müller & Söhne");
                assertThat(row.event().type()).isEqualTo(ActivityType.CALL);
                assertThat(row.event().occurredAt()).isEqualTo(berlin(2004, 3, 14, 9, 30));
                assertThat(reader.hasNext()).isFalse();
            }
        }
    }

    @Test
    void readsWindows1252Umlauts() throws IOException {
        String csv = "external_id;employee;type;occurred_at;account\nc-1;jonas@example.com;Besuch;14.03.2004;Bäckerei Größer\n";
        byte[] bytes = csv.replace("Besuch", "visit").getBytes(Charset.forName("windows-1252"));
        try (ActivityCsvReader reader = open(bytes, ImportProfile.UPTAKE, ColumnMapping.NONE)) {
            assertThat(reader.charset()).isEqualTo("windows-1252");
            assertThat(reader.next().event().accountRef()).isEqualTo("Bäckerei Größer");
        }
    }

    @Test
    void semicolonFilesUseGermanNumbersAndDates() throws IOException {
        String csv = """
                external_id;employee;type;occurred_at;amount;margin;duration_minutes;direction
                o-1;jonas@example.com;opportunity_won;31.12.2004;1.234,56;234,5;;
                c-2;jonas@example.com;CALL;31.12.2004 17:45;;;12,5;ausgehend
                """;
        List<ParsedRow> rows = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(rows.get(0).event().amount()).isEqualByComparingTo(new BigDecimal("1234.56"));
        assertThat(rows.get(0).event().margin()).isEqualByComparingTo(new BigDecimal("234.50"));
        assertThat(rows.get(0).event().occurredAt()).isEqualTo(berlin(2004, 12, 31, 0, 0));
        assertThat(rows.get(1).event().durationSeconds()).isEqualTo(750);
        assertThat(rows.get(1).event().direction()).isEqualTo(Direction.OUT);
        assertThat(rows.get(1).event().occurredAt()).isEqualTo(berlin(2004, 12, 31, 17, 45));
    }

    @Test
    void commaFilesUseDecimalPoints() throws IOException {
        String csv = "external_id,employee,type,occurred_at,amount\no-1,jonas@example.com,OPPORTUNITY_CREATED,2004-12-31,\"1,234.56\"\n";
        assertThat(read(csv.getBytes(StandardCharsets.UTF_8)).get(0).event().amount())
                .isEqualByComparingTo(new BigDecimal("1234.56"));
    }

    @Test
    void quotedNewlinesStayInTheValueAndLinesCountPhysically() throws IOException {
        String csv = "external_id,employee,type,occurred_at,stage\r\n"
                + "c-1,jonas@example.com,CALL,2004-03-14,\"first\r\nsecond\"\r\n"
                + "\r\n"
                + "c-2,jonas@example.com,CALL,2004-03-15,\r\n";
        List<ParsedRow> rows = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 5L);
        assertThat(rows.get(0).event().stage()).isEqualTo("first\r\nsecond");
    }

    @Test
    void aLastRowWithMissingColumnsIsReportedAsTruncated() throws IOException {
        String csv = "external_id,employee,type,occurred_at\nc-1,jonas@example.com,CALL,2004-03-14\nc-2,jonas@exa";
        List<ParsedRow> rows = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).problem()).isEqualTo(RowProblem.of("truncated", "2/4"));
        assertThat(rows.get(1).raw()).isEqualTo("c-2,jonas@exa");
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsARejectedRowNotAnException() throws IOException {
        String csv = "external_id,employee,type,occurred_at,stage\n"
                + "c-1,jonas@example.com,CALL,2004-03-14,x\n"
                + "c-2,jonas@example.com,CALL,2004-03-14,\"never closed\nc-3,jonas@example.com,CALL,2004-03-14,x\n";
        List<ParsedRow> rows = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).problem()).isNull();
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).problem().key()).isEqualTo("activity.problem.truncated");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejectedAndReadingGoesOn() throws IOException {
        String csv = "external_id,employee,type,occurred_at\nc-1,jonas@example.com,CALL,2004-03-14,extra\nc-2,jonas@example.com,CALL,2004-03-14\n";
        List<ParsedRow> rows = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).problem()).isEqualTo(RowProblem.of("wrongColumns", "5/4"));
        assertThat(rows.get(0).raw()).isEqualTo("c-1,jonas@example.com,CALL,2004-03-14,extra");
        assertThat(rows.get(1).problem()).isNull();
    }

    @Test
    void invalidValuesAreRejectedWithTheirLine() throws IOException {
        String csv = "external_id,employee,type,occurred_at\nc-1,jonas@example.com,TELEPATHY,2004-03-14\nc-2,jonas@example.com,CALL,2099-01-01\n";
        List<ParsedRow> rows = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(r -> r.problem().key())
                .containsExactly("activity.problem.unknownType", "activity.problem.futureDate");
        assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 3L);
    }

    @Test
    void anEmptyFileIsAFileProblem() throws IOException {
        try (ActivityCsvReader reader = open(new byte[0], ImportProfile.UPTAKE, ColumnMapping.NONE)) {
            assertThat(reader.fileProblem().key()).isEqualTo("activityImport.error.empty");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void aHeaderOnlyFileHasNoRowsAndNoProblem() throws IOException {
        try (ActivityCsvReader reader = open("external_id;employee;type;occurred_at\r\n".getBytes(StandardCharsets.UTF_8),
                ImportProfile.UPTAKE, ColumnMapping.NONE)) {
            assertThat(reader.fileProblem()).isNull();
            assertThat(reader.delimiter()).isEqualTo(';');
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void blankLinesBeforeTheHeaderAreSkipped() throws IOException {
        String csv = "\r\n;;;\r\nexternal_id;employee;type;occurred_at;amount\r\nc-1;jonas@example.com;CALL;14.03.2004;1,5\r\n";
        try (ActivityCsvReader reader = open(csv.getBytes(StandardCharsets.UTF_8), ImportProfile.UPTAKE, ColumnMapping.NONE)) {
            assertThat(reader.delimiter()).isEqualTo(';');
            ParsedRow row = reader.next();
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.event().amount()).isEqualByComparingTo("1.5");
        }
    }

    @Test
    void missingRequiredColumnsAreAFileProblem() throws IOException {
        try (ActivityCsvReader reader = open("external_id,employee\nx,y\n".getBytes(StandardCharsets.UTF_8),
                ImportProfile.UPTAKE, ColumnMapping.NONE)) {
            assertThat(reader.fileProblem()).isEqualTo(new RowProblem("activityImport.error.missingColumns", "type, occurred_at"));
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void theGenericProfileReadsThroughTheColumnMapping() throws IOException {
        String csv = "Nr;Mitarbeiter;Art;Datum;Umsatz\n17;jonas@example.com;Anruf;02.01.2004;1.000,00\n18;jonas@example.com;Termin;02.01.2004;\n";
        ColumnMapping mapping = new ColumnMapping(Map.of("external_id", "Nr", "employee", "mitarbeiter", "type", "Art",
                "occurred_at", "Datum", "amount", "Umsatz"), null, Map.of("Anruf", "CALL", "Termin", "MEETING"));
        List<ParsedRow> rows = read(csv.getBytes(StandardCharsets.UTF_8), ImportProfile.GENERIC, mapping);
        assertThat(rows).extracting(r -> r.event().type()).containsExactly(ActivityType.CALL, ActivityType.MEETING);
        assertThat(rows.get(0).event().externalId()).isEqualTo("17");
        assertThat(rows.get(0).event().amount()).isEqualByComparingTo("1000");

        ColumnMapping fixed = new ColumnMapping(Map.of("external_id", "Nr", "employee", "Mitarbeiter", "occurred_at", "Datum"),
                ActivityType.VISIT, Map.of());
        assertThat(read(csv.getBytes(StandardCharsets.UTF_8), ImportProfile.GENERIC, fixed))
                .extracting(r -> r.event().type()).containsOnly(ActivityType.VISIT);

        ColumnMapping unmapped = new ColumnMapping(Map.of("external_id", "Nr", "employee", "Nobody"), null, Map.of());
        try (ActivityCsvReader reader = open(csv.getBytes(StandardCharsets.UTF_8), ImportProfile.GENERIC, unmapped)) {
            assertThat(reader.fileProblem().detail()).isEqualTo("type, occurred_at, Nobody");
        }
    }
}
