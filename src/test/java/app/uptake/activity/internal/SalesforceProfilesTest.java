package app.uptake.activity.internal;

import static app.uptake.activity.internal.ActivityCsvReaderTest.BERLIN;
import static app.uptake.activity.internal.ActivityCsvReaderTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.ColumnMapping;
import app.uptake.activity.Direction;
import app.uptake.activity.ImportProfile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each Salesforce profile on a small export as Salesforce's Data Loader or report export writes it. */
class SalesforceProfilesTest {

    private static List<ParsedRow> read(String resource, ImportProfile profile) throws IOException {
        InputStream in = SalesforceProfilesTest.class.getResourceAsStream("/activity/" + resource);
        try (ActivityCsvReader reader = ActivityCsvReader.open(in, profile, ColumnMapping.NONE, BERLIN, NOW)) {
            assertThat(reader.fileProblem()).isNull();
            List<ParsedRow> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void tasksBecomeCallsAndEmailsAndOpenTasksAreRefused() throws IOException {
        List<ParsedRow> rows = read("salesforce-tasks.csv", ImportProfile.SALESFORCE_TASK);
        assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);

        ActivityEventInput call = rows.get(0).event();
        assertThat(call.externalId()).isEqualTo("00T5g00000Aa001EAA");
        assertThat(call.employeeRef()).isEqualTo("0050000000AAAAA");
        assertThat(call.type()).isEqualTo(ActivityType.CALL);
        assertThat(call.direction()).isEqualTo(Direction.OUT);
        assertThat(call.durationSeconds()).isEqualTo(185);
        assertThat(call.accountRef()).isEqualTo("0015g00000Kd001AAA");
        assertThat(call.occurredAt()).isEqualTo(LocalDate.of(2004, 3, 15).atStartOfDay(BERLIN).toInstant());
        assertThat(call.revision()).isEqualTo((int) Instant.parse("2004-03-15T09:15:02Z").getEpochSecond());

        assertThat(rows.get(1).event().type()).isEqualTo(ActivityType.EMAIL);
        assertThat(rows.get(1).event().direction()).isNull();
        assertThat(rows.get(2).problem()).isEqualTo(RowProblem.of("openTask", "Not Started"));
        assertThat(rows.get(3).event().direction()).isEqualTo(Direction.IN);
        assertThat(rows.get(4).event().type()).as("a plain task of type Meeting").isEqualTo(ActivityType.MEETING);
        assertThat(rows.get(5).event().type()).as("ListEmail").isEqualTo(ActivityType.EMAIL);
    }

    @Test
    void eventsBecomeVisitsAndMeetingsWithTheirDuration() throws IOException {
        List<ParsedRow> rows = read("salesforce-events.csv", ImportProfile.SALESFORCE_EVENT);
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(rows).extracting(r -> r.event().type())
                .containsExactly(ActivityType.VISIT, ActivityType.MEETING, ActivityType.MEETING);
        ActivityEventInput visit = rows.get(0).event();
        assertThat(visit.occurredAt()).isEqualTo(Instant.parse("2004-04-02T08:00:00Z"));
        assertThat(visit.durationSeconds()).isEqualTo(120 * 60);
        assertThat(visit.accountRef()).isEqualTo("0015g00000Kd001AAA");
        assertThat(rows.get(2).event().occurredAt()).as("StartDateTime when ActivityDateTime is empty")
                .isEqualTo(Instant.parse("2004-04-06T07:00:00Z"));
    }

    @Test
    void opportunitiesYieldCreationAndOutcomeWithTheirOwnIds() throws IOException {
        List<ParsedRow> rows = read("salesforce-opportunities.csv", ImportProfile.SALESFORCE_OPPORTUNITY);
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(rows).extracting(r -> r.event().externalId()).containsExactly(
                "opportunity-created:0065g00000Op001AAA", "opportunity-closed:0065g00000Op001AAA",
                "opportunity-created:0065g00000Op002AAA", "opportunity-closed:0065g00000Op002AAA",
                "opportunity-created:0065g00000Op003AAA");
        assertThat(rows).extracting(r -> r.event().type()).containsExactly(
                ActivityType.OPPORTUNITY_CREATED, ActivityType.OPPORTUNITY_WON,
                ActivityType.OPPORTUNITY_CREATED, ActivityType.OPPORTUNITY_LOST,
                ActivityType.OPPORTUNITY_CREATED);
        ActivityEventInput won = rows.get(1).event();
        assertThat(won.occurredAt()).isEqualTo(LocalDate.of(2004, 5, 28).atStartOfDay(BERLIN).toInstant());
        assertThat(won.amount()).isEqualByComparingTo(new BigDecimal("48500.00"));
        assertThat(won.margin()).isEqualByComparingTo(new BigDecimal("9700.00"));
        assertThat(won.productCount()).isEqualTo(3);
        assertThat(won.decisionMaker()).isTrue();
        assertThat(won.stage()).isEqualTo("Closed Won");
        assertThat(won.campaign()).isEqualTo("7015g00000Cp001AAA");
        assertThat(won.revision()).isEqualTo((int) Instant.parse("2004-05-28T15:00:00Z").getEpochSecond());
        assertThat(rows.get(0).event().occurredAt()).isEqualTo(Instant.parse("2004-02-10T08:00:00Z"));
        assertThat(rows.get(3).event().decisionMaker()).isFalse();
        assertThat(rows.get(4).event().amount()).isEqualByComparingTo(new BigDecimal("7250.50"));
    }

    @Test
    void aSalesforceFileWithoutTheRequiredColumnsNamesThem() throws IOException {
        InputStream in = new java.io.ByteArrayInputStream("Id,Subject\n1,x\n".getBytes());
        try (ActivityCsvReader reader = ActivityCsvReader.open(in, ImportProfile.SALESFORCE_EVENT, ColumnMapping.NONE, BERLIN, NOW)) {
            assertThat(reader.fileProblem().detail()).isEqualTo("OwnerId, ActivityDateTime / StartDateTime / ActivityDate");
        }
    }
}
