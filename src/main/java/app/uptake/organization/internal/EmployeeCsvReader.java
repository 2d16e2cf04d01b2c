package app.uptake.organization.internal;

import app.uptake.organization.ImportProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the bytes of an employee import file into raw rows keyed by column name, each with the physical
 * line it begins on. Detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, otherwise
 * windows-1252) and the delimiter (; , or TAB, whichever splits the header row into the most known column
 * names). Knows nothing about employees beyond the column names; {@link EmployeeImportValidator} checks
 * the values.
 */
public final class EmployeeCsvReader {

    public static final String EMAIL = "email";
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String JOB_ROLE = "job_role";
    public static final String ORG_UNIT = "org_unit";
    public static final String MANAGER_EMAIL = "manager_email";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    public static final String LOCALE = "locale";
    public static final String CRM_USER_ID = "crm_user_id";

    /** Every column the file may have, in the documented order. */
    public static final List<String> COLUMNS = List.of(EMAIL, FIRST_NAME, LAST_NAME, JOB_ROLE, ORG_UNIT,
            MANAGER_EMAIL, START_DATE, END_DATE, LOCALE, CRM_USER_ID);

    public static final List<String> REQUIRED_COLUMNS = List.of(EMAIL, FIRST_NAME, LAST_NAME, JOB_ROLE, ORG_UNIT,
            START_DATE);

    public static final int MAX_ROWS = 10_000;

    /** Candidate delimiters; on a tie the earlier one wins (German Excel writes semicolons). */
    static final char[] DELIMITERS = {';', ',', '\t'};

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final java.util.regex.Pattern SEPARATOR_HINT = java.util.regex.Pattern.compile("(?i)\"?sep=.\"?");

    /**
     * One data row: the trimmed value of every known column the header names ("" for an empty cell), and
     * problems found while splitting it (a wrong number of fields).
     */
    public record RawRow(int lineNumber, Map<String, String> values, List<ImportProblem> problems) {

        public RawRow {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            problems = List.copyOf(problems);
        }
    }

    /**
     * The file as read. When {@code fileProblems} is not empty, {@code rows} is empty.
     *
     * @param columns the known columns the header names, in file order
     */
    public record Result(String charset, char delimiter, List<String> columns, List<RawRow> rows,
            List<ImportProblem> fileProblems) {

        public Result {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            fileProblems = List.copyOf(fileProblems);
        }
    }

    record Decoded(String text, String charset) {
    }

    private EmployeeCsvReader() {
    }

