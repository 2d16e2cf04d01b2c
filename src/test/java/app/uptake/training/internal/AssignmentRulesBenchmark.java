package app.uptake.training.internal;

import app.uptake.shared.CompanyCalendar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Assignment rules for 10,000 employees and 12 live modules with mixed audiences ({@link TrainingBenchData}),
 * target under 5 s. Not part of the build; run on a scratch PostgreSQL database:
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_training_bench \
 *   ./mvnw test -Dtest=AssignmentRulesBenchmark
 * </pre>
 */
@SpringBootTest(properties = {"uptake.demo.enabled=false", "spring.quartz.auto-startup=false",
        "uptake.training.content-dir=target/bench-no-training-content"})
class AssignmentRulesBenchmark {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssignmentRules rules;
    @Autowired
    CompanyCalendar calendar;

    @Test
    void assignTwelveModulesToTenThousandEmployees() {
        TrainingBenchData.build(jdbc, calendar.today());
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        int added = 0;
        for (int round = 0; round < 4; round++) {
            jdbc.update("delete from training_lesson_read where module_id like 'bench-%'");
            jdbc.update("delete from training_assignment where module_id like 'bench-%'");
            long started = System.nanoTime();
            added = rules.assignAll();
            first.add((System.nanoTime() - started) / 1e6);
            started = System.nanoTime();
            int none = rules.assignAll();
            again.add((System.nanoTime() - started) / 1e6);
            if (none != 0) {
                throw new IllegalStateException("second run added " + none);
            }
        }
        System.out.printf("%nBENCH assignment rules, %,d current employees × %d modules (%s):%n",
                jdbc.queryForObject("select count(*) from employee where end_date is null or end_date > current_date", Long.class),
                TrainingBenchData.MODULES, jdbc.queryForObject("select version()", String.class).split(" on ")[0]);
        System.out.printf("BENCH from nothing, %,d assignments added: %s ms (first run cold)%n", added, rounded(first));
        System.out.printf("BENCH again, nothing to add: %s ms%n%n", rounded(again));
    }

    private static String rounded(List<Double> millis) {
        return millis.stream().map(m -> String.format("%.0f", m)).toList().toString();
    }
}
