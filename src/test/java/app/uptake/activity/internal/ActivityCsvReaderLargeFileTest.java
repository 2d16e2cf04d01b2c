package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ColumnMapping;
import app.uptake.activity.ImportProfile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file far larger than any preview streams through the reader row by row: the reader holds only the
 * record at hand, so the count arrives without the rows ever being collected. Not timed.
 */
class ActivityCsvReaderLargeFileTest {

    private static final int ROWS = 200_000;

    @Test
    void streamsAGeneratedFileOfTwoHundredThousandRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("external_id;employee;type;occurred_at;amount;stage\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("e-" + i + ";jonas@example.com;CALL;14.03.2004 09:30;1.234,56;\"quoted; with delimiter\"\n");
            }
        }
        long accepted = 0;
        long rejected = 0;
        long lastLine = 0;
        long bytes;
        try (ActivityCsvReader reader = ActivityCsvReader.open(file, ImportProfile.UPTAKE, ColumnMapping.NONE,
                ActivityCsvReaderTest.BERLIN, ActivityCsvReaderTest.NOW)) {
            while (reader.hasNext()) {
                ParsedRow row = reader.next();
                if (row.problem() == null) {
                    accepted++;
                } else {
                    rejected++;
                }
                lastLine = row.line();
            }
            bytes = reader.bytesRead();
        }
        assertThat(accepted).isEqualTo(ROWS);
        assertThat(rejected).isZero();
        assertThat(lastLine).isEqualTo(ROWS + 1);
        assertThat(bytes).isEqualTo(Files.size(file));
    }
}
