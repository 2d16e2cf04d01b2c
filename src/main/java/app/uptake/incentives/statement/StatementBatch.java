package app.uptake.incentives.statement;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Renders many statements on a bounded pool of threads and hands them on in their original order, for a bulk job:
 * each PDF is built by one thread on its own document (PDFBox documents are not shared), and at most two per thread
 * are waiting at any time, so memory stays flat however many statements there are.
 */
public final class StatementBatch {

    private static final int IN_FLIGHT_PER_THREAD = 2;

    private StatementBatch() {
    }

    /**
     * Renders every content and passes it with its PDF to {@code sink}, in the order of {@code contents}, on the calling
     * thread (so the sink, such as a {@link StatementZip}, needs no locking). Contents are read from the iterator only
     * as the pool has room, so they may come straight from a database cursor.
     *
     * @param threads at most this many statements are rendered at once; the machine's cores are a good choice
     * @return how many statements were rendered
     * @throws IllegalStateException when a statement could not be rendered; the rest are not rendered then
     */
    public static int render(StatementPdf pdf, Iterator<StatementContent> contents, int threads,
            BiConsumer<StatementContent, RenderedStatement> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        record Pending(StatementContent content, Future<RenderedStatement> pdf) {
        }
        int limit = threads * IN_FLIGHT_PER_THREAD;
        Deque<Pending> pending = new ArrayDeque<>(limit);
        int count = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, renderThreads())) {
            try {
                while (contents.hasNext() || !pending.isEmpty()) {
                    while (pending.size() < limit && contents.hasNext()) {
                        StatementContent content = contents.next();
                        pending.add(new Pending(content, pool.submit(() -> pdf.render(content))));
                    }
                    Pending next = pending.poll();
                    sink.accept(next.content(), next.pdf().get());
                    count++;
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("A statement could not be rendered", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while rendering statements", e);
            } finally {
                pending.forEach(p -> p.pdf().cancel(true));
                pool.shutdownNow();
            }
        }
        return count;
    }

    private static ThreadFactory renderThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "statement-render-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
