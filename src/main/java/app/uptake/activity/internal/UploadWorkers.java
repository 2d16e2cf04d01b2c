package app.uptake.activity.internal;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads that run uploaded imports, apart from web requests so that an import goes on when the user
 * closes the browser. Few threads: imports are database-bound, and a queued run simply waits its turn.
 * The executor is held here rather than published as an Executor bean, so that it never replaces the
 * application's default task executor.
 */
@Component
class UploadWorkers {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    UploadWorkers(@Value("${uptake.import.activity.threads:2}") int threads) {
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("activity-import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    /** Runs the import of the run in the background; the run counts as active on this node until it ends. */
    void submit(long runId, Runnable work) {
        active.add(runId);
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } finally {
                    active.remove(runId);
                }
            });
        } catch (RejectedExecutionException e) {
            active.remove(runId);
            throw e;
        }
    }

    boolean isActive(long runId) {
        return active.contains(runId);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