    public static Result read(byte[] content) {
        Decoded decoded = decode(content);
        String text = decoded.text();
        if (text.isBlank()) {
            return failed(decoded, DELIMITERS[0], ImportProblem.ofFile("import.error.empty"));
        }
        String headerLine = headerLine(text);
        char delimiter = DELIMITERS[0];
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int count = countKnownColumns(headerLine, candidate);
            if (count > bestCount) {
                bestCount = count;
                delimiter = candidate;
            }
        }
        if (bestCount == 0) {
            return failed(decoded, delimiter, ImportProblem.ofFile("import.error.noHeader"));
        }
        return parse(decoded, delimiter);
    }

    private static Result parse(Decoded decoded, char delimiter) {
        String text = decoded.text();
        int[] lineStarts = lineStarts(text);
        List<String> columns = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();
        List<String> headerColumns = null;
        int headerSize = 0;
        int dataRows = 0;
        long linesBeforeRecord = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> fields = record.toList();
                int lineNumber = lineOf(lineStarts, record.getCharacterPosition());
                linesBeforeRecord = parser.getCurrentLineNumber();
                if (isBlank(fields) || (headerColumns == null && isSeparatorHint(lineText(text, lineStarts, lineNumber)))) {
                    continue;
                }
                if (headerColumns == null) {
                    headerColumns = fields.stream().map(EmployeeCsvReader::canonicalColumn).toList();
                    headerSize = fields.size();
                    for (String column : headerColumns) {
                        if (column == null) {
                            continue;
                        }
                        if (columns.contains(column)) {
                            return failed(decoded, delimiter, ImportProblem.ofFile("import.error.duplicateColumn", column));
                        }
                        columns.add(column);
                    }
                    List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
                    if (!missing.isEmpty()) {
                        return new Result(decoded.charset(), delimiter, columns, List.of(),
                                List.of(ImportProblem.ofFile("import.error.missingColumns", String.join(", ", missing))));
                    }
                    continue;
                }
                dataRows++;
                if (dataRows > MAX_ROWS) {
                    return new Result(decoded.charset(), delimiter, columns, List.of(),
                            List.of(ImportProblem.ofFile("import.error.tooManyRows", String.valueOf(MAX_ROWS))));
                }
                rows.add(toRow(lineNumber, fields, headerColumns, headerSize));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // Commons CSV gives up on an unclosed quotation mark or text after a closing one.
            return new Result(decoded.charset(), delimiter, columns, List.of(),
                    List.of(ImportProblem.ofFile("import.error.malformed", String.valueOf(linesBeforeRecord + 1))));
        }
        return new Result(decoded.charset(), delimiter, columns, rows, List.of());
    }

    private static RawRow toRow(int lineNumber, List<String> fields, List<String> headerColumns, int headerSize) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < headerColumns.size(); i++) {
            String column = headerColumns.get(i);
            if (column != null) {
                values.put(column, i < fields.size() ? fields.get(i).trim() : "");
            }
        }
        List<ImportProblem> problems = fields.size() == headerSize ? List.of()
                : List.of(ImportProblem.ofRow(lineNumber, null, "import.error.columnCount",
                        String.valueOf(fields.size()), String.valueOf(headerSize)));
        return new RawRow(lineNumber, values, problems);
    }

    private static Result failed(Decoded decoded, char delimiter, ImportProblem problem) {
        return new Result(decoded.charset(), delimiter, List.of(), List.of(), List.of(problem));
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false) // keeps character positions exact; blank records are skipped here
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    /** The known column name a header cell stands for (case, surrounding spaces, "-" and " " ignored), or null. */
    static String canonicalColumn(String header) {
        if (header == null) {
            return null;
        }
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return COLUMNS.contains(name) ? name : null;
    }

    private static int countKnownColumns(String headerLine, char delimiter) {
        try (CSVParser parser = CSVParser.parse(new StringReader(headerLine), format(delimiter))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return 0;
            }
            return (int) records.next().toList().stream().map(EmployeeCsvReader::canonicalColumn)
                    .filter(java.util.Objects::nonNull).distinct().count();
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            return 0;
        }
    }

    /** The first line with any letter or digit that is not Excel's "sep=;" hint: the header row. */
    private static String headerLine(String text) {
        return text.lines()
                .filter(line -> line.chars().anyMatch(Character::isLetterOrDigit))
                .filter(line -> !isSeparatorHint(line))
                .findFirst().orElse("");
    }

    /** Excel's optional first line naming the delimiter, e.g. {@code sep=;}; it is skipped. */
    private static boolean isSeparatorHint(String line) {
        return SEPARATOR_HINT.matcher(line.strip()).matches();
    }

    private static String lineText(String text, int[] lineStarts, int lineNumber) {
        int start = lineStarts[lineNumber - 1];
        int end = lineNumber < lineStarts.length ? lineStarts[lineNumber] : text.length();
        return text.substring(start, end);
    }

    private static boolean isBlank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    /** The offsets where physical lines begin; CR LF, LF and a lone CR each end a line. */
    static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The 1-based physical line holding the character at {@code position}. */
    static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /**
     * Decodes the bytes: a UTF-8 or UTF-16 byte order mark decides; without one, the bytes are UTF-8 if
     * they are valid UTF-8, and otherwise windows-1252 (what Excel writes on German Windows).
     */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            byte[] rest = Arrays.copyOfRange(bytes, 3, bytes.length);
            return utf8OrWindows1252(rest);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE.name());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE.name());
        }
        return utf8OrWindows1252(bytes);
    }

    private static Decoded utf8OrWindows1252(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(strict.decode(ByteBuffer.wrap(bytes)).toString(), StandardCharsets.UTF_8.name());
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
