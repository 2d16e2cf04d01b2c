package app.uptake.incentives.statement;

import static app.uptake.incentives.statement.StatementFixtures.Q1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PayrollCsvTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static PayrollRow row(String employeeId, String costCentre, String amount) {
        return new PayrollRow(employeeId, costCentre, new BigDecimal(amount), EUR, Q1, 17);
    }

    private static String write(List<PayrollRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayrollCsv.write(out, rows);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
    }

    @Test
    void aHeaderThenOneLinePerEmployee_amountsWithADotAndTwoDecimals() {
        String csv = write(List.of(row("4711", "FS-SOUTH", "2879.5"), row("4712", "", "1234567.89"),
                row("4713", "Inside Sales, Hamburg", "0"), row("4714", "FS-NORTH", "-12.50")));

        assertThat(csv).isEqualTo("\uFEFF"
                + "employee_id,cost_centre,amount,currency,period_from,period_to,run_id\r\n"
                + "4711,FS-SOUTH,2879.50,EUR,2025-01-01,2025-03-31,17\r\n"
                + "4712,,1234567.89,EUR,2025-01-01,2025-03-31,17\r\n"
                + "4713,\"Inside Sales, Hamburg\",0.00,EUR,2025-01-01,2025-03-31,17\r\n"
                + "4714,FS-NORTH,-12.50,EUR,2025-01-01,2025-03-31,17\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
        String csv = write(List.of(
                row("=HYPERLINK(\"http://evil.example\",\"click\")", "+CC1", "1"),
                row("@SUM(A1:A9)", "-2+3", "1"),
                row("\t=1+1", "\r=cmd|'/C calc'!A0", "1"),
                row("4711", "Sales \"North\"; =not at the start", "1")));

        List<CSVRecord> records = records(csv);
        assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(records.get(1).get(1)).isEqualTo("'+CC1");
        assertThat(records.get(2).get(0)).isEqualTo("'@SUM(A1:A9)");
        assertThat(records.get(2).get(1)).isEqualTo("'-2+3");
        assertThat(records.get(3).get(0)).isEqualTo("'\t=1+1");
        assertThat(records.get(3).get(1)).isEqualTo("'\r=cmd|'/C calc'!A0");
        assertThat(records.get(4).get(1)).isEqualTo("Sales \"North\"; =not at the start");
        assertThat(records).hasSize(5).allSatisfy(r -> assertThat(r.size()).isEqualTo(7));
    }

    @Test
    void anAmountThatWasNotRoundedToTheCentIsRefused_theExportNeverRounds() {
        assertThatThrownBy(() -> write(List.of(row("4711", "CC", "10.005"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.005");
        assertThat(write(List.of(row("4711", "CC", "10.5000")))).contains(",10.50,");
    }

    @Test
    void rowsAreWrittenAsTheyCome_fromAStreamOrAnIterator() {
        Iterator<PayrollRow> endless = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < 50_000;
            }

            @Override
            public PayrollRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                n++;
                return row(String.valueOf(n), "CC", "100.00");
            }
        };
        long[] bytes = {0};
        java.io.OutputStream counting = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }
        };
        assertThat(PayrollCsv.write(counting, endless)).isEqualTo(50_000);
        assertThat(bytes[0]).isGreaterThan(50_000L * 40);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(PayrollCsv.write(out, Stream.of(row("1", "CC", "1")))).isEqualTo(1);
    }
}
