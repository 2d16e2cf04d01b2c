package app.uptake.activity.internal;

import app.uptake.activity.DataSourceKind;
import app.uptake.shared.CompanyCalendar;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages through a CRM's JSON feed: {@code GET <url>?since=<high-water mark>&limit=<page size>[&page=<next>]}
 * answering {@code {"events": [...], "next": "<token or null>"}}, each event with Uptake's fields and an
 * {@code updated_at}. After every committed page the cursor (high-water mark and next token) is stored, so a run
 * that dies mid-way resumes at the page it had not finished; reading a page twice changes nothing.
 */
@Component
class HttpFeedConnector implements ActivityConnector {

    static final int DEFAULT_PAGE_SIZE = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ImportRuns runs;
    private final ConnectorCursors cursors;
    private final CompanyCalendar calendar;

    HttpFeedConnector(ImportRuns runs, ConnectorCursors cursors, CompanyCalendar calendar) {
        this.runs = runs;
        this.cursors = cursors;
        this.calendar = calendar;
    }

    @Override
    public DataSourceKind kind() {
        return DataSourceKind.HTTP_FEED;
    }

    /** The cursor: the high-water mark of the last complete pass and, mid-pass, the next page's token. */
    record FeedCursor(String since, String next) {

        static FeedCursor parse(String text) {
            if (text == null || text.isBlank()) {
                return new FeedCursor(null, null);
            }
            String[] parts = text.split("\\|", -1);
            return new FeedCursor(blankToNull(parts[0]), parts.length > 1 ? blankToNull(parts[1]) : null);
        }

        String format() {
            return (since == null ? "" : since) + "|" + (next == null ? "" : next);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    @Override
    public String run(ConnectorContext context) {
        String url = context.settings().get("url").orElseThrow(() -> new IllegalStateException("The feed has no url."));
        int pageSize = context.settings().get("pageSize").map(Integer::parseInt).orElse(DEFAULT_PAGE_SIZE);
        FeedCursor cursor = FeedCursor.parse(context.cursor());
        Instant highWater = cursor.since() == null ? null : Instant.parse(cursor.since());
        Map<String, Long> knownEmployees = new HashMap<>();
        EventRowParser parser = new EventRowParser(calendar.zone(), calendar.now(), false);
        long line = 0;
        String next = cursor.next();
        do {
            JsonNode page = fetch(url, cursor.since(), pageSize, next, context.settings().get("token").orElse(null));
            List<ParsedRow> rows = new ArrayList<>();
            for (JsonNode event : page.path("events")) {
                rows.add(JsonEventRows.parse(parser, ++line, event));
                JsonNode updated = event.get("updated_at");
                if (updated != null && updated.isString()) {
                    Instant at = Instant.parse(updated.asString());
                    highWater = highWater == null || at.isAfter(highWater) ? at : highWater;
                }
            }
            runs.ingestAll(context.runId(), context.sourceId(), rows.iterator(), () -> 0L, knownEmployees);
            JsonNode nextNode = page.get("next");
            next = nextNode == null || nextNode.isNull() || nextNode.asString().isBlank() ? null : nextNode.asString();
            // mid-pass: keep asking from the old mark, continue at the next page; at the end: the new mark
            cursors.store(context.sourceId(), next == null
                    ? new FeedCursor(highWater == null ? null : highWater.toString(), null).format()
                    : new FeedCursor(cursor.since(), next).format());
        } while (next != null);
        return new FeedCursor(highWater == null ? null : highWater.toString(), null).format();
    }

    private JsonNode fetch(String url, String since, int pageSize, String next, String token) {
        StringBuilder address = new StringBuilder(url).append(url.contains("?") ? "&" : "?").append("limit=").append(pageSize);
        if (since != null) {
            address.append("&since=").append(URLEncoder.encode(since, StandardCharsets.UTF_8));
        }
        if (next != null) {
            address.append("&page=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address.toString()))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                String body = response.body();
                throw new IllegalStateException("The feed answered HTTP " + response.statusCode() + " for " + address
                        + (body == null || body.isBlank() ? "" : ": " + body.substring(0, Math.min(300, body.length()))));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The feed could not be read at " + address + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the feed", e);
        }
    }
}
