package dev.termbot.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * Records confirmed note posts (cooldown, "already explained", the owed note forgotten, the usage
 * event) on a thread of its own, many per transaction. Why: a confirmation committed on its own
 * takes the store's write lock once per note, waiting for it while decisions hold it and making them
 * wait in turn. On Discord, JDA runs every success callback on one shared pool (a single thread on
 * two cores), where each such commit held up the next callback; on Slack, each posting thread
 * committed after each post and so posted its next note later. A burst of confirmations now costs a
 * few commits, and the caller only hands its note over.
 *
 * <p>Each confirmation keeps the time the post was confirmed ({@link DeliveredNote#sentAt()}), so
 * the cooldown starts then, not when the batch is written; until it is written the owed note holds
 * the claim, so nothing can be posted twice meanwhile.
 *
 * <p>Bounded: past {@link #CAPACITY} waiting confirmations, or once {@link #drain} began, a
 * confirmation is recorded on the caller's thread instead (slower, never lost, never waiting for
 * room). {@link #drain} records every confirmation already taken, bounded by a timeout.
 *
 * <p>Thread-safe.
 */
public final class Confirmations {
    static final int CAPACITY = 10_000;
    /** Confirmations per transaction at most: a long batch would hold the store's lock from the decisions. */
    static final int BATCH = 64;
    /**
     * How long a confirmation waits for others before they are written together. Why wait at all:
     * one at a time, the confirmation of one note was written just as the next message was being
     * decided (on two cores, with the same store's lock), which made single messages slower; the
     * confirmation time is stamped before it waits, and until it is written the owed note holds the
     * claim, so the wait changes neither the cooldown nor what may be posted.
     */
    public static final Duration LINGER = Duration.ofMillis(20);

    private final Bot bot;
    private final String platform;
    private final BiConsumer<String, Throwable> warn;
    private final BlockingQueue<DeliveredNote> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread worker;
    /** Taken and not yet recorded. */
    private final InFlight inFlight = new InFlight();

    /**
     * Starts the thread, named after the platform whose posts it records.
     *
     * @param warn where a failed write is reported (the adapter's log), with its exception
     */
    public Confirmations(Bot bot, String platform, BiConsumer<String, Throwable> warn) {
        this.bot = bot;
        this.platform = platform;
        this.warn = warn;
        this.worker = new Thread(this::work, "termbot-" + platform + "-confirm");
        worker.setDaemon(true);
        worker.start();
    }

    /** A post was confirmed: queues its record, or writes it now when the queue is full or stopping. */
    public void confirmed(DeliveredNote delivered) {
        if (inFlight.admit(() -> queue.offer(delivered))) {
            if (queue.size() >= BATCH - 1) {
                LockSupport.unpark(worker); // a full batch need not wait out the linger
            }
            return;
        }
        record(List.of(delivered));
    }

    /**
     * Takes no more confirmations onto the thread (later ones are written by their caller) and waits
     * until every one taken is recorded or the timeout passed; then stops the thread and writes what
     * it left. True when the thread recorded all in time.
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        boolean finished = inFlight.closeAndAwait(timeout);
        stop();
        return finished;
    }

    /**
     * Stops the thread at once and writes, on the caller's thread, whatever it had not taken yet: a
     * confirmed post left unrecorded would stay owed and be posted again at the next start.
     */
    public void stop() {
        inFlight.close();
        worker.interrupt();
        List<DeliveredNote> left = new ArrayList<>();
        queue.drainTo(left);
        if (!left.isEmpty()) {
            record(left);
            inFlight.done(left.size());
        }
    }

    private void work() {
        List<DeliveredNote> batch = new ArrayList<>(BATCH);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
                stopping = gather(batch);
            } catch (InterruptedException e) {
                stopping = true; // drained, or the platform is being torn down
            }
            if (!batch.isEmpty()) {
                record(batch);
                inFlight.done(batch.size());
                batch.clear();
            }
        }
        Thread.currentThread().interrupt();
    }

    /**
     * Lets confirmations gather for {@link #LINGER} after the first, or until a batch is full;
     * true when interrupted meanwhile (what was gathered is still recorded). The thread sleeps
     * through the wait ({@link Linger}): {@link #confirmed} wakes it only for a full batch.
     */
    private boolean gather(List<DeliveredNote> batch) {
        boolean interrupted = Linger.parkUntil(System.nanoTime() + LINGER.toNanos(),
                () -> inFlight.isClosed() || queue.size() >= BATCH - batch.size());
        queue.drainTo(batch, BATCH - batch.size());
        return interrupted;
    }

    private void record(List<DeliveredNote> batch) {
        try {
            bot.notesDelivered(batch);
        } catch (RuntimeException e) {
            // a bug (the stores fall back instead of throwing): the notes stay owed; the thread must go on
            warn.accept("recording " + batch.size() + " confirmed " + platform + " notes failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
