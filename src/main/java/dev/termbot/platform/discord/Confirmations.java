package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.DeliveredNote;
import dev.termbot.core.InFlight;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records confirmed note posts (cooldown, "already explained", the owed note forgotten, the usage
 * event) on a thread of its own, many per transaction. Why: JDA runs every success callback on one
 * shared pool (the JDK's common pool, a single thread on two cores), and a confirmation there
 * committed on its own, waiting for the store's lock while {@link Decisions} held it for a batch,
 * and making {@link Decisions} wait in turn for every single commit. A burst of confirmations now
 * costs a few commits, and the callback only hands its note over.
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
final class Confirmations {
    static final int CAPACITY = 10_000;
    /** Confirmations per transaction at most: a long batch would hold the store's lock from the decisions. */
    static final int BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(Confirmations.class);

    private final Bot bot;
    private final BlockingQueue<DeliveredNote> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread worker;
    /** Taken and not yet recorded. */
    private final InFlight inFlight = new InFlight();

    Confirmations(Bot bot) {
        this.bot = bot;
        this.worker = new Thread(this::work, "termbot-discord-confirm");
        worker.setDaemon(true);
        worker.start();
    }

    /** A post was confirmed: queues its record, or writes it now when the queue is full or stopping. */
    void confirmed(DeliveredNote delivered) {
        if (inFlight.admit(() -> queue.offer(delivered))) {
            return;
        }
        record(List.of(delivered));
    }

    /**
     * Takes no more confirmations onto the thread (later ones are written by their caller) and waits
     * until every one taken is recorded or the timeout passed; then stops the thread and writes what
     * it left. True when the thread recorded all in time.
     */
    boolean drain(Duration timeout) throws InterruptedException {
        boolean finished = inFlight.closeAndAwait(timeout);
        stop();
        return finished;
    }

    /**
     * Stops the thread at once and writes, on the caller's thread, whatever it had not taken yet: a
     * confirmed post left unrecorded would stay owed and be posted again at the next start.
     */
    void stop() {
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
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                record(batch);
                inFlight.done(batch.size());
                batch.clear();
            }
        } catch (InterruptedException e) {
            // drained, or the platform is being torn down
            Thread.currentThread().interrupt();
        }
    }

    private void record(List<DeliveredNote> batch) {
        try {
            bot.notesDelivered(batch);
        } catch (RuntimeException e) {
            // a bug (the stores fall back instead of throwing): the notes stay owed; the thread must go on
            LOG.warn("recording {} confirmed Discord notes failed: {}", batch.size(), e.getClass().getSimpleName(), e);
        }
    }
}
