package app.uptake.metrics.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Settles the unit totals' log ({@link UnitTotals#settle()}) once ingestion has been quiet for five seconds, and at
 * least once a minute while it goes on. Reads are exact without it (they add what is pending); settling keeps the log,
 * which reads scan, short. Looks at the log's length every second; several application nodes take turns on the lock
 * row. {@code uptake.metrics.unit-totals.refresh=false} leaves settling to the caller (tests).
 */
@Component
class UnitTotalsRefresher implements SmartLifecycle {

    static final Duration QUIET = Duration.ofSeconds(5);
    static final Duration AT_MOST = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(UnitTotalsRefresher.class);

    private final UnitTotals totals;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    private long lastCount;
    private long changedAt;
    private long waitingSince = -1;

    UnitTotalsRefresher(UnitTotals totals, @Value("${uptake.metrics.unit-totals.refresh:true}") boolean enabled) {
        this.totals = totals;
        this.enabled = enabled;
    }

    /**
     * Whether to settle now, given the log's length at {@code now} (monotonic nanoseconds: intervals of the machine,
     * not dates of the business, so no {@link java.time.Clock}): when the length has not changed for {@link #QUIET},
     * or the log has not been empty for {@link #AT_MOST}.
     */
    synchronized boolean due(long pending, long now) {
        if (pending == 0) {
            waitingSince = -1;
            lastCount = 0;
            return false;
        }
        if (waitingSince < 0) {
            waitingSince = now;
            changedAt = now;
        } else if (pending != lastCount) {
            changedAt = now;
        }
        lastCount = pending;
        return now - changedAt >= QUIET.toNanos() || now - waitingSince >= AT_MOST.toNanos();
    }

    synchronized void settled() {
        waitingSince = -1;
        lastCount = 0;
    }

    void tick() {
        try {
            if (due(totals.pendingCount(), System.nanoTime())) {
                long started = System.nanoTime();
                int rows = totals.settle();
                settled();
                log.debug("Unit totals settled: {} rows in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // the log stays and is tried again; reads add it meanwhile
            log.warn("Settling the unit totals failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (!enabled || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("unit-totals").daemon().factory());
        executor.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
