package app.uptake.activity.internal;

import app.uptake.activity.DataSourceKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * REST API throughput: batches of 1,000 events over real HTTP, one sender and four at once. Not part of the
 * build; run after {@link ActivityIngestBenchmark} on the same scratch database (it uses its 10,000 employees):
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_bench \
 *   ./mvnw test -Dtest=ActivityApiBenchmark -Dbench.batches=100
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uptake.demo.enabled=false", "spring.quartz.auto-startup=false", "logging.level.root=warn"})
class ActivityApiBenchmark {

    private static final String[] TYPES = {"CALL", "EMAIL", "MEETING", "OPPORTUNITY_CREATED", "OPPORTUNITY_WON",
            "RECORD_UPDATED", "CRM_LOGIN"};

    @LocalServerPort
    int port;
    @Autowired
    DataSourceRepository sources;
    @Autowired
    ApiKeyRepository keys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger sequence = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void batchesOfAThousand() throws Exception {
        int batches = Integer.getInteger("bench.batches", 100);
        long employees = jdbc.queryForObject("select count(*) from employee where crm_user_id like 'BENCH%'", Long.class);
        if (employees == 0) {
            throw new IllegalStateException("Run ActivityIngestBenchmark on this database first: it creates the employees.");
        }
        String key = createKey();
        for (int i = 0; i < 5; i++) {
            send(key, new Random(i));
        }
        long started = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            send(key, new Random(1000 + i));
        }
        double single = batches * 1000 / ((System.nanoTime() - started) / 1e9);

        ExecutorService senders = Executors.newFixedThreadPool(4);
        started = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            int seed = 5000 + i;
            sent.add(senders.submit(() -> {
                send(key, new Random(seed));
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        double parallel = batches * 1000 / ((System.nanoTime() - started) / 1e9);
        senders.shutdown();
        System.out.printf("%nBENCH REST API, %d batches of 1,000 events each, %s: one sender %,.0f events/s, "
                + "four senders %,.0f events/s%n%n", batches, jdbc.queryForObject("select version()", String.class)
                .split(" on ")[0], single, parallel);
    }

    private void send(String key, Random rnd) throws Exception {
        StringBuilder body = new StringBuilder(160_000).append("{\"events\":[");
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 1000; i++) {
            String type = TYPES[rnd.nextInt(TYPES.length)];
            body.append(i == 0 ? "" : ",").append("{\"external_id\":\"api-").append(run).append('-')
                    .append(sequence.incrementAndGet()).append("\",\"employee\":\"BENCH")
                    .append(String.format("%05d", rnd.nextInt(10_000))).append("\",\"type\":\"").append(type)
                    .append("\",\"occurred_at\":\"").append(today.minusDays(1 + rnd.nextInt(60))).append("T10:15:00Z\"")
                    .append(type.startsWith("OPPORTUNITY") ? ",\"amount\":" + (1000 + rnd.nextInt(50_000)) : "")
                    .append('}');
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/activity-events")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body.append("]}").toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"accepted\":1000")) {
            throw new IllegalStateException("Batch refused: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private String createKey() {
        return new TransactionTemplate(transactions).execute(status -> {
            DataSourceEntity source = sources.findByCode("BENCH-API").orElseGet(() ->
                    sources.save(new DataSourceEntity("BENCH-API", "Benchmark API", DataSourceKind.API, Instant.now())));
            ApiKeyCodec.NewKey key = ApiKeyCodec.generate();
            keys.save(new ApiKeyEntity(source, "bench", key.prefix(), key.hash(), Instant.now(), "bench"));
            return key.plain();
        });
    }
}
