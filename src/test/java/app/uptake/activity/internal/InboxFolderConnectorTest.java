package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.DataSourceKind;
import app.uptake.activity.ImportStatus;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox-folder connector on a temporary folder, with events dated 2006. */
@UptakeSpringTest
class InboxFolderConnectorTest {

    @Autowired
    ConnectorRunner runner;
    @Autowired
    DataSourceRepository sources;
    @Autowired
    ImportRunRepository runs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path inbox;
    String tag;
    long sourceId;

    @BeforeEach
    void createSource() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        sourceId = new TransactionTemplate(transactions).execute(s -> {
            DataSourceEntity source = new DataSourceEntity("INBOX-" + tag.toUpperCase(), "Inbox", DataSourceKind.INBOX_FOLDER,
                    Instant.now());
            source.setSettings("folder=" + inbox + "\nsettleSeconds=5");
            source.setIntervalMinutes(15);
            return sources.save(source).getId();
        });
    }

    @Test
    void readsSettledFilesMovesThemAwayAndKeepsTheirBadRows() throws IOException {
        drop("a-export.csv", "external_id;employee;type;occurred_at;amount\n"
                + tag + "-1;" + DemoLogins.EMPLOYEE + ";CALL;14.03.2006 10:00;\n"
                + tag + "-2;" + DemoLogins.EMPLOYEE + ";OPPORTUNITY_WON;14.03.2006;1.234,50\n"
                + tag + "-3;" + DemoLogins.EMPLOYEE + ";TELEPATHY;14.03.2006;\n", true);
        drop("b-still-writing.csv", "external_id;employee;type;occurred_at\n", false);

        long runId = runner.run(sourceId, "test");

        ImportRunEntity run = runs.findById(runId).orElseThrow();
        assertThat(run.getStatus()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.tally().accepted()).isEqualTo(2);
        assertThat(run.tally().rejected()).isEqualTo(1);
        assertThat(inbox.resolve("processed/a-export.csv")).exists();
        assertThat(inbox.resolve("b-still-writing.csv")).as("a file still being written waits").exists();
        assertThat(jdbc.queryForObject("select amount from activity_event where source_id = ? and external_id = ?",
                java.math.BigDecimal.class, sourceId, tag + "-2")).isEqualByComparingTo("1234.50");
        assertThat(jdbc.queryForObject("select reason from import_rejection where import_run_id = ?", String.class, runId))
                .isEqualTo("activity.problem.unknownType");
        assertThat(jdbc.queryForObject("select cursor_value from data_source where id = ?", String.class, sourceId))
                .isEqualTo("a-export.csv");
    }

    @Test
    void theSameFileDroppedAgainChangesNothing() throws IOException {
        String content = "external_id,employee,type,occurred_at\n" + tag + "-x," + DemoLogins.EMPLOYEE + ",EMAIL,2006-05-02\n";
        drop("first.csv", content, true);
        runner.run(sourceId, "test");
        drop("again.csv", content, true);
        long again = runner.run(sourceId, "test");
        assertThat(runs.findById(again).orElseThrow().tally().duplicates()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from activity_event where source_id = ?", Long.class, sourceId))
                .isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadGoesToFailedWithTheReason() throws IOException {
        drop("empty.csv", "", true);
        runner.run(sourceId, "test");
        assertThat(inbox.resolve("failed/empty.csv")).exists();
        assertThat(Files.readString(inbox.resolve("failed/empty.csv.error.txt"))).containsIgnoringCase("empty");
    }

    private void drop(String name, String content, boolean settled) throws IOException {
        Path file = Files.writeString(inbox.resolve(name), content);
        if (settled) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        }
    }
}
