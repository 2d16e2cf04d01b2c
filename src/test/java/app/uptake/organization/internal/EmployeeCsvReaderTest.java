package app.uptake.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.ImportProblem;
import app.uptake.organization.internal.EmployeeCsvReader.RawRow;
import app.uptake.organization.internal.EmployeeCsvReader.Result;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployeeCsvReaderTest {

    private static final String HEADER =
            "email;first_name;last_name;job_role;org_unit;manager_email;start_date;end_date;locale;crm_user_id";

    private static Result read(String text) {
        return EmployeeCsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void readsSemicolonSeparatedUtf8WithoutBom() {
        Result result = read(HEADER + "\n"
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;de;005A1\n"
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;anna@example.com;15.01.2023;;en;\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.charset()).isEqualTo("UTF-8");
        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.columns()).containsExactlyElementsOf(EmployeeCsvReader.COLUMNS);
        assertThat(result.rows()).extracting(RawRow::lineNumber).containsExactly(2, 3);
        RawRow anna = result.rows().get(0);
        assertThat(anna.values()).containsEntry("email", "anna@example.com").containsEntry("last_name", "Müller")
                .containsEntry("manager_email", "").containsEntry("crm_user_id", "005A1");
        assertThat(anna.problems()).isEmpty();
        assertThat(result.rows().get(1).values()).containsEntry("manager_email", "anna@example.com")
                .containsEntry("start_date", "15.01.2023");
    }

    @Test
    void skipsUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "\nanna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\n")
                .getBytes(StandardCharsets.UTF_8);

        Result result = EmployeeCsvReader.read(concat(bom, body));

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.charset()).isEqualTo("UTF-8");
        assertThat(result.columns()).first().isEqualTo("email");
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.lineNumber()).isEqualTo(2);
            assertThat(row.values()).containsEntry("email", "anna@example.com").containsEntry("last_name", "Müller");
        });
    }

    @Test
    void decodesInvalidUtf8AsWindows1252() {
        byte[] bytes = (HEADER + "\nanna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\n")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(bytes).contains((byte) 0xFC); // ü as Latin-1, which is not valid UTF-8

        Result result = EmployeeCsvReader.read(bytes);

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.charset()).isEqualTo("windows-1252");
        assertThat(result.rows().get(0).values()).containsEntry("last_name", "Müller");
    }

    @Test
    void windows1252DecodesTheEuroSignAndQuotesExcelWrites() {
        byte[] bytes = (HEADER + "\nanna@example.com;Anna;Groß „Anni“ €;SALES_MANAGER;SALES;;2020-04-01;;;\n")
                .getBytes(Charset.forName("windows-1252"));

        Result result = EmployeeCsvReader.read(bytes);

        assertThat(result.charset()).isEqualTo("windows-1252");
        assertThat(result.rows().get(0).values()).containsEntry("last_name", "Groß „Anni“ €");
    }

    @Test
    void readsUtf16WithByteOrderMarkAndTabs() {
        String text = HEADER.replace(';', '\t') + "\r\nanna@example.com\tAnna\tMüller\tSALES_MANAGER\tSALES\t\t2020-04-01\t\t\t\r\n";
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        Result result = EmployeeCsvReader.read(bytes);

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.charset()).isEqualTo("UTF-16LE");
        assertThat(result.delimiter()).isEqualTo('\t');
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.lineNumber()).isEqualTo(2);
            assertThat(row.values()).containsEntry("last_name", "Müller");
        });
    }

    @Test
    void detectsCommaDelimiter() {
        Result result = read(HEADER.replace(';', ',') + "\n"
                + "anna@example.com,Anna,\"Müller; Schulz\",SALES_MANAGER,SALES,,2020-04-01,,,\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.delimiter()).isEqualTo(',');
        assertThat(result.rows().get(0).values()).containsEntry("last_name", "Müller; Schulz");
        assertThat(result.rows().get(0).problems()).isEmpty();
    }

    @Test
    void detectsTabDelimiter() {
        Result result = read("email\tfirst_name\tlast_name\tjob_role\torg_unit\tstart_date\n"
                + "anna@example.com\tAnna\tMüller, Dr.\tSALES_MANAGER\tSALES\t2020-04-01\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.delimiter()).isEqualTo('\t');
        assertThat(result.rows().get(0).values()).containsEntry("last_name", "Müller, Dr.");
    }

    @Test
    void prefersTheDelimiterThatFindsTheMostColumns() {
        // Commas inside a column name would make "," find one column; ";" finds all six.
        Result result = read("email;first_name;last_name;job_role;org_unit;start_date;\"notes, internal\"\n"
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;2020-04-01;x\n");

        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.fileProblems()).isEmpty();
    }

    @Test
    void quotedFieldsKeepDelimitersLineBreaksAndQuotesAndLaterLineNumbersStayPhysical() {
        Result result = read(HEADER + "\n"
                + "anna@example.com;Anna;\"Müller;\nSchulz\";SALES_MANAGER;SALES;;2020-04-01;;;\n"
                + "ben@example.com;\"Ben \"\"Benny\"\"\";Schmidt;ACCOUNT_EXECUTIVE;SALES;;2023-01-15;;;\n"
                + "\"carla@example.com\";Carla;\"Line1\r\nLine2\r\nLine3\";INSIDE_SALES;SALES;;2023-01-15;;;\n"
                + "dora@example.com;Dora;Dietz;INSIDE_SALES;SALES;;2023-01-15;;;\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.rows()).extracting(RawRow::lineNumber).containsExactly(2, 4, 5, 8);
        assertThat(result.rows().get(0).values()).containsEntry("last_name", "Müller;\nSchulz");
        assertThat(result.rows().get(1).values()).containsEntry("first_name", "Ben \"Benny\"");
        assertThat(result.rows().get(2).values()).containsEntry("email", "carla@example.com");
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
    }

    @Test
    void skipsEmptyLinesAndLinesOfOnlyDelimitersButCountsThem() {
        Result result = read("\r\n" + HEADER + "\r\n"
                + "\r\n"
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\r\n"
                + "   \r\n"
                + ";;;;;;;;;\r\n"
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;;2023-01-15;;;\r\n"
                + "\r\n\r\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.rows()).extracting(RawRow::lineNumber).containsExactly(4, 7);
    }

    @Test
    void countsLoneCarriageReturnsAsLineBreaks() {
        Result result = read(HEADER + "\r"
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\r"
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;;2023-01-15;;;\r");

        assertThat(result.rows()).extracting(RawRow::lineNumber).containsExactly(2, 3);
    }

    @Test
    void headerIgnoresCaseSpacesOrderAndUnknownColumns() {
        Result result = read(" Start_Date ;EMAIL;Notes; first name ;last-name;Job_Role;\"Org_Unit\"\n"
                + "01.02.2024;anna@example.com;call back;Anna;Müller;SALES_MANAGER;SALES\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.columns()).containsExactly("start_date", "email", "first_name", "last_name", "job_role",
                "org_unit");
        assertThat(result.rows().get(0).values()).containsOnlyKeys("start_date", "email", "first_name", "last_name",
                "job_role", "org_unit").containsEntry("start_date", "01.02.2024").containsEntry("first_name", "Anna");
    }

    @Test
    void skipsExcelSeparatorHint() {
        Result result = read("sep=;\n" + HEADER + "\nanna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.rows()).extracting(RawRow::lineNumber).containsExactly(3);
    }

    @Test
    void missingRequiredColumnsAreOneFileProblemAndNoRows() {
        Result result = read("email;first_name;last_name;org_unit\n"
                + "anna@example.com;Anna;Müller;SALES\n");

        assertThat(result.fileProblems()).containsExactly(
                new ImportProblem(0, null, "import.error.missingColumns", List.of("job_role, start_date")));
        assertThat(result.rows()).isEmpty();
        assertThat(result.columns()).containsExactly("email", "first_name", "last_name", "org_unit");
    }

    @Test
    void wrongDelimiterFindsNoHeader() {
        Result result = read(HEADER.replace(';', '|') + "\nanna@example.com|Anna|Müller|SALES_MANAGER|SALES||2020-04-01|||\n");

        assertThat(result.fileProblems()).containsExactly(ImportProblem.ofFile("import.error.noHeader"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void fileWithoutHeaderRowFindsNoHeader() {
        Result result = read("anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\n");

        assertThat(result.fileProblems()).extracting(ImportProblem::messageKey).containsExactly("import.error.noHeader");
    }

    @Test
    void emptyFileIsAFileProblem() {
        assertThat(EmployeeCsvReader.read(new byte[0]).fileProblems())
                .containsExactly(ImportProblem.ofFile("import.error.empty"));
        assertThat(read(" \r\n\n").fileProblems()).containsExactly(ImportProblem.ofFile("import.error.empty"));
    }

    @Test
    void headerOnlyHasNoRowsAndNoProblems() {
        Result result = read(HEADER + "\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void columnNamedTwiceIsAFileProblem() {
        Result result = read("email;first_name;last_name;job_role;org_unit;start_date;EMAIL\n");

        assertThat(result.fileProblems()).containsExactly(ImportProblem.ofFile("import.error.duplicateColumn", "email"));
    }

    @Test
    void rowWithTooManyOrTooFewFieldsHasAColumnCountProblem() {
        Result result = read(HEADER + "\n"
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;;extra\n"
                + "ben@example.com;Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES\n"
                + "carla@example.com;Carla;Clausen;INSIDE_SALES;SALES;;2023-01-15;;;\n");

        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.rows().get(0).problems()).containsExactly(
                new ImportProblem(2, null, "import.error.columnCount", List.of("11", "10")));
        assertThat(result.rows().get(1).problems()).containsExactly(
                new ImportProblem(3, null, "import.error.columnCount", List.of("5", "10")));
        assertThat(result.rows().get(1).values()).containsEntry("email", "ben@example.com").containsEntry("start_date", "");
        assertThat(result.rows().get(2).problems()).isEmpty();
    }

    @Test
    void rowsOfTheWrongDelimiterHaveTheWrongColumnCount() {
        Result result = read(HEADER + "\nanna@example.com,Anna,Müller,SALES_MANAGER,SALES,,2020-04-01,,,\n");

        assertThat(result.rows().get(0).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.columnCount");
    }

    @Test
    void unclosedQuoteIsAFileProblemNamingTheLineWhereTheRecordBegins() {
        Result result = read(HEADER + "\n"
                + "anna@example.com;Anna;Müller;SALES_MANAGER;SALES;;2020-04-01;;;\n"
                + "\n"
                + "ben@example.com;\"Ben;Schmidt;ACCOUNT_EXECUTIVE;SALES;;2023-01-15;;;\n"
                + "carla@example.com;Carla;Clausen;INSIDE_SALES;SALES;;2023-01-15;;;\n");

        assertThat(result.fileProblems()).containsExactly(ImportProblem.ofFile("import.error.malformed", "4"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void textAfterAClosingQuoteIsAFileProblem() {
        Result result = read(HEADER + "\n"
                + "anna@example.com;Anna;\"Müller\" GmbH;SALES_MANAGER;SALES;;2020-04-01;;;\n");

        assertThat(result.fileProblems()).containsExactly(ImportProblem.ofFile("import.error.malformed", "2"));
    }

    @Test
    void acceptsTenThousandRowsButNotMore() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= EmployeeCsvReader.MAX_ROWS; i++) {
            text.append("e").append(i).append("@example.com;First;Last;INSIDE_SALES;SALES;;2020-04-01;;;\n");
        }
        Result atLimit = read(text.toString());
        assertThat(atLimit.fileProblems()).isEmpty();
        assertThat(atLimit.rows()).hasSize(10_000);
        assertThat(atLimit.rows().get(9_999).lineNumber()).isEqualTo(10_001);

        text.append("\n\nlast@example.com;First;Last;INSIDE_SALES;SALES;;2020-04-01;;;\n");
        Result overLimit = read(text.toString());
        assertThat(overLimit.fileProblems()).containsExactly(ImportProblem.ofFile("import.error.tooManyRows", "10000"));
        assertThat(overLimit.rows()).isEmpty();
    }

    @Test
    void emptyLinesDoNotCountTowardsTheRowLimit() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= EmployeeCsvReader.MAX_ROWS; i++) {
            text.append("e").append(i).append("@example.com;First;Last;INSIDE_SALES;SALES;;2020-04-01;;;\n\n");
        }

        assertThat(read(text.toString()).fileProblems()).isEmpty();
    }

    @Test
    void lineOfFindsThePhysicalLine() {
        int[] starts = EmployeeCsvReader.lineStarts("ab\r\ncd\ne\rf");
        assertThat(starts).containsExactly(0, 4, 7, 9);
        assertThat(EmployeeCsvReader.lineOf(starts, 0)).isEqualTo(1);
        assertThat(EmployeeCsvReader.lineOf(starts, 3)).isEqualTo(1);
        assertThat(EmployeeCsvReader.lineOf(starts, 4)).isEqualTo(2);
        assertThat(EmployeeCsvReader.lineOf(starts, 8)).isEqualTo(3);
        assertThat(EmployeeCsvReader.lineOf(starts, 9)).isEqualTo(4);
    }

    @Test
    void decodePrefersValidUtf8() {
        assertThat(EmployeeCsvReader.decode("Müller".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new EmployeeCsvReader.Decoded("Müller", "UTF-8"));
        assertThat(EmployeeCsvReader.decode(new byte[] {'M', (byte) 0xFC, 'l', 'l', 'e', 'r'}))
                .isEqualTo(new EmployeeCsvReader.Decoded("Müller", "windows-1252"));
        assertThat(EmployeeCsvReader.decode("plain".getBytes(StandardCharsets.US_ASCII)).charset()).isEqualTo("UTF-8");
    }
}
