package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.ApiKeyService;
import app.uptake.activity.CreatedApiKey;
import app.uptake.activity.DataSourceSummary;
import app.uptake.support.DemoLogins;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import app.uptake.support.UptakeSpringTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API through the real security filter chains and controller on the configured database (MockMvc in
 * the shared test application, so it needs no second context). Events are dated 2005, before any demo activity.
 */
@UptakeSpringTest
class ActivityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext web;
    MockMvc mvc;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    String key;
    long sourceId;
    String prefix;

    @BeforeEach
    void createSourceAndKey() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        signInAsAdmin();
        prefix = UUID.randomUUID().toString().substring(0, 8);
        DataSourceSummary source = apiKeys.createApiSource("API-" + prefix.toUpperCase(), "Test CRM " + prefix);
        CreatedApiKey created = apiKeys.create(source.id(), "test");
        sourceId = source.id();
        key = created.plainKey();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGoodBatchIsStoredAndSendingItAgainChangesNothing() throws Exception {
        String batch = """
                {"events": [
                  {"external_id": "%1$s-1", "employee": "%2$s", "type": "CALL", "occurred_at": "2005-03-14T09:30:00Z",
                   "direction": "out", "duration_minutes": 12, "account": "ACC-1"},
                  {"external_id": "%1$s-2", "employee": "%2$s", "type": "OPPORTUNITY_WON", "occurred_at": "2005-03-14",
                   "amount": 12000.5, "margin": "2400", "decision_maker": true}
                ]}""".formatted(prefix, DemoLogins.EMPLOYEE);
        JsonNode first = JSON.readTree(post(batch, key).body());
        assertThat(first.get("accepted").asInt()).isEqualTo(2);
        assertThat(first.get("items").get(1).get("outcome").asString()).isEqualTo("ACCEPTED");

        Response again = post(batch, key);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode second = JSON.readTree(again.body());
        assertThat(second.get("duplicates").asInt()).isEqualTo(2);
        assertThat(second.get("accepted").asInt()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from activity_event where source_id = ?", Long.class, sourceId))
                .isEqualTo(2);
    }

    @Test
    void aHigherRevisionCorrectsTheEvent() throws Exception {
        post(event("c", 1, "\"amount\": 100"), key);
        JsonNode corrected = JSON.readTree(post(event("c", 2, "\"amount\": 150"), key).body());
        assertThat(corrected.get("items").get(0).get("outcome").asString()).isEqualTo("CORRECTED");
        assertThat(jdbc.queryForObject("select amount from activity_event where source_id = ? and external_id = ?",
                java.math.BigDecimal.class, sourceId, prefix + "-c")).isEqualByComparingTo("150");
    }

    @Test
    void everyBadItemGetsItsOwnReasonAndTheGoodOnesAreStored() throws Exception {
        String batch = """
                {"events": [
                  {"external_id": "%1$s-ok", "employee": "%2$s", "type": "EMAIL", "occurred_at": "2005-04-01"},
                  {"external_id": "%1$s-u", "employee": "nobody@nowhere.example", "type": "EMAIL", "occurred_at": "2005-04-01"},
                  {"external_id": "%1$s-t", "employee": "%2$s", "type": "PIGEON", "occurred_at": "2005-04-01"},
                  {"external_id": "%1$s-d", "employee": "%2$s", "type": "CALL", "occurred_at": "2005-04-01", "duration_minutes": -3},
                  {"external_id": "%1$s-f", "employee": "%2$s", "type": "CALL", "occurred_at": "2099-01-01"},
                  {"external_id": "%1$s-o", "employee": "%2$s", "type": "CALL", "occurred_at": "1999-12-31"},
                  {"external_id": "%1$s-a", "employee": "%2$s", "type": "OPPORTUNITY_WON", "occurred_at": "2005-04-01", "amount": "lots"},
                  {"employee": "%2$s", "type": "CALL", "occurred_at": "2005-04-01"},
                  "not an object"
                ]}""".formatted(prefix, DemoLogins.EMPLOYEE);
        JsonNode result = JSON.readTree(post(batch, key).body());
        assertThat(result.get("accepted").asInt()).isEqualTo(1);
        assertThat(result.get("rejected").asInt()).isEqualTo(8);
        List<String> codes = new java.util.ArrayList<>();
        result.get("items").forEach(item -> codes.add(item.get("error") == null || item.get("error").isNull() ? "-"
                : item.get("error").get("code").asString()));
        assertThat(codes).containsExactly("-", "activity.problem.unknownEmployee", "activity.problem.unknownType",
                "activity.problem.negativeDuration", "activity.problem.futureDate", "activity.problem.tooOld",
                "activity.problem.badNumber", "activity.problem.missingExternalId", "activity.problem.notAnObject");
        assertThat(result.get("items").get(1).get("error").get("message").asString())
                .isEqualTo("No employee has this CRM user id or e-mail address: nobody@nowhere.example");
        // nothing is dropped silently: the rejects are kept with the run
        long runId = result.get("runId").asLong();
        assertThat(jdbc.queryForObject("select count(*) from import_rejection where import_run_id = ?", Long.class, runId))
                .isEqualTo(8);
    }

    @Test
    void oversizedMalformedAndEmptyBatchesAreRefusedAsAWhole() throws Exception {
        StringBuilder many = new StringBuilder("{\"events\": [");
        for (int i = 0; i < 5001; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        Response tooMany = post(many.append("]}").toString(), key);
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(tooMany.body()).contains("at most 5000");

        Response tooBig = post("{\"events\": [\"" + "x".repeat(8_400_000) + "\"]}", key);
        assertThat(tooBig.statusCode()).isEqualTo(413);

        Response malformed = post("{\"events\": [ {\"type\": }", key);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.header().orElseThrow()).contains("application/problem+json");
        assertThat(malformed.body()).contains("Malformed JSON", "line 1");

        assertThat(post("{\"events\": []}", key).statusCode()).isEqualTo(400);
        assertThat(post("[1, 2]", key).statusCode()).isEqualTo(400);
    }

    @Test
    void missingUnknownAndRevokedKeysGet401AndAreAudited() throws Exception {
        long auditedBefore = jdbc.queryForObject("select count(*) from audit_event where action = 'API_KEY_REJECTED'", Long.class);
        Response none = post(event("k", 1, "\"amount\": 1"), null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("No API key");

        Response unknown = post(event("k", 1, "\"amount\": 1"), key.substring(0, key.length() - 2) + "xx");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("Unknown API key");

        signInAsAdmin();
        apiKeys.revoke(apiKeys.keys(sourceId).getFirst().id());
        SecurityContextHolder.clearContext();
        Response revoked = post(event("k", 1, "\"amount\": 1"), key);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("revoked");

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'API_KEY_REJECTED'", Long.class))
                .isEqualTo(auditedBefore + 3);
        // the key itself is never stored, only its hash
        assertThat(jdbc.queryForObject("select count(*) from api_key where key_hash = ?", Long.class, key)).isZero();
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        var docs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).isEqualTo(200);
        assertThat(docs.getContentAsString()).contains("/api/v1/activity-events", "apiKey", "CORRECTED", "413");
    }

    private void signInAsAdmin() {
        UserDetails admin = users.loadUserByUsername(DemoLogins.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    private String event(String id, int revision, String extra) {
        return """
                {"events": [{"external_id": "%s-%s", "revision": %d, "employee": "%s", "type": "OPPORTUNITY_WON",
                  "occurred_at": "2005-05-02", %s}]}""".formatted(prefix, id, revision, DemoLogins.EMPLOYEE, extra);
    }

    /** The status, content type and body of a response. */
    record Response(int statusCode, String contentType, String body) {
        java.util.Optional<String> header() {
            return java.util.Optional.ofNullable(contentType);
        }
    }

    private Response post(String body, String apiKey) throws Exception {
        var request = MockMvcRequestBuilders.post("/api/v1/activity-events").contentType("application/json")
                .content(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        return new Response(response.getStatus(), response.getContentType(),
                response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
