package app.uptake.training.internal;

import app.uptake.shared.CompanyCalendar;
import app.uptake.training.ComplianceFilter;
import app.uptake.training.ComplianceState;
import app.uptake.training.TrainingComplianceService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The compliance matrix's first page for 10,000 employees × 12 modules with realistic progress
 * ({@link TrainingBenchData}), target under 300 ms server time: what the view asks for when it opens (the count,
 * the first 50 rows with their cells, completion per unit). Not part of the build; run on a scratch PostgreSQL
 * database:
 *
 * <pre>
 * SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/uptake_training_bench \
 *   ./mvnw test -Dtest=TrainingComplianceBenchmark
 * </pre>
 */
@SpringBootTest(properties = {"uptake.demo.enabled=false", "spring.quartz.auto-startup=false",
        "uptake.training.content-dir=target/bench-no-training-content"})
class TrainingComplianceBenchmark {

    static final int PAGE = 50;
    static final int RUNS = 40;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssignmentRules rules;
    @Autowired
    CompanyCalendar calendar;
    @Autowired
    TrainingComplianceService compliance;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void firstPageOfTheMatrix() {
        TrainingBenchData.build(jdbc, calendar.today());
        if (jdbc.queryForObject("select count(*) from training_assignment where module_id like 'bench-%'", Long.class) == 0) {
            rules.assignAll();
        }
        TrainingBenchData.seedProgress(jdbc);
        long bt = jdbc.queryForObject("select id from org_unit where code = 'BT'", Long.class);
        long division = jdbc.queryForObject("select id from org_unit where code = 'BT-3'", Long.class);
        System.out.printf("%nBENCH compliance matrix, %,d employees, %,d assignments, %,d lessons read (%s), %d runs each:%n",
                jdbc.queryForObject("select count(*) from employee", Long.class),
                jdbc.queryForObject("select count(*) from training_assignment", Long.class),
                jdbc.queryForObject("select count(*) from training_lesson_read", Long.class),
                jdbc.queryForObject("select version()", String.class).split(" on ")[0], RUNS);

        ComplianceFilter company = ComplianceFilter.none().withOrgUnit(bt);
        measure(TrainingBenchData.HR_LOGIN, "HR, whole company", company);
        measure(TrainingBenchData.HR_LOGIN, "HR, no filter (all current employees)", ComplianceFilter.none());
        measure(TrainingBenchData.HR_LOGIN, "HR, overdue in any module", company.withState(ComplianceState.OVERDUE));
        measure(TrainingBenchData.HR_LOGIN, "HR, not assigned bench-09", company.withModule("bench-09")
                .withState(ComplianceState.NOT_ASSIGNED));
        measure(TrainingBenchData.HR_LOGIN, "HR, name search 'mül'", company.withText("mül"));
        measure(TrainingBenchData.HR_LOGIN, "HR, one division", ComplianceFilter.none().withOrgUnit(division));
        measure(TrainingBenchData.CEO_LOGIN, "managing director, line of 10,000", ComplianceFilter.none());
        measure(TrainingBenchData.DIVISION_LOGIN, "division head, line of ~1,000", ComplianceFilter.none());
        measure(TrainingBenchData.TEAM_LOGIN, "team lead, line of 19", ComplianceFilter.none());
        System.out.println();
    }

    private void measure(String login, String label, ComplianceFilter filter) {
        UserDetails details = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        for (int warmup = 0; warmup < 10; warmup++) {
            compliance.count(filter);
            compliance.page(filter, 0, PAGE);
            compliance.completionByUnit(filter);
        }
        List<Long> total = new ArrayList<>();
        List<Long> count = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        List<Long> rates = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            rows = time(count, () -> compliance.count(filter));
            time(page, () -> compliance.page(filter, 0, PAGE).size());
            time(rates, () -> compliance.completionByUnit(filter).units().size());
            total.add(System.nanoTime() - started);
        }
        System.out.printf("BENCH %-42s %,6d rows: first page p50 %6.1f ms, p95 %6.1f ms (count %5.1f, page %5.1f, "
                + "rates %5.1f ms p50)%n", label, rows, p(total, 50), p(total, 95), p(count, 50), p(page, 50), p(rates, 50));
    }

    private static long time(List<Long> into, Supplier<Number> call) {
        long started = System.nanoTime();
        long result = call.get().longValue();
        into.add(System.nanoTime() - started);
        return result;
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
