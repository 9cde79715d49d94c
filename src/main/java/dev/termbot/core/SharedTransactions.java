package dev.termbot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs decisions that arrive on many threads at once in shared transactions ({@link ReplyPolicy#atomically}),
 * each caller still getting its own result, and only after the transaction that holds its
 * decision is committed. Why: every decision writes to the same store under one lock, so threads
 * deciding at once queued on it and paid a commit each; under a burst of Slack events (the HTTP
 * threads decide before they acknowledge) that queue, not the work, set the pace.
 *
 * <p>How: a caller queues its decision, and whichever caller holds the leadership takes what is
 * queued (up to {@link #BATCH}) into one transaction and hands each result back; the others wait,
 * parked, for their result or for the leadership. A caller alone (a single message) leads at once
 * and decides in a transaction of its own, as before. A batch that fails (a bug: the stores
 * themselves fall back instead of throwing) is rolled back and each of its decisions runs again in
 * a transaction of its own, so one bad decision fails only its own caller. Decisions run in the
 * order they were queued.
 *
 * <p>On a store shared between processes ({@link NoteLedger#sharedBetweenProcesses()}) every decision
 * keeps a transaction of its own: a transaction holding the claims of several messages could wait
 * for another process's transaction holding others, each for the other's, and the database would
 * abort one of them (the claims then fall back to this process's own checks, and two processes
 * could both post). Callers still queue here, as they did on the policy's monitor.
 *
 * <p>Thread-safe.
 */
public final class SharedTransactions {
    /** Decisions per transaction at most: a long transaction would hold the store's lock from everyone else. */
    static final int BATCH = 64;
    /** How long a waiting caller sleeps before it looks again on its own (a belt: it is woken when due). */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final ReplyPolicy policy;
    private final Queue<Pending<?>> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock leadership = new ReentrantLock();
    /** Decisions per transaction here: {@link #BATCH}, or 1 on a store shared between processes. */
    private final int perTransaction;

    public SharedTransactions(ReplyPolicy policy) {
        this.policy = policy;
        this.perTransaction = policy.ledger().sharedBetweenProcesses() ? 1 : BATCH;
    }

    /**
     * Runs the decision inside a committed transaction, possibly shared with other callers', and
     * returns its result; a decision that throws throws here, on its own caller's thread.
     */
    public <T> T decide(Supplier<T> decision) {
        Pending<T> mine = new Pending<>(decision, Thread.currentThread());
        queued.add(mine);
        while (!mine.isDone()) {
            if (leadership.tryLock()) {
                try {
                    while (!mine.isDone()) {
                        runBatch();
                    }
                } finally {
                    leadership.unlock();
                }
                // whoever queued meanwhile may be parked: the first of them leads next
                Pending<?> next = queued.peek();
                if (next != null) {
                    LockSupport.unpark(next.caller);
                }
            } else {
                LockSupport.parkNanos(this, RECHECK_NANOS);
            }
        }
        return mine.result();
    }

    private void runBatch() {
        List<Pending<?>> batch = new ArrayList<>();
        for (Pending<?> p = queued.poll(); p != null; p = batch.size() < perTransaction ? queued.poll() : null) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            policy.atomically(() -> {
                batch.forEach(Pending::run);
                return null;
            });
            batch.forEach(Pending::finish);
        } catch (RuntimeException | Error batchFailed) {
            if (batch.size() == 1) {
                batch.get(0).fail(batchFailed);
                return;
            }
            // rolled back: each decision again, alone, so that only a failing one fails its caller (what a
            // decision did outside the database, such as recording its hits in the usage log, is done again)
            for (Pending<?> pending : batch) {
                try {
                    policy.atomically(() -> {
                        pending.run();
                        return null;
                    });
                    pending.finish();
                } catch (RuntimeException | Error e) {
                    pending.fail(e);
                }
            }
        }
    }

    /** One queued decision and, once done, its result. */
    private static final class Pending<T> {
        private final Supplier<T> decision;
        private final Thread caller;
        private T result;
        private Throwable failure;
        private volatile boolean done;

        Pending(Supplier<T> decision, Thread caller) {
            this.decision = decision;
            this.caller = caller;
        }

        /** Inside the transaction: the result is kept, and handed out only after the commit. */
        void run() {
            result = decision.get();
        }

        void finish() {
            done = true;
            LockSupport.unpark(caller);
        }

        void fail(Throwable e) {
            result = null;
            failure = e;
            finish();
        }

        boolean isDone() {
            return done;
        }

        T result() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }
}
