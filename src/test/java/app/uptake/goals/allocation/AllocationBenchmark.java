package app.uptake.goals.allocation;

import app.uptake.goals.MetricNature;
import static app.uptake.goals.allocation.TestMetrics.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Allocates one goal to 10,000 employees in 100 teams of 100, two levels deep (company → teams → employees),
 * with every strategy that fits, and prints the time per full cascade. Not part of the build; pure Java, so it
 * needs no database:
 *
 * <pre>
 * ./mvnw -o test -Dtest=AllocationBenchmark
 * </pre>
 */
class AllocationBenchmark {

    private static final int TEAMS = 100;
    private static final int PEOPLE_PER_TEAM = 100;
    private static final int ROUNDS = 10;

    @Test
    void allocateOneGoalToTenThousandEmployees() {
        List<List<AllocationChild>> teams = company(new Random(42));
        AllocationMetric revenue = of(WON_REVENUE);
        AllocationMetric winRate = of(WIN_RATE);
        System.out.printf("%nBENCH cascade allocation, 1 goal → %d teams → %,d employees (%d rounds after %d warm-up)%n",
                TEAMS, TEAMS * PEOPLE_PER_TEAM, ROUNDS, ROUNDS);
        for (AllocationStrategy strategy : List.of(AllocationStrategy.EQUAL, AllocationStrategy.PROPORTIONAL_TO_BASELINE,
                AllocationStrategy.PROPORTIONAL_TO_CAPACITY)) {
            // 10 % above what the known baselines add up to, so warnings mark the people without one and real outliers
            report("additive " + strategy, () -> cascade(revenue, revenueTarget(teams), strategy, teams));
        }
        for (AllocationStrategy strategy : List.of(AllocationStrategy.EQUAL, AllocationStrategy.PROPORTIONAL_TO_BASELINE)) {
            report("ratio " + strategy, () -> cascade(winRate, new BigDecimal("27.5"), strategy, teams));
        }
        System.out.println();
    }

    private static void report(String name, java.util.function.IntSupplier run) {
        int warnings = 0;
        for (int i = 0; i < ROUNDS; i++) {
            warnings = run.getAsInt();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            run.getAsInt();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        double best = millis.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf("BENCH %-34s best %6.1f ms, mean %6.1f ms, %,d baseline warnings%n", name, best, mean, warnings);
    }

    /** Company → teams → employees, each level allocated and checked; returns the number of warnings. */
    private static int cascade(AllocationMetric metric, BigDecimal target, AllocationStrategy strategy,
            List<List<AllocationChild>> teams) {
        List<AllocationChild> units = new ArrayList<>(TEAMS);
        for (int t = 0; t < TEAMS; t++) {
            units.add(unitOf("team-" + t, teams.get(t), metric.nature()));
        }
        Allocation top = CascadeAllocator.allocate(AllocationRequest.of(metric, target, Q2, strategy, units));
        requireAligned(top);
        int warnings = top.alignment().warnings().size();
        for (int t = 0; t < TEAMS; t++) {
            Allocation team = CascadeAllocator.allocate(AllocationRequest.of(metric, top.targets().get(t).target(), Q2,
                    strategy, teams.get(t)));
            requireAligned(team);
            warnings += team.alignment().warnings().size();
        }
        return warnings;
    }

    private static void requireAligned(Allocation allocation) {
        if (allocation.nature() == MetricNature.ADDITIVE) {
            BigDecimal sum = allocation.targets().stream().map(ChildTarget::target).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(allocation.parentTarget()) != 0) {
                throw new IllegalStateException("does not add up: " + sum + " vs " + allocation.parentTarget());
            }
        }
        allocation.alignment().requireAligned();
    }

    private static BigDecimal revenueTarget(List<List<AllocationChild>> teams) {
        BigDecimal known = teams.stream().flatMap(List::stream).map(AllocationChild::baseline).filter(b -> b != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return known.multiply(new BigDecimal("1.1")).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    /**
     * A team: its people's baselines added up (additive) or weighted by their expected denominators (ratio),
     * the Σ of their expected denominators, all their working times.
     */
    private static AllocationChild unitOf(String id, List<AllocationChild> people, MetricNature nature) {
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        List<WorkingTime> times = new ArrayList<>();
        for (AllocationChild person : people) {
            if (person.baseline() != null) {
                baseline = baseline.add(person.baseline());
                weighted = weighted.add(person.baseline().multiply(person.expectedDenominator()));
                denominators = denominators.add(person.expectedDenominator());
            }
            times.addAll(person.workingTimes());
        }
        BigDecimal total = people.stream().map(AllocationChild::expectedDenominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal teamBaseline = nature == MetricNature.ADDITIVE ? baseline
                : weighted.divide(denominators, 4, java.math.RoundingMode.HALF_EVEN);
        return AllocationChild.unit(id, id, teamBaseline, total, times);
    }

    /** 100 teams of 100: one in ten part-time, one in twenty joining and one in twenty leaving mid-quarter, 2 % new. */
    private static List<List<AllocationChild>> company(Random random) {
        List<List<AllocationChild>> teams = new ArrayList<>(TEAMS);
        for (int t = 0; t < TEAMS; t++) {
            List<AllocationChild> people = new ArrayList<>(PEOPLE_PER_TEAM);
            for (int p = 0; p < PEOPLE_PER_TEAM; p++) {
                int roll = random.nextInt(100);
                BigDecimal fte = roll < 10 ? new BigDecimal("0.5") : BigDecimal.ONE;
                LocalDate start = roll >= 10 && roll < 15 ? Q2.from().plusDays(random.nextInt(90)) : null;
                LocalDate end = roll >= 15 && roll < 20 ? Q2.from().plusDays(random.nextInt(90)) : null;
                BigDecimal baseline = roll >= 98 ? null : BigDecimal.valueOf(20 + random.nextInt(40));
                BigDecimal expected = BigDecimal.valueOf(5 + random.nextInt(30));
                people.add(AllocationChild.person("e-" + t + "-" + p, "Employee " + p, baseline, expected, fte, start, end));
            }
            teams.add(people);
        }
        return teams;
    }
}
