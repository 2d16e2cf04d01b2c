package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.ImportChannel;
import app.uptake.activity.ImportStatus;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@UptakeSpringTest
class ImportRunsTest {

    @Autowired
    ImportRuns runs;
    @Autowired
    ImportRunRepository runRepository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aRunThatFailsHalfWaySaysUpToWhichLineItsRowsAreIn() {
        long source = new TestActivity(context).source("RUNS-" + UUID.randomUUID().toString().substring(0, 8));
        long runId = runs.open(source, ImportChannel.UPLOAD, "test", "half.csv", "UPTAKE", null);
        int rowsBeforeFailure = ImportRuns.CHUNK_ROWS * 2 + 10;

        assertThatThrownBy(() -> runs.process(runId, source, failingAfter(rowsBeforeFailure), () -> 0L))
                .hasMessageContaining("disk gone");

        ImportRunEntity run = runRepository.findById(runId).orElseThrow();
        assertThat(run.getStatus()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.getFailure()).contains("disk gone");
        // the two full chunks are in, the ten rows of the third are not
        assertThat(run.getCommittedThroughLine()).isEqualTo(ImportRuns.CHUNK_ROWS * 2L);
        assertThat(run.tally().accepted()).isEqualTo(ImportRuns.CHUNK_ROWS * 2L);
        assertThat(jdbc.queryForObject("select count(*) from activity_event where source_id = ?", Long.class, source))
                .isEqualTo(ImportRuns.CHUNK_ROWS * 2L);
        // and their figures are in: each chunk committed its rollups with its events
        assertThat(jdbc.queryForObject("select coalesce(sum(numerator), 0) from metric_daily d join metric_definition m "
                + "on m.id = d.metric_id where m.code = 'CALLS_PER_WEEK' and d.activity_day = ?", java.math.BigDecimal.class,
                LocalDate.of(2007, 3, 14))).isEqualByComparingTo(String.valueOf(ImportRuns.CHUNK_ROWS * 2));
    }

    /** Calls on one day of 2007, then an I/O failure. */
    private static Iterator<ParsedRow> failingAfter(int rows) {
        return new Iterator<>() {
            int line;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ParsedRow next() {
                if (line == rows) {
                    throw new IllegalStateException("disk gone");
                }
                line++;
                return ParsedRow.ok(line, null, ActivityEventInput.simple("call-" + line, DemoLogins.EMPLOYEE,
                        ActivityType.CALL, LocalDate.of(2007, 3, 14).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant()));
            }
        };
    }
}
