package app.uptake.activity.internal;

import app.uptake.activity.ColumnMapping;
import app.uptake.activity.ImportProfile;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an activity CSV file record by record, so a file of any size is read in constant memory: detects
 * encoding and delimiter, maps each record through the import profile to Uptake's fields and parses them
 * with {@link EventRowParser}. Every record becomes at least one {@link ParsedRow} with the line it starts
 * on; records that cannot be read (wrong number of fields, a file cut off in the last row or inside a quoted
 * value) become rejected rows instead of exceptions, so nothing is dropped silently.
 */
final class ActivityCsvReader implements Iterator<ParsedRow>, AutoCloseable {

    private static final int BUFFER_CHARS = 64 * 1024;

    private final CountingInputStream counting;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CSVFormat format;
    private final Charset charset;
    private final char delimiter;
    private final RowMapping mapping;
    private final EventRowParser rowParser;
    private final ZoneId zone;
    private final Deque<ParsedRow> pending = new ArrayDeque<>();
    private List<String> columns = List.of();
    private Map<String, Integer> indexByColumn = Map.of();
    private RowProblem fileProblem;

    private CSVRecord upcoming;
    private long upcomingLine;
    /** The line of a record the parser could not finish (EOF inside quotes); 0 when none. */
    private long unreadableFrom;

    private ActivityCsvReader(InputStream in, RowMapping mapping, ZoneId zone, Instant now) throws IOException {
        this.counting = new CountingInputStream(in);
        this.mapping = mapping;
        this.zone = zone;
        BufferedInputStream buffered = new BufferedInputStream(counting, CsvSniffer.SAMPLE_BYTES + 1);
        CsvSniffer.Encoding encoding = CsvSniffer.encoding(buffered);
        buffered.skipNBytes(encoding.bomLength());
        this.charset = encoding.charset();
        BufferedReader reader = new BufferedReader(new InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), BUFFER_CHARS);
        this.delimiter = CsvSniffer.delimiter(firstNonBlankLine(reader));
        this.rowParser = new EventRowParser(zone, now, delimiter == ';');
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrailingData(true).setRecordSeparator("\n").get();
        this.parser = CSVParser.parse(reader, format);
        this.records = parser.iterator();
        advance();
        readHeader();
    }

    /** Opens the file; the caller closes the reader. */
    static ActivityCsvReader open(Path file, ImportProfile profile, ColumnMapping mapping, ZoneId zone, Instant now)
            throws IOException {
        return open(Files.newInputStream(file), profile, mapping, zone, now);
    }

    /** Reads from the stream, which closing the reader closes. */
    static ActivityCsvReader open(InputStream in, ImportProfile profile, ColumnMapping mapping, ZoneId zone,
            Instant now) throws IOException {
        try {
            return new ActivityCsvReader(in, RowMappings.of(profile, mapping), zone, now);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static String firstNonBlankLine(BufferedReader reader) throws IOException {
        reader.mark(BUFFER_CHARS);
        char[] start = new char[BUFFER_CHARS];
        int n = reader.read(start, 0, BUFFER_CHARS);
        reader.reset();
        if (n <= 0) {
            return "";
        }
        for (String line : new String(start, 0, n).split("\n")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    private void readHeader() {
        while (upcoming != null && isBlank(upcoming)) {
            advance();
        }
        if (upcoming == null) {
            fileProblem = new RowProblem(unreadableFrom > 0 ? "activityImport.error.noHeader" : "activityImport.error.empty", null);
            unreadableFrom = 0;
            return;
        }
        List<String> header = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < upcoming.size(); i++) {
            String name = upcoming.get(i).strip();
            header.add(name);
            index.putIfAbsent(SourceRow.key(name), i);
        }
        columns = List.copyOf(header);
        indexByColumn = Map.copyOf(index);
        advance();
        List<String> missing = mapping.missingColumns(indexByColumn.keySet());
        if (!missing.isEmpty()) {
            fileProblem = new RowProblem("activityImport.error.missingColumns", String.join(", ", missing));
        }
    }

    /** The header's column names as the file writes them. */
    List<String> columns() {
        return columns;
    }

    /** Why the file cannot be imported at all (empty, required columns missing); null when it can. */
    RowProblem fileProblem() {
        return fileProblem;
    }

    String charset() {
        return charset.name();
    }

    char delimiter() {
        return delimiter;
    }

    /** Bytes read from the file so far (a little ahead of the rows handed out, by the read buffers). */
    long bytesRead() {
        return counting.count();
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && fileProblem == null && (upcoming != null || unreadableFrom > 0)) {
            readRecord();
        }
        return !pending.isEmpty();
    }

    @Override
    public ParsedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.removeFirst();
    }

    private void advance() {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            upcoming = records.hasNext() ? records.next() : null;
            upcomingLine = line;
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv gives up at EOF inside a quoted value: everything from this record on is one token
            upcoming = null;
            unreadableFrom = line;
        }
    }

    private void readRecord() {
        if (upcoming == null) {
            pending.add(ParsedRow.rejected(unreadableFrom, null, RowProblem.of("truncated", "\"")));
            unreadableFrom = 0;
            return;
        }
        CSVRecord record = upcoming;
        long line = upcomingLine;
        advance();
        if (isBlank(record)) {
            return;
        }
        String raw = format.format(record.values());
        if (record.size() != columns.size()) {
            boolean last = upcoming == null && unreadableFrom == 0;
            String counts = record.size() + "/" + columns.size();
            pending.add(ParsedRow.rejected(line, raw, last && record.size() < columns.size()
                    ? RowProblem.of("truncated", counts) : RowProblem.of("wrongColumns", counts)));
            return;
        }
        List<ParsedRow> parsed = new ArrayList<>();
        for (RowMapping.Mapped mapped : mapping.map(new SourceRow(indexByColumn, record.toList(), delimiter == ';', zone))) {
            ParsedRow row = mapped.problem() != null ? ParsedRow.rejected(line, raw, mapped.problem())
                    : rowParser.parse(line, raw, mapped.fields());
            if (row.problem() != null) {
                // one record, one rejection: the events of a refused record are refused together
                pending.add(row);
                return;
            }
            parsed.add(row);
        }
        pending.addAll(parsed);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
