package app.uptake.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.activity.DataSourceKind;
import app.uptake.activity.ImportStatus;
import app.uptake.support.DemoLogins;
import app.uptake.support.UptakeSpringTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The HTTP feed connector against a local stub feed of three pages, two events each (dated 2006). */
@UptakeSpringTest
class HttpFeedConnectorTest {

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

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile boolean failOnPageThree;
    volatile int status = 200;
    String tag;
    long sourceId;

    @BeforeEach
    void startStubFeed() throws IOException {
        tag = UUID.randomUUID().toString().substring(0, 8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(query);
            String body;
            int code = status;
            if (query.contains("since=2006-03-06")) {
                body = "{\"events\": [], \"next\": null}";
            } else if (query.contains("page=p3")) {
                code = failOnPageThree ? 503 : code;
                body = failOnPageThree ? "maintenance" : page(5, null);
            } else if (query.contains("page=p2")) {
                body = page(3, "p3");
            } else {
                body = page(1, "p2");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        sourceId = new TransactionTemplate(transactions).execute(s -> {
            DataSourceEntity source = new DataSourceEntity("FEED-" + tag.toUpperCase(), "Feed", DataSourceKind.HTTP_FEED,
                    Instant.now());
            source.setSettings("url=http://127.0.0.1:" + server.getAddress().getPort() + "/feed\npageSize=2");
            source.setIntervalMinutes(60);
            return sources.save(source).getId();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Two calls on the 1st/3rd/5th of March 2006, updated on the same day. */
    private String page(int firstDay, String next) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            int day = firstDay + i;
            events.append(i == 0 ? "" : ",").append("""
                    {"external_id": "%s-%d", "employee": "%s", "type": "CALL", "occurred_at": "2006-03-0%dT10:00:00Z",
                     "updated_at": "2006-03-0%dT12:00:00Z"}""".formatted(tag, day, DemoLogins.EMPLOYEE, day, day));
        }
        return "{\"events\": [" + events + "], \"next\": " + (next == null ? "null" : "\"" + next + "\"") + "}";
    }

    @Test
    void pagesThroughTheFeedAndAsksOnlyForNewerEventsNextTime() {
        long firstRun = runner.run(sourceId, "test");
        assertThat(runs.findById(firstRun).orElseThrow().tally().accepted()).isEqualTo(6);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0)).doesNotContain("since=");
        assertThat(cursor()).isEqualTo("2006-03-06T12:00:00Z|");

        long secondRun = runner.run(sourceId, "test");
        assertThat(requests.get(3)).contains("since=2006-03-06T12%3A00%3A00Z");
        assertThat(runs.findById(secondRun).orElseThrow().tally().total()).isZero();
        assertThat(events()).isEqualTo(6);
    }

    @Test
    void aRunThatDiesMidWayResumesWhereItStoppedAndCountsEveryEventOnce() {
        failOnPageThree = true;
        long broken = runner.run(sourceId, "test");
        ImportRunEntity run = runs.findById(broken).orElseThrow();
        assertThat(run.getStatus()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.getFailure()).contains("HTTP 503", "maintenance");
        assertThat(events()).isEqualTo(4);
        assertThat(cursor()).isEqualTo("|p3");

        failOnPageThree = false;
        long resumed = runner.run(sourceId, "test");
        assertThat(requests.getLast()).contains("page=p3");
        assertThat(runs.findById(resumed).orElseThrow().tally().accepted()).isEqualTo(2);
        assertThat(events()).isEqualTo(6);
    }

    @Test
    void anHttpErrorFailsTheRunWithTheStatus() {
        status = 500;
        long failed = runner.run(sourceId, "test");
        assertThat(runs.findById(failed).orElseThrow().getFailure()).contains("HTTP 500");
        assertThat(events()).isZero();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from activity_event where source_id = ?", Long.class, sourceId);
    }

    private String cursor() {
        return jdbc.queryForObject("select cursor_value from data_source where id = ?", String.class, sourceId);
    }
}
