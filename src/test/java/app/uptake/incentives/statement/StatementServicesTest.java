package app.uptake.incentives.statement;

import static app.uptake.incentives.statement.FixturePublishedRuns.PRIVATE;
import static app.uptake.incentives.statement.FixturePublishedRuns.SHARED;
import static app.uptake.incentives.statement.FixturePublishedRuns.statementId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.uptake.shared.BusinessRuleException;
import app.uptake.support.DemoLogins;
import app.uptake.support.UiTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Statements of published runs on the database: generated in the background once, kept, handed out only to their
 * owner and HR, questioned and answered. The fixture's run {@value FixturePublishedRuns#SHARED} is generated once
 * and kept across tests (generation is idempotent); run {@value FixturePublishedRuns#PRIVATE} is never generated.
 */
class StatementServicesTest extends UiTest {

    @Autowired
    StatementGenerationService generation;
    @Autowired
    StatementService statements;
    @Autowired
    StatementInquiryService inquiries;
    @Autowired
    FixturePublishedRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    long employee;
    long manager;

    @BeforeEach
    void generateTheSharedRunOnce() {
        employee = runs.employeeId(DemoLogins.EMPLOYEE);
        manager = runs.employeeId(DemoLogins.MANAGER);
        signInAs(DemoLogins.HR);
        FixturePublishedRuns.awaitGenerated(generation, SHARED);
        signOut();
    }

    @Test
    void generationRendersEveryStatementOnceAndStartingAgainChangesNothing() {
        signInAs(DemoLogins.HR);
        GenerationProgress done = generation.progress(SHARED);
        assertThat(done.status()).isEqualTo(GenerationProgress.Status.DONE);
        assertThat(done.done()).isEqualTo(3);
        assertThat(done.total()).isEqualTo(3);
        assertThat(done.fraction()).isEqualTo(1.0);
        List<String> checksums = jdbc.queryForList("select sha256 from incentive_statement where run_id = ? "
                + "order by employee_id", String.class, SHARED);

        assertThat(generation.start(SHARED).status()).isEqualTo(GenerationProgress.Status.DONE);
        assertThat(jdbc.queryForList("select sha256 from incentive_statement where run_id = ? order by employee_id",
                String.class, SHARED)).isEqualTo(checksums).hasSize(3);
        assertThat(generation.progress(PRIVATE).status()).isEqualTo(GenerationProgress.Status.NOT_STARTED);
        assertThat(generation.publishedRuns(0, 2)).extracting(r -> r.run().runId()).containsExactly(PRIVATE, SHARED);
    }

    @Test
    void theZipHoldsEveryKeptPdfAndThePayrollEveryLine() throws IOException {
        signInAs(DemoLogins.HR);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        assertThat(generation.writeZip(SHARED, zip)).isEqualTo(3);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                names.add(entry.getName());
                byte[] pdf = in.readAllBytes();
                assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(3).allMatch(name -> name.startsWith("2025-Q1/") || name.endsWith(".pdf"));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(generation.writePayroll(SHARED, csv)).isEqualTo(3);
        String[] lines = csv.toString(StandardCharsets.UTF_8).strip().split("\r?\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("employee_id").contains("cost_centre").contains("amount");
        assertThat(lines[1]).contains("E" + Math.min(employee, Math.min(manager, runs.employeeId(DemoLogins.HR))));
    }

    @Test
    void aZipBeforeGenerationAndAnyUnpublishedRunAreRefusedByName() {
        signInAs(DemoLogins.HR);
        assertThatThrownBy(() -> generation.writeZip(PRIVATE, new ByteArrayOutputStream()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey",
                        "statements.error.notGenerated");
        assertThatThrownBy(() -> generation.start(999)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statements.error.notPublished");
        assertThatThrownBy(() -> generation.writePayroll(999, new ByteArrayOutputStream()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void onlyHrAndAdminsGenerateAndDownloadInBulk() {
        for (String login : List.of(DemoLogins.EMPLOYEE, DemoLogins.MANAGER, DemoLogins.EXECUTIVE)) {
            signInAs(login);
            assertThatThrownBy(() -> generation.start(SHARED)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> generation.writeZip(SHARED, new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> generation.writePayroll(SHARED, new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anEmployeeListsAndOpensOnlyTheirOwnStatementAndATamperedIdIsRefusedAndAudited() {
        signInAs(DemoLogins.EMPLOYEE);
        assertThat(statements.mine()).filteredOn(mine -> mine.runId() == PRIVATE).isEmpty();
        assertThat(statements.mine()).filteredOn(mine -> mine.runId() == SHARED).singleElement().satisfies(mine -> {
            assertThat(mine.statementId()).isEqualTo(statementId(SHARED, employee));
            assertThat(mine.planName().en()).isEqualTo("Sales 2025");
            assertThat(mine.total()).isEqualByComparingTo(jdbc.queryForObject(
                    "select total from incentive_statement where statement_id = ?", java.math.BigDecimal.class,
                    mine.statementId()));
        });
        StoredStatement own = statements.pdf(statementId(SHARED, employee));
        assertThat(own.pdf()).isEqualTo(jdbc.queryForObject("select pdf from incentive_statement where statement_id = ?",
                byte[].class, own.statementId()));
        assertThat(own.fileName()).endsWith(".pdf");

        long refusedBefore = refusals();
        assertThatThrownBy(() -> statements.pdf(statementId(SHARED, manager))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statements.error.notYours");
        assertThatThrownBy(() -> statements.pdf("ST-does-not-exist")).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statements.error.notYours");
        assertThat(refusals()).isEqualTo(refusedBefore + 2);
    }

    @Test
    void hrOpensAnyStatementAndTheLookIsAudited() {
        signInAs(DemoLogins.HR);
        long looksBefore = jdbc.queryForObject("select count(*) from audit_event where action = 'INDIVIDUAL_DATA_VIEWED' "
                + "and details = ?", Long.class, "statement " + statementId(SHARED, manager));
        assertThat(statements.pdf(statementId(SHARED, manager)).pdf()).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'INDIVIDUAL_DATA_VIEWED' "
                + "and details = ?", Long.class, "statement " + statementId(SHARED, manager))).isEqualTo(looksBefore + 1);
    }

    @Test
    void managersSeeTheirLinesTotalsOnlyWhereThePlanSharesThem() {
        signInAs(DemoLogins.MANAGER);
        assertThat(statements.runsWithLineTotals()).extracting(PublishedRun::runId).contains(SHARED)
                .doesNotContain(PRIVATE);
        List<LineTotal> totals = statements.lineTotals(SHARED);
        assertThat(totals).extracting(LineTotal::employeeId).contains(employee).doesNotContain(manager,
                runs.employeeId(DemoLogins.HR));
        assertThatThrownBy(() -> statements.lineTotals(PRIVATE)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statements.error.totalsNotShared");
        signInAs(DemoLogins.EMPLOYEE);
        assertThat(statements.runsWithLineTotals()).isEmpty();
        assertThatThrownBy(() -> statements.lineTotals(SHARED)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statements.error.totalsNotShared");
    }

    @Test
    void anEmployeeAsksAboutALineAndHrAnswersOnce() {
        signInAs(DemoLogins.EMPLOYEE);
        String own = statementId(SHARED, employee);
        List<StatementLine> lines = statements.lines(own);
        assertThat(lines).extracting(StatementLine::code).contains("REVENUE", "WIN_RATE", "VISITS", Inquiry.GATES)
                .endsWith(Inquiry.TOTAL);
        assertThat(lines.getFirst().componentName()).isNotNull();

        assertField(() -> inquiries.ask(own, "NO_SUCH_LINE", "Why?"), "line", "statements.inquiry.error.line");
        assertField(() -> inquiries.ask(own, "WIN_RATE", "   "), "question", "statements.inquiry.error.questionRequired");
        assertField(() -> inquiries.ask(own, "WIN_RATE", "x".repeat(2001)), "question",
                "statements.inquiry.error.questionTooLong");
        assertThatThrownBy(() -> inquiries.ask(statementId(SHARED, manager), "WIN_RATE", "Why is Sabine's so high?"))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statements.error.notYours");

        Inquiry asked = inquiries.ask(own, "WIN_RATE", "  My win rate was 30 %, not 25 %.  ");
        assertThat(asked.question()).isEqualTo("My win rate was 30 %, not 25 %.");
        assertThat(asked.answered()).isFalse();
        assertThat(asked.runId()).isEqualTo(SHARED);
        assertThat(inquiries.mine()).first().isEqualTo(asked);
        assertThatThrownBy(() -> inquiries.answer(asked.id(), "Nope", null)).isInstanceOf(AccessDeniedException.class);

        signInAs(DemoLogins.HR);
        assertThat(inquiries.page(true, 0, 500)).extracting(Inquiry::id).contains(asked.id());
        assertField(() -> inquiries.answer(asked.id(), " ", null), "answer", "statements.inquiry.error.answerRequired");
        assertField(() -> inquiries.answer(asked.id(), "See run 7", -7L), "correctionRun",
                "statements.inquiry.error.correctionRun");
        Inquiry answered = inquiries.answer(asked.id(), "Two deals were booked late; correction run 77 pays them.", 77L);
        assertThat(answered.answered()).isTrue();
        assertThat(answered.correctionRunId()).isEqualTo(77L);
        assertThat(answered.answeredBy()).isEqualTo(DemoLogins.HR);
        assertThatThrownBy(() -> inquiries.answer(asked.id(), "Changed my mind", null))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statements.inquiry.error.alreadyAnswered");
        assertThat(inquiries.page(true, 0, 500)).extracting(Inquiry::id).doesNotContain(asked.id());
        assertThat(inquiries.count(false)).isGreaterThanOrEqualTo(inquiries.count(true) + 1);

        signInAs(DemoLogins.EMPLOYEE);
        assertThat(inquiries.mine()).filteredOn(i -> i.id() == asked.id()).singleElement()
                .satisfies(i -> assertThat(i.answer()).startsWith("Two deals"));
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'STATEMENT_ACCESS_REFUSED'", Long.class);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
