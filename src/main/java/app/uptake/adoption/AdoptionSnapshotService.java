package app.uptake.adoption;

import app.uptake.adoption.internal.AdoptionCalculator;
import app.uptake.adoption.internal.SettingsStore;
import app.uptake.adoption.internal.SnapshotStore;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.organization.Employment;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DateRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weekly snapshots of the adoption index: every employee employed in an ISO week (Monday to Sunday) with their
 * components, index and org unit, and every org unit with its headcount and aggregates over its whole subtree.
 *
 * <p>Computing a week again replaces it: one transaction deletes what was stored for the week and writes it anew,
 * after locking the settings row, so two runs of the same week (a second node, a manual run beside the job) take
 * turns and the second simply replaces the first. For the weekly job and the demo; it checks nobody, as it shows
 * nothing (reads go through {@link AdoptionService}).
 */
@Service
public class AdoptionSnapshotService {

    private static final Logger LOG = LoggerFactory.getLogger(AdoptionSnapshotService.class);

    private final AdoptionCalculator calculator;
    private final SnapshotStore store;
    private final SettingsStore settings;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final int recomputeWeeks;

    AdoptionSnapshotService(AdoptionCalculator calculator, SnapshotStore store, SettingsStore settings,
            EmployeeDirectory directory, CompanyCalendar calendar, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, @Value("${uptake.adoption.recompute-weeks:26}") int recomputeWeeks) {
        this.calculator = calculator;
        this.store = store;
        this.settings = settings;
        this.directory = directory;
        this.calendar = calendar;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.recomputeWeeks = recomputeWeeks;
    }

    /** The Monday of the ISO week the day falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Computes (or recomputes) the week the day falls in. Refused for a week that is not over yet: a snapshot is of
     * a whole week.
     */
    public SnapshotRun snapshot(LocalDate dayOfWeek) {
        LocalDate week = weekOf(dayOfWeek);
        if (!week.plusDays(6).isBefore(calendar.today())) {
            throw new BusinessRuleException("adoption.snapshot.error.notOver", week);
        }
        long started = System.nanoTime();
        SnapshotRun run = transaction.execute(status -> {
            settings.lockForSnapshot();
            return compute(week, started);
        });
        events.publishEvent(new AdoptionSnapshotTaken(run.week(), run.employees()));
        return run;
    }

    /**
     * The weekly run: last week, then every past week late activity made dirty (within the last
     * {@code uptake.adoption.recompute-weeks}, default 26; older marks are dropped), each in its own transaction.
     */
    public List<SnapshotRun> runWeekly() {
        LocalDate lastWeek = weekOf(calendar.today()).minusWeeks(1);
        LocalDate oldest = lastWeek.minusWeeks(recomputeWeeks - 1L);
        Integer dropped = transaction.execute(status -> store.forgetDirtyBefore(oldest));
        if (dropped != null && dropped > 0) {
            LOG.info("Adoption snapshots: {} dirty weeks before {} are too old to recompute", dropped, oldest);
        }
        List<SnapshotRun> runs = new ArrayList<>();
        runs.add(snapshot(lastWeek));
        for (LocalDate dirty : store.dirtyWeeks()) {
            if (dirty.isBefore(lastWeek)) {
                runs.add(snapshot(dirty));
            }
        }
        return runs;
    }

    private SnapshotRun compute(LocalDate week, long started) {
        AdoptionSettings current = settings.read();
        DateRange days = new DateRange(week, week.plusDays(6));
        List<Employment> people = directory.everyone().stream().filter(e -> e.employedDuring(days) != null).toList();
        Map<Long, AdoptionScore> scores = calculator.scores(people, days, current);
        Map<Long, Long> parents = directory.unitParents();
        Map<Long, AdoptionMath.Tally> tallies = new HashMap<>();
        List<SnapshotStore.EmployeeRow> rows = new ArrayList<>(people.size());
        for (Employment person : people) {
            AdoptionScore score = scores.get(person.employeeId());
            rows.add(new SnapshotStore.EmployeeRow(week, person.employeeId(), person.orgUnitId(), score.components(),
                    score.index()));
            Set<Long> seen = new HashSet<>();
            for (Long unit = person.orgUnitId(); unit != null && seen.add(unit); unit = parents.get(unit)) {
                tallies.computeIfAbsent(unit, u -> new AdoptionMath.Tally()).add(score);
            }
        }
        List<SnapshotStore.UnitRow> units = new ArrayList<>(tallies.size());
        tallies.forEach((unit, tally) -> {
            GroupScore group = tally.result();
            units.add(new SnapshotStore.UnitRow(week, unit, group, group.headcount() < current.minGroupSize()));
        });
        store.replaceWeek(week, rows, units, calendar.now());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Adoption snapshot of the week of {}: {} employees, {} units in {} ms", week, rows.size(), units.size(),
                took.toMillis());
        return new SnapshotRun(week, rows.size(), units.size(), took);
    }
}
