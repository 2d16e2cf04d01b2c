package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.ActivityType;
import app.uptake.activity.Direction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventRowParserTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final EventRowParser english = new EventRowParser(ZoneId.of("Europe/Berlin"), NOW, false);
    private final EventRowParser german = new EventRowParser(ZoneId.of("Europe/Berlin"), NOW, true);

    @Test
    void readsACallWithEveryDetail() {
        Map<String, String> row = base("CALL");
        row.putAll(Map.of("direction", "outbound", "duration_minutes", "12,5", "account", "ACC-7", "decision_maker", "ja"));
        ParsedRow parsed = german.parse(3, "raw", row);
        assertThat(parsed.problem()).isNull();
        ActivityEventInput e = parsed.event();
        assertThat(e.type()).isEqualTo(ActivityType.CALL);
        assertThat(e.direction()).isEqualTo(Direction.OUT);
        assertThat(e.durationSeconds()).isEqualTo(750);
        assertThat(e.decisionMaker()).isTrue();
        assertThat(e.revision()).isEqualTo(1);
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-14T09:30:00Z"));
    }

    @Test
    void readsAWonDealInGermanNumbers() {
        Map<String, String> row = base("opportunity won");
        row.putAll(Map.of("amount", "12.345,60", "margin", "2.469,12", "products", "3", "revision", "4"));
        ActivityEventInput e = german.parse(1, "raw", row).event();
        assertThat(e.type()).isEqualTo(ActivityType.OPPORTUNITY_WON);
        assertThat(e.amount()).isEqualByComparingTo("12345.60");
        assertThat(e.margin()).isEqualByComparingTo("2469.12");
        assertThat(e.productCount()).isEqualTo(3);
        assertThat(e.revision()).isEqualTo(4);
    }

    @Test
    void readsCompletenessAsAShareOrAPercentage() {
        Map<String, String> row = base("RECORD_UPDATED");
        row.put("completeness", "85 %");
        assertThat(english.parse(1, "", row).event().completeness()).isEqualByComparingTo("0.85");
        row.put("completeness", "0,85");
        assertThat(german.parse(1, "", row).event().completeness()).isEqualByComparingTo("0.85");
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "external_id|''|activity.problem.missingExternalId",
            "employee|''|activity.problem.missingEmployee",
            "type|''|activity.problem.missingType",
            "type|COFFEE|activity.problem.unknownType",
            "occurred_at|''|activity.problem.missingDate",
            "occurred_at|soon|activity.problem.badDate",
            "occurred_at|2026-11-24 09:00|activity.problem.futureDate",
            "occurred_at|1999-12-31|activity.problem.tooOld",
            "duration_minutes|-5|activity.problem.negativeDuration",
            "amount|abc|activity.problem.badNumber",
            "amount|-10|activity.problem.negativeAmount",
            "revision|0|activity.problem.badRevision",
            "revision|1.5|activity.problem.badRevision",
            "direction|sideways|activity.problem.badDirection",
            "decision_maker|maybe|activity.problem.badBoolean",
            "completeness|120 %|activity.problem.completenessRange",
            "satisfaction|11|activity.problem.satisfactionRange",
            "products|2.5|activity.problem.badWholeNumber"})
    void refusesBadInputWithASpecificReason(String field, String value, String problem) {
        Map<String, String> row = base("OPPORTUNITY_WON");
        row.put(field, value);
        ParsedRow parsed = english.parse(7, "raw", row);
        assertThat(parsed.event()).isNull();
        assertThat(parsed.problem().key()).isEqualTo(problem);
        assertThat(parsed.line()).isEqualTo(7);
    }

    @Test
    void refusesOverlongIds() {
        Map<String, String> row = base("CALL");
        row.put("external_id", "x".repeat(101));
        assertThat(english.parse(1, "", row).problem()).isEqualTo(RowProblem.of("tooLong", "external_id"));
    }

    private static Map<String, String> base(String type) {
        Map<String, String> row = new HashMap<>();
        row.put("external_id", "E-1");
        row.put("employee", "jonas.becker@example.com");
        row.put("type", type);
        row.put("occurred_at", "14.03.2026 10:30");
        return row;
    }
}
