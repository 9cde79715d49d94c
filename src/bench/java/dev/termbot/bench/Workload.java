package dev.termbot.bench;

/**
 * One thing being timed: processes a slice of the corpus and returns a checksum of what it found,
 * which the caller accumulates and reports so the JIT cannot drop the work as dead code.
 *
 * <p>Used by one thread at a time.
 */
interface Workload {
    /** Processes messages {@code [from, to)}; returns a checksum. */
    long process(int from, int to);

    /** Called when the timing loop wraps around to the first message again. */
    default void rewind() {
        // most workloads keep no state between passes
    }
}
