package dev.termbot.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link Workload}s over a corpus on the calling thread. Each workload is warmed up, then the
 * timed runs are interleaved (run 1 of every workload, then run 2 of every workload, ...), so a
 * burst of load from elsewhere on the machine hits all of them alike and the ratios between them
 * hold. A run has a fixed length and continues through the corpus where the workload's previous
 * run stopped (wrapping around), so a slow workload still sees fresh messages in every run. The
 * clock is read every {@link #CHUNK} messages; a full GC before each run keeps one run's garbage
 * out of the next.
 *
 * <p>Not thread-safe; single-threaded by design (the figures are per core).
 */
final class Throughput {
    static final int CHUNK = 32;

    private final BenchCorpus corpus;
    private final Timing timing;

    Throughput(BenchCorpus corpus, Timing timing) {
        this.corpus = corpus;
        this.timing = timing;
    }

    /** One rate per workload, in the order given. */
    List<Rate> measure(List<Workload> workloads) {
        int count = workloads.size();
        Cursor[] cursors = new Cursor[count];
        for (int w = 0; w < count; w++) {
            cursors[w] = new Cursor();
            run(workloads.get(w), cursors[w], seconds(timing.warmupSeconds()));
        }
        double[][] msgs = new double[count][timing.runs()];
        double[][] mb = new double[count][timing.runs()];
        long[] messages = new long[count];
        long[] checksums = new long[count];
        for (int r = 0; r < timing.runs(); r++) {
            for (int w = 0; w < count; w++) {
                System.gc();
                Slice slice = run(workloads.get(w), cursors[w], seconds(timing.runSeconds()));
                double elapsed = slice.nanos / 1e9;
                msgs[w][r] = slice.messages / elapsed;
                mb[w][r] = slice.bytes / 1e6 / elapsed;
                messages[w] += slice.messages;
                checksums[w] += slice.checksum;
            }
        }
        List<Rate> rates = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            rates.add(new Rate(median(msgs[w]), median(mb[w]), messages[w], checksums[w]));
        }
        return rates;
    }

    private Slice run(Workload workload, Cursor cursor, long nanos) {
        long start = System.nanoTime();
        long deadline = start + nanos;
        long messages = 0;
        long bytes = 0;
        long checksum = 0;
        int n = corpus.size();
        long now;
        do {
            int to = Math.min(n, cursor.at + CHUNK);
            checksum += workload.process(cursor.at, to);
            bytes += corpus.bytes(cursor.at, to);
            messages += to - cursor.at;
            cursor.at = to;
            if (cursor.at == n) {
                cursor.at = 0;
                workload.rewind();
            }
            now = System.nanoTime();
        } while (now < deadline);
        return new Slice(messages, bytes, now - start, checksum);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static long seconds(double s) {
        return (long) (s * 1e9);
    }

    private static final class Cursor {
        int at;
    }

    private record Slice(long messages, long bytes, long nanos, long checksum) {
    }
}
