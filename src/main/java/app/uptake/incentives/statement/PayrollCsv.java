package app.uptake.incentives.statement;

import app.uptake.shared.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;

/**
 * The payroll export: one line per employee with the amount to pay, as CSV for payroll systems and spreadsheets.
 *
 * <p>The format is the same in every language, because payroll systems read it: UTF-8 with a byte order mark, comma
 * separated, CRLF line ends, a header line ({@link #HEADER}), amounts with a dot and exactly two decimals
 * ({@code 2879.50}), dates as ISO ({@code 2026-07-01}). Text cells that a spreadsheet would run as a formula get a
 * leading apostrophe ({@link CsvCells#safe}); amounts are written by the export itself, never typed by anyone, and a
 * negative amount ({@code -12.50}) is a number to a spreadsheet, not a formula.
 *
 * <p>Rows are written as they come, so an export of any size needs no more memory than one row.
 */
public final class PayrollCsv {

    public static final List<String> HEADER = List.of("employee_id", "cost_centre", "amount", "currency",
            "period_from", "period_to", "run_id");
    private static final char DELIMITER = ',';
    private static final int DECIMALS = 2;

    private PayrollCsv() {
    }

    /**
     * Writes the header and the rows to the stream and flushes it; the stream stays open.
     *
     * @return the number of rows written
     * @throws IllegalArgumentException for an amount with more than two decimals: the export never rounds
     */
    public static int write(OutputStream out, Iterator<PayrollRow> rows) {
        try {
            CSVPrinter printer = CsvCells.printer(out, DELIMITER);
            printer.printRecord(HEADER);
            int count = 0;
            while (rows.hasNext()) {
                PayrollRow row = rows.next();
                printer.printRecord(CsvCells.safe(row.employeeId()), CsvCells.safe(row.costCentre()),
                        amount(row.amount()), CsvCells.safe(row.currency().getCurrencyCode()),
                        row.period().from().toString(), row.period().to().toString(), Long.toString(row.runId()));
                count++;
            }
            printer.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int write(OutputStream out, Iterable<PayrollRow> rows) {
        return write(out, rows.iterator());
    }

    /** Writes a stream of rows, such as a database cursor, without collecting it first. */
    public static int write(OutputStream out, Stream<PayrollRow> rows) {
        return write(out, rows.iterator());
    }

    private static String amount(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > DECIMALS) {
            throw new IllegalArgumentException("amount not rounded to the cent: " + amount.toPlainString());
        }
        return amount.setScale(DECIMALS).toPlainString();
    }
}
