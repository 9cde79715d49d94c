package dev.termbot.core;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Counts work a queue took and has not finished, so that a stop can refuse new work and wait for
 * what was taken (bounded by a timeout): {@link DeliveryLanes} and the Discord adapter's decision
 * and confirmation threads.
 * Thread-safe.
 */
public final class InFlight {
    private int count;
    private boolean closing;

    /** Counts one more piece of work; false once {@link #close} was called. */
    public synchronized boolean admit() {
        return admit(() -> true);
    }

    /**
     * Runs {@code take} (e.g. a queue's {@code offer}) and counts the work when it succeeds; false,
     * without running it, once {@link #close} was called. {@code take} runs under the same lock as
     * {@link #close}, so a stop that begins afterwards always finds the work in its queue.
     */
    public synchronized boolean admit(BooleanSupplier take) {
        if (closing || !take.getAsBoolean()) {
            return false;
        }
        count++;
        return true;
    }

    /** Work in flight now. */
    public synchronized int count() {
        return count;
    }

    public synchronized void done(int finished) {
        count -= finished;
        notifyAll();
    }

    /** Whether {@link #close} was called: work already taken should finish without waiting for more. */
    public synchronized boolean isClosed() {
        return closing;
    }

    /** Admits nothing more. */
    public synchronized void close() {
        closing = true;
    }

    /** Admits nothing more and waits until nothing is in flight or the timeout passed; true when nothing is. */
    public synchronized boolean closeAndAwait(Duration timeout) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count > 0 && System.nanoTime() < deadline) {
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        return count == 0;
    }
}
