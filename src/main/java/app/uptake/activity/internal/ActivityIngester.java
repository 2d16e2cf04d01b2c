package app.uptake.activity.internal;

import app.uptake.activity.ActivitiesIngested;
import app.uptake.activity.ActivityEventInput;
import app.uptake.activity.IngestOutcome;
import app.uptake.activity.IngestTally;
import app.uptake.organization.EmployeeDirectory;
import app.uptake.shared.CompanyCalendar;
import app.uptake.shared.DatabaseVendor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a batch of parsed rows, idempotently by (data source, external id): a new id is stored, a higher
 * revision replaces the stored event, the same or a lower revision changes nothing. Every row gets an outcome;
 * refused rows are kept with the run. Metrics follow through {@link ActivitiesIngested}, in the same
 * transaction, so a committed event is always counted and a rolled-back one never.
 */
@Component
class ActivityIngester {

    /** Events that reach us later than this after they happened count as late arrivals. */
    static final Duration LATE_AFTER = Duration.ofDays(2);
    /** Marks a reference that matched no employee. */
    static final long UNKNOWN = -1L;

    private final EventStore store;
    private final EmployeeDirectory directory;
    private final CompanyCalendar calendar;
    private final ApplicationEventPublisher events;
    private final boolean postgres;

    ActivityIngester(EventStore store, EmployeeDirectory directory, CompanyCalendar calendar,
            ApplicationEventPublisher events, DatabaseVendor vendor) {
        this.postgres = vendor.isPostgres();
        this.store = store;
        this.directory = directory;
        this.calendar = calendar;
        this.events = events;
    }

    /** One row's fate, for per-item API answers and previews. */
    record ItemResult(long line, String externalId, IngestOutcome outcome, RowProblem problem) {
    }

    record BatchResult(List<ItemResult> items, IngestTally tally) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    BatchResult ingest(long sourceId, Long runId, List<ParsedRow> delivered) {
        return ingest(sourceId, runId, delivered, new HashMap<>());
    }

