package app.uptake.organization;

import app.uptake.shared.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The rejected rows of an import as a CSV file to download, fix and import again. */
public final class EmployeeImportReport {

    private EmployeeImportReport() {
    }

    /**
     * UTF-8 with a byte order mark (so spreadsheets detect it), semicolon-separated, one line per rejected
     * row: its line number, the reasons in the reader's language, and the row's values.
     */
    public static byte[] rejectedRowsCsv(EmployeeImportPreview preview, Function<ImportProblem, String> describe) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord("line", "problems", "email", "first_name", "last_name", "job_role", "org_unit",
                    "manager_email", "start_date", "end_date", "locale", "crm_user_id");
            for (EmployeeImportRow row : preview.rejectedRows()) {
                String problems = row.problems().stream().map(describe).collect(Collectors.joining(" | "));
                csv.printRecord(row.lineNumber(), CsvCells.safe(problems), CsvCells.safe(row.email()),
                        CsvCells.safe(row.firstName()), CsvCells.safe(row.lastName()), CsvCells.safe(row.jobRole()),
                        CsvCells.safe(row.orgUnitCode()), CsvCells.safe(row.managerEmail()),
                        CsvCells.safe(row.startDate()), CsvCells.safe(row.endDate()), CsvCells.safe(row.locale()),
                        CsvCells.safe(row.crmUserId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
