package app.uptake.incentives.statement;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * Statement PDFs for a run of 10,000 employees (five components, three gates, the full explanation; every seventh with
 * an adjustment, every twentieth a joiner, half in German), rendered on a pool of one thread per core into a ZIP that
 * is thrown away as it is written. Prints the time per PDF on one thread, the PDFs per second on the pool, and the
 * heap in use after a full GC at 1,000, 5,000 and 10,000 statements, which stays flat because nothing is kept. Needs
 * no database. Not part of the build:
 *
 * <pre>
 * ./mvnw -o test -Dtest=StatementPdfBenchmark [-Dstatements=10000] [-Dthreads=2]
 * </pre>
 */
class StatementPdfBenchmark {

    private static final int STATEMENTS = Integer.getInteger("statements", 10_000);
    private static final int THREADS = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
    private static final int WARM_UP = 400;
    private static final int SINGLE = 400;

    private final StatementPdf pdf = new StatementPdf(StatementFixtures.I18N);

    @Test
    void renderTenThousandStatements() {
        for (int i = 0; i < WARM_UP; i++) {
            pdf.render(content(i));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[SINGLE];
        double[] cpuMillis = new double[SINGLE];
        long bytes = 0;
        for (int i = 0; i < SINGLE; i++) {
            StatementContent content = content(WARM_UP + i);
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            bytes += pdf.render(content).pdf().length;
            millis[i] = (System.nanoTime() - started) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        System.out.printf("%nBENCH machine: %d cores, load average %.1f when measuring (above the core count, other "
                + "processes share the cores and the wall-clock figures below drop)%n", os.getAvailableProcessors(),
                os.getSystemLoadAverage());
        System.out.printf("BENCH statement PDF, one thread: median %.1f ms, p95 %.1f ms per PDF wall clock; CPU time "
                + "median %.1f ms, p95 %.1f ms (%d PDFs, %,d bytes each on average)%n", millis[SINGLE / 2],
                millis[p95(SINGLE)], cpuMillis[SINGLE / 2], cpuMillis[p95(SINGLE)], SINGLE, bytes / SINGLE);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long processCpu = os.getProcessCpuTime();
        System.out.printf("BENCH heap in use after GC before the run: %.1f MB%n", usedAfterGc(memory));
        CountingSink sink = new CountingSink();
        int[] done = {0};
        long started = System.nanoTime();
        try (StatementZip zip = new StatementZip(sink)) {
            StatementBatch.render(pdf, contents(STATEMENTS), THREADS, (content, statement) -> {
                zip.add(content, statement);
                done[0]++;
                if (done[0] == 1_000 || done[0] == 5_000 || done[0] == 10_000 || done[0] == STATEMENTS) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("BENCH %,6d statements after %6.1f s (%.1f PDFs/s so far): heap in use after "
                            + "GC %.1f MB%n", done[0], seconds, done[0] / seconds, usedAfterGc(memory));
                }
            });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - processCpu) / 1e9;
        int busyCores = Math.min(THREADS, os.getAvailableProcessors());
        System.out.printf("BENCH %,d statements on %d threads into a ZIP of %,d bytes: %.1f s, %.1f PDFs per second "
                + "wall clock (including the GC pauses for the heap figures)%n", STATEMENTS, THREADS, sink.bytes, seconds,
                STATEMENTS / seconds);
        System.out.printf("BENCH the process used %.1f CPU seconds for them (all threads, GC and JIT included): %.2f ms "
                + "per PDF, so %d otherwise idle cores render about %.0f PDFs per second%n%n", cpuSeconds,
                cpuSeconds * 1000 / STATEMENTS, busyCores, STATEMENTS / cpuSeconds * busyCores);
    }

    private static int p95(int count) {
        return (int) Math.ceil(count * 0.95) - 1;
    }

    private static StatementContent content(int n) {
        return StatementFixtures.realistic(n, n % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH);
    }

    /** The contents one by one, built as the pool asks for them, as a database cursor would hand them out. */
    private static Iterator<StatementContent> contents(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public StatementContent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return content(next++);
            }
        };
    }

    private static double usedAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** Counts what the ZIP writes and keeps none of it. */
    private static final class CountingSink extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
