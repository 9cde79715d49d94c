package dev.termbot.core;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts in order per lane (a channel) and in parallel across lanes, and waits out a rate limit or a
 * server error without holding a worker: the retry is a timer entry, and the worker goes on with
 * another lane. Why lanes: a platform limits posts per channel, so a later note in a limited channel
 * has to wait anyway, while a note in any other channel must not.
 *
 * <p>A job is attempted until it is done, asks for no retry, or has used {@code maxAttempts}; then
 * {@link Job#gaveUp} runs. {@link #drain} stops taking jobs and waits (bounded) for the lanes to
 * empty; jobs that did not finish are simply not completed, which for owed notes means they stay
 * in the ledger for the next start. Thread-safe.
 */
public final class DeliveryLanes {
    /** What one attempt came to. */
    public record Attempt(boolean done, Duration retryAfter) {
        public static final Attempt DONE = new Attempt(true, Duration.ZERO);

        public static Attempt retryAfter(Duration wait) {
            return new Attempt(false, wait);
        }
    }

    /** One delivery; attempts run on a worker, one at a time per lane. */
    public interface Job {
        /** Tries once; {@code number} counts from 1. */
        Attempt attempt(int number);

        /** Runs once when the attempts are used up. */
        void gaveUp();
    }

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final int maxAttempts;
    private final Map<String, ArrayDeque<Entry>> lanes = new HashMap<>();
    /** Jobs queued, running or waiting for a retry. */
    private final InFlight inFlight = new InFlight();

    public DeliveryLanes(String name, int workers, int maxAttempts) {
        this.workers = Executors.newFixedThreadPool(workers, named(name + "-post"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named(name + "-retry"));
        this.maxAttempts = maxAttempts;
    }

    /** Queues the job behind the lane's earlier ones; false once {@link #drain} began. */
    public boolean submit(String lane, Job job) {
        if (!inFlight.admit()) {
            return false;
        }
        synchronized (this) {
            ArrayDeque<Entry> queue = lanes.computeIfAbsent(lane, key -> new ArrayDeque<>());
            queue.add(new Entry(job));
            if (queue.size() > 1) {
                return true; // the lane is busy; its current job starts this one when it finishes
            }
        }
        runSoon(lane);
        return true;
    }

    /** Jobs queued, running or waiting for a retry. */
    public int outstanding() {
        return inFlight.count();
    }

    /**
     * Takes no more jobs and waits until every lane is empty or the timeout passed, then stops the
     * threads (a post still running is interrupted). True when everything finished.
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        boolean finished = inFlight.closeAndAwait(timeout);
        timer.shutdownNow();
        workers.shutdownNow();
        return finished;
    }

    private void runSoon(String lane) {
        try {
            workers.execute(() -> attemptHead(lane));
        } catch (RejectedExecutionException e) {
            // stopped: the job stays uncompleted, which is what a stop promises
        }
    }

    private void attemptHead(String lane) {
        Entry head;
        synchronized (this) {
            head = lanes.get(lane).peek();
        }
        head.attempts++;
        Attempt attempt;
        try {
            attempt = head.job.attempt(head.attempts);
        } catch (RuntimeException e) {
            attempt = Attempt.DONE; // the job logs its own failures; a throwing job must not block its lane
        }
        if (!attempt.done() && head.attempts < maxAttempts) {
            try {
                timer.schedule(() -> runSoon(lane), attempt.retryAfter().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // stopped while waiting: the job stays uncompleted
            }
            return;
        }
        if (!attempt.done()) {
            try {
                head.job.gaveUp();
            } catch (RuntimeException e) {
                // as above: the lane goes on
            }
        }
        finishHead(lane);
    }

    private void finishHead(String lane) {
        boolean more;
        synchronized (this) {
            ArrayDeque<Entry> queue = lanes.get(lane);
            queue.poll();
            more = !queue.isEmpty();
            if (!more) {
                lanes.remove(lane);
            }
        }
        inFlight.done(1);
        if (more) {
            runSoon(lane);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Entry {
        final Job job;
        int attempts;

        Entry(Job job) {
            this.job = job;
        }
    }
}