    /**
     * {@code knownEmployees}: employee references resolved by earlier chunks of the same run (ids, or
     * {@link #UNKNOWN}); filled as it goes, so a large file asks the directory about each person once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    BatchResult ingest(long sourceId, Long runId, List<ParsedRow> delivered, Map<String, Long> knownEmployees) {
        List<ParsedRow> rows = new ArrayList<>(delivered);
        Instant now = calendar.now();
        Map<String, Long> employees = resolve(rows, knownEmployees);

        ItemResult[] results = new ItemResult[rows.size()];
        List<ParsedRow> rejected = new ArrayList<>();
        // the row that wins per external id: the highest revision, the first of equals
        Map<String, Integer> winners = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow row = rows.get(i);
            if (row.event() != null && !employees.containsKey(row.event().employeeRef())) {
                // keeps the event, so the rejection still names its external id
                row = new ParsedRow(row.line(), row.raw(), row.event(), RowProblem.of("unknownEmployee", row.event().employeeRef()));
                rows.set(i, row);
            }
            if (row.problem() != null) {
                rejected.add(row);
                results[i] = new ItemResult(row.line(), row.externalIdOrNull(), IngestOutcome.REJECTED, row.problem());
                continue;
            }
            Integer earlier = winners.get(row.event().externalId());
            if (earlier == null) {
                winners.put(row.event().externalId(), i);
            } else if (rows.get(earlier).event().revision() < row.event().revision()) {
                results[earlier] = new ItemResult(rows.get(earlier).line(), rows.get(earlier).event().externalId(),
                        IngestOutcome.STALE, null);
                winners.put(row.event().externalId(), i);
            } else {
                results[i] = new ItemResult(row.line(), row.event().externalId(),
                        rows.get(earlier).event().revision() == row.event().revision() ? IngestOutcome.DUPLICATE
                                : IngestOutcome.STALE, null);
            }
        }

        Map<String, EventStore.StoredEvent> stored = store.findExisting(sourceId, winners.keySet());
        List<EventStore.Write> inserts = new ArrayList<>();
        List<EventStore.Write> corrections = new ArrayList<>();
        List<Long> correctedIds = new ArrayList<>();
        Map<Long, Set<LocalDate>> affected = new HashMap<>();
        List<ActivitiesIngested.AddedEvent> added = new ArrayList<>();
        Map<Long, Set<LocalDate>> recount = new HashMap<>();
        long late = 0;
        for (int i : winners.values()) {
            ActivityEventInput event = rows.get(i).event();
            long employeeId = employees.get(event.employeeRef());
            LocalDate day = calendar.dayOf(event.occurredAt());
            EventStore.StoredEvent existing = stored.get(event.externalId());
            IngestOutcome outcome;
            if (existing == null) {
                outcome = IngestOutcome.ACCEPTED;
                inserts.add(new EventStore.Write(sourceId, event, employeeId, day, now, runId));
                added.add(new ActivitiesIngested.AddedEvent(employeeId, day, event));
            } else if (existing.revision() < event.revision()) {
                outcome = IngestOutcome.CORRECTED;
                corrections.add(new EventStore.Write(sourceId, event, employeeId, day, now, runId));
                correctedIds.add(existing.id());
                affected.computeIfAbsent(existing.employeeId(), id -> new HashSet<>()).add(existing.occurredOn());
                recount.computeIfAbsent(existing.employeeId(), id -> new HashSet<>()).add(existing.occurredOn());
                recount.computeIfAbsent(employeeId, id -> new HashSet<>()).add(day);
            } else {
                outcome = existing.revision() == event.revision() ? IngestOutcome.DUPLICATE : IngestOutcome.STALE;
            }
            if (outcome == IngestOutcome.ACCEPTED || outcome == IngestOutcome.CORRECTED) {
                affected.computeIfAbsent(employeeId, id -> new HashSet<>()).add(day);
                if (event.occurredAt().plus(LATE_AFTER).isBefore(now)) {
                    late++;
                }
            }
            results[i] = new ItemResult(rows.get(i).line(), event.externalId(), outcome, null);
        }

        if (!recount.isEmpty() || !postgres) {
            // days are counted again below: no other batch may add to these people's figures meanwhile. Taken
            // before our inserts' foreign-key locks and in id order, so that two batches cannot deadlock.
            directory.lockInOrder(affected.keySet());
        }
        // On PostgreSQL a batch that only adds events needs no lock of its own: inserting an event takes a key
        // share lock on its employee, which lets other adding batches through but waits for a recounting one.
        // Inserting in employee order takes those locks in the same order as lockInOrder.
        inserts.sort(Comparator.comparingLong(EventStore.Write::employeeId));
        store.insert(inserts);
        store.replace(corrections, correctedIds);
        if (runId != null) {
            store.insertRejections(runId, rejected);
        }
        if (!affected.isEmpty()) {
            events.publishEvent(new ActivitiesIngested(affected, added, recount));
        }
        List<ItemResult> items = List.of(results).stream().map(Objects::requireNonNull).toList();
        return new BatchResult(items, tally(items, late));
    }

    private Map<String, Long> resolve(List<ParsedRow> rows, Map<String, Long> known) {
        List<String> unresolved = rows.stream().filter(r -> r.event() != null).map(r -> r.event().employeeRef())
                .filter(ref -> !known.containsKey(ref)).distinct().toList();
        if (!unresolved.isEmpty()) {
            Map<String, Long> found = directory.resolve(unresolved);
            unresolved.forEach(ref -> known.put(ref, found.getOrDefault(ref, UNKNOWN)));
        }
        Map<String, Long> employees = new HashMap<>();
        known.forEach((ref, id) -> {
            if (id != UNKNOWN) {
                employees.put(ref, id);
            }
        });
        return employees;
    }

    private static IngestTally tally(List<ItemResult> items, long late) {
        long[] counts = new long[IngestOutcome.values().length];
        items.forEach(item -> counts[item.outcome().ordinal()]++);
        return new IngestTally(counts[IngestOutcome.ACCEPTED.ordinal()], counts[IngestOutcome.CORRECTED.ordinal()],
                counts[IngestOutcome.DUPLICATE.ordinal()], counts[IngestOutcome.STALE.ordinal()],
                counts[IngestOutcome.REJECTED.ordinal()], late);
    }
}
