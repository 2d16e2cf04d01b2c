package app.uptake.activity.internal;

import app.uptake.activity.ImportChannel;
import app.uptake.shared.CompanyCalendar;
import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk ingest: a 1,000,000-row file in Uptake's CSV format for 10,000 employees, read, parsed, validated,
 * stored and rolled up. Not part of the build (excluded by name); run it on a scratch PostgreSQL database:
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_bench \
 *   ./mvnw test -Dtest=ActivityIngestBenchmark -Dbench.rows=1000000
 * </pre>
 */
@SpringBootTest(properties = {"uptake.demo.enabled=false", "spring.quartz.auto-startup=false"})
class ActivityIngestBenchmark {

    private static final int EMPLOYEES = 10_000;
    private static final String[] TYPES = {"CALL", "EMAIL", "MEETING", "VISIT", "CHAT", "OPPORTUNITY_CREATED",
            "OPPORTUNITY_WON", "OPPORTUNITY_LOST", "RECORD_UPDATED", "CRM_LOGIN", "CASE_RESOLVED", "LEAD_CREATED"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportRuns runs;
    @Autowired
    DataSourceRepository sources;
    @Autowired
    CompanyCalendar calendar;

    @Test
    void bulkIngest() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        ensureEmployees();
        Path file = Files.createTempFile("bench-activity", ".csv");
        writeFile(file, rows);
        long sourceId = sources.findByCode("UPLOAD").orElseThrow().getId();
        System.out.printf("%nBENCH file: %,d rows, %,d MB, %d employees, database %s%n", rows, Files.size(file) >> 20,
                EMPLOYEES, jdbc.queryForObject("select version()", String.class));

        long started = System.nanoTime();
        long runId = runs.open(sourceId, ImportChannel.UPLOAD, "bench", file.getFileName().toString(), "UPTAKE", Files.size(file));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Iterator<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).iterator();
            EventRowParser parser = new EventRowParser(calendar.zone(), calendar.now(), false);
            Iterator<ParsedRow> parsed = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public ParsedRow next() {
                    CSVRecord record = records.next();
                    return parser.parse(record.getRecordNumber() + 1, null, record.toMap());
                }
            };
            runs.process(runId, sourceId, parsed, () -> 0L);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> run = jdbc.queryForMap("select accepted, duplicates, rejected from import_run where id = ?", runId);
        Long rollups = jdbc.queryForObject("select count(*) from metric_daily", Long.class);
        System.out.printf("BENCH bulk ingest incl. parsing, validation and rollups: %,d rows in %.1f s = %,.0f events/s "
                + "(accepted %s, duplicates %s, rejected %s; %,d rollup rows)%n%n", rows, seconds, rows / seconds,
                run.get("accepted"), run.get("duplicates"), run.get("rejected"), rollups);
        Files.delete(file);
    }

    private void ensureEmployees() {
        if (jdbc.queryForObject("select count(*) from employee where crm_user_id like 'BENCH%'", Long.class) >= EMPLOYEES) {
            return;
        }
        jdbc.update("insert into org_unit (code, name, kind) values ('BENCH', 'Benchmark company', 'COMPANY')");
        long unit = jdbc.queryForObject("select id from org_unit where code = 'BENCH'", Long.class);
        jdbc.batchUpdate("insert into employee (first_name, last_name, email, job_role, org_unit_id, start_date, locale, "
                        + "crm_user_id) values (?, ?, ?, 'ACCOUNT_EXECUTIVE', ?, ?, 'en', ?)",
                java.util.stream.IntStream.range(0, EMPLOYEES).mapToObj(i -> new Object[] {"Bench", "No" + i,
                        "bench" + i + "@bench.example", unit, LocalDate.of(2020, 1, 1), String.format("BENCH%05d", i)})
                        .toList());
    }

    private void writeFile(Path file, int rows) throws Exception {
        Random rnd = new Random(42);
        LocalDate today = calendar.today();
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("external_id,employee,type,occurred_at,direction,duration_minutes,account,amount,margin,completeness\n");
            for (int i = 0; i < rows; i++) {
                String type = TYPES[rnd.nextInt(TYPES.length)];
                LocalDate day = today.minusDays(1 + rnd.nextInt(364));
                out.write("B" + run + "-" + i + ",BENCH" + String.format("%05d", rnd.nextInt(EMPLOYEES)) + "," + type + ","
                        + day + " " + (8 + rnd.nextInt(10)) + ":" + (10 + rnd.nextInt(50)) + ","
                        + (type.equals("CALL") ? "out," + (1 + rnd.nextInt(30)) : ",") + ",ACC-" + rnd.nextInt(50_000) + ","
                        + (type.startsWith("OPPORTUNITY") ? (1000 + rnd.nextInt(90_000)) + "," + (100 + rnd.nextInt(9_000)) : ",")
                        + "," + (type.equals("RECORD_UPDATED") ? "0." + (50 + rnd.nextInt(50)) : "") + "\n");
            }
        }
    }
}
