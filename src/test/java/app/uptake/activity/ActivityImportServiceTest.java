package app.uptake.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.audit.AuditService;
import app.uptake.organization.internal.EmployeeRepository;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.OffsetLimit;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Uploads on the real database: background runs, rejects kept by line, idempotent re-upload, corrections. */
@UptakeSpringTest
class ActivityImportServiceTest {

    @Autowired
    ActivityImportService imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsProgramOffice() {
        signInAs(DemoLogins.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String login) {
        UserDetails details = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    /** Three good rows (one by CRM user id), then a bad type, an unknown employee and a row with a field too many. */
    private String mixedFile() {
        String crmId = employees.findByEmail(DemoLogins.MANAGER).orElseThrow().getCrmUserId();
        return """
                external_id;employee;type;occurred_at;duration_minutes;amount
                %1$s-1;%2$s;CALL;14.03.2004 09:30;12,5;
                %1$s-2;%2$s;visit;15.03.2004;90;
                %1$s-3;%3$s;OPPORTUNITY_WON;16.03.2004;;1.234,56
                =%1$s-4;%2$s;TELEPATHY;16.03.2004;;
                %1$s-5;nobody@example.com;CALL;16.03.2004;;
                %1$s-6;%2$s;CALL;16.03.2004;;;surplus
                """.formatted(tag, DemoLogins.EMPLOYEE, crmId);
    }

    private long startAndWait(String csv, ImportProfile profile) {
        Path file = imports.store(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        long runId = imports.start(file, "activity-" + tag + ".csv", profile, ColumnMapping.NONE);
        return waitFor(runId).id();
    }

    private ImportRunSummary waitFor(long runId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportRunSummary run = imports.run(runId).orElseThrow();
            if (run.status().isFinished()) {
                return run;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import run " + runId + " did not finish");
    }

    @Test
    void commitsGoodRowsKeepsRejectsByLineAndReimportChangesNothing() throws IOException {
        String csv = mixedFile();
        long runId = startAndWait(csv, ImportProfile.UPTAKE);

        ImportRunSummary run = imports.run(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.channel()).isEqualTo(ImportChannel.UPLOAD);
        assertThat(run.sourceCode()).isEqualTo("UPLOAD");
        assertThat(run.requestedBy()).isEqualTo(DemoLogins.ADMIN);
        assertThat(run.tally()).isEqualTo(new IngestTally(3, 0, 0, 0, 3, 3));
        assertThat(run.rowsRead()).isEqualTo(6);
        assertThat(run.committedThroughLine()).isEqualTo(7);
        assertThat(run.bytesRead()).isEqualTo(run.totalBytes());
        assertThat(run.progress()).isEqualTo(1.0);
        assertThat(jdbc.queryForObject("select count(*) from activity_event where external_id like ?", Long.class, tag + "-%"))
                .isEqualTo(3);

        assertThat(imports.countRejections(runId)).isEqualTo(3);
        List<ImportRejection> rejected = imports.rejections(runId, 0, 10);
        assertThat(rejected).extracting(ImportRejection::line).containsExactly(5L, 6L, 7L);
        assertThat(rejected).extracting(ImportRejection::reasonKey).containsExactly("activity.problem.unknownType",
                "activity.problem.unknownEmployee", "activity.problem.wrongColumns");
        assertThat(rejected.get(1).detail()).isEqualTo("nobody@example.com");
        assertThat(rejected.get(0).raw()).startsWith("=" + tag + "-4;");
        assertThat(imports.rejections(runId, 1, 1)).extracting(ImportRejection::line).containsExactly(6L);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.rejectionsCsv(runId, ';', List.of("line", "external_id", "reason", "detail", "raw"),
                r -> "reason:" + r.reasonKey(), out);
        String download = out.toString(StandardCharsets.UTF_8);
        assertThat(download).startsWith("\uFEFFline;external_id;reason;detail;raw\r\n");
        assertThat(download).contains("5;;reason:activity.problem.unknownType;TELEPATHY;\"'=" + tag + "-4;");
        // refused by the ingester, the row still names its external id
        assertThat(download).containsPattern("\\r\\n6;" + tag + "-\\d+;reason:activity.problem.unknownEmployee;nobody@example.com;");

        assertThat(audit.latest(new OffsetLimit(0, 20))).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("ACTIVITY_IMPORT_STARTED");
            assertThat(entry.subjectId()).isEqualTo(String.valueOf(runId));
        });

        long again = startAndWait(csv, ImportProfile.UPTAKE);
        assertThat(imports.run(again).orElseThrow().tally()).isEqualTo(new IngestTally(0, 0, 3, 0, 3, 0));
        assertThat(jdbc.queryForObject("select count(*) from activity_event where external_id like ?", Long.class, tag + "-%"))
                .isEqualTo(3);
    }

    @Test
    void aNewerRevisionCorrectsAndAnOlderOneIsStale() {
        String header = "external_id,revision,employee,type,occurred_at,duration_minutes\n";
        String row = "%s-r,%d,%s,CALL,2004-05-03T10:00:00Z,%d\n";
        startAndWait(header + row.formatted(tag, 2, DemoLogins.EMPLOYEE, 5), ImportProfile.UPTAKE);
        long corrected = startAndWait(header + row.formatted(tag, 3, DemoLogins.EMPLOYEE, 7), ImportProfile.UPTAKE);
        long stale = startAndWait(header + row.formatted(tag, 1, DemoLogins.EMPLOYEE, 9), ImportProfile.UPTAKE);
        assertThat(imports.run(corrected).orElseThrow().tally().corrected()).isEqualTo(1);
        assertThat(imports.run(stale).orElseThrow().tally().stale()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select duration_seconds from activity_event where external_id = ?", Integer.class,
                tag + "-r")).isEqualTo(7 * 60);
    }

    @Test
    void aSalesforceOpportunityExportIsImportedAndALaterExportCorrectsIt() throws IOException {
        String owner = employees.findByEmail(DemoLogins.EMPLOYEE).orElseThrow().getCrmUserId();
        String export;
        try (InputStream in = getClass().getResourceAsStream("/activity/salesforce-opportunities.csv")) {
            export = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("0050000000AAAAA", owner).replace("0050000000BBBBB", owner).replace("0065g", tag);
        }
        long first = startAndWait(export, ImportProfile.SALESFORCE_OPPORTUNITY);
        assertThat(imports.run(first).orElseThrow().tally().accepted()).isEqualTo(5);

        String later = export.replace("7.250,50;Proposal/Price Quote", "8.000,00;Negotiation/Review")
                .replace("2004-04-21T08:00:00.000+0000;2004-04-21T08:00:00.000+0000", "2004-05-02T08:00:00.000+0000;2004-05-02T08:00:00.000+0000");
        long second = startAndWait(later, ImportProfile.SALESFORCE_OPPORTUNITY);
        IngestTally tally = imports.run(second).orElseThrow().tally();
        assertThat(tally.corrected()).isEqualTo(1);
        assertThat(tally.duplicates()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select amount from activity_event where external_id = ?", java.math.BigDecimal.class,
                "opportunity-created:" + tag + "00000Op003AAA")).isEqualByComparingTo("8000.00");
    }

