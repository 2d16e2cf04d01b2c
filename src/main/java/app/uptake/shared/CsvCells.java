package app.uptake.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writing cells into CSV files that people open in spreadsheets. */
public final class CsvCells {

    /** The byte order mark: without it, spreadsheets read UTF-8 umlauts as the local code page. */
    public static final char BOM = '\uFEFF';

    private CsvCells() {
    }

    /**
     * The value made safe against formula injection: a spreadsheet would run a cell starting with
     * {@code = + - @}, TAB or CR as a formula, so such a cell gets a leading apostrophe.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** The separator spreadsheets expect in the language: German ones split on semicolons, English on commas. */
    public static char delimiterFor(Locale locale) {
        return locale != null && Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? ';' : ',';
    }

    /**
     * A printer writing UTF-8 with a byte order mark and CRLF line ends to the stream; the caller flushes it and
     * passes every text cell through {@link #safe(String)}. The stream is not closed by this class.
     */
    public static CSVPrinter printer(OutputStream out, char delimiter) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get());
    }
}