    @Test
    void previewShowsOutcomesAndWritesNothing() throws IOException {
        Path file = imports.store(new ByteArrayInputStream(mixedFile().getBytes(StandardCharsets.UTF_8)));
        ImportPreview preview = imports.preview(file, ImportProfile.UPTAKE, ColumnMapping.NONE);
        assertThat(preview.isImportable()).isTrue();
        assertThat(preview.charset()).isEqualTo("UTF-8");
        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.columns()).containsExactly("external_id", "employee", "type", "occurred_at", "duration_minutes", "amount");
        assertThat(preview.rows()).extracting(ImportPreview.PreviewRow::outcome).containsExactly(IngestOutcome.ACCEPTED,
                IngestOutcome.ACCEPTED, IngestOutcome.ACCEPTED, IngestOutcome.REJECTED, IngestOutcome.REJECTED,
                IngestOutcome.REJECTED);
        assertThat(preview.rows().get(4).problemKey()).isEqualTo("activity.problem.unknownEmployee");
        assertThat(preview.moreRows()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from activity_event where external_id like ?", Long.class, tag + "-%"))
                .isZero();

        ImportPreview generic = imports.preview(file, ImportProfile.GENERIC, new ColumnMapping(
                Map.of("external_id", "external_id", "employee", "employee", "occurred_at", "occurred_at"),
                ActivityType.MEETING, Map.of()));
        assertThat(generic.rows()).first().satisfies(r -> assertThat(r.type()).isEqualTo(ActivityType.MEETING));
        Files.delete(file);
    }

    @Test
    void filesThatCannotBeReadAreRefusedBeforeARunStarts() throws IOException {
        Path empty = imports.newUploadFile();
        assertThatThrownBy(() -> imports.start(empty, "empty.csv", ImportProfile.UPTAKE, ColumnMapping.NONE))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("activityImport.error.empty"));
        Path tasks = imports.store(new ByteArrayInputStream("external_id;employee\nx;y\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> imports.start(tasks, "x.csv", ImportProfile.SALESFORCE_TASK, ColumnMapping.NONE))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("activityImport.error.missingColumns"));
        Files.deleteIfExists(empty);
        Files.deleteIfExists(tasks);
    }

    @Test
    void onlyTheProgramOfficeMayImport() {
        signInAs(DemoLogins.HR);
        assertThatThrownBy(() -> imports.runs(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.newUploadFile()).isInstanceOf(AccessDeniedException.class);
    }
}
