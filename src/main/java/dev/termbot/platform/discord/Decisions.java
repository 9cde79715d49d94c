package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.Hit;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Outcome;
import dev.termbot.core.PendingNote;
import dev.termbot.core.Reply;
import dev.termbot.core.InFlight;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides about guild messages with a hit on a thread of its own, so that JDA's event thread (one
 * per shard, which also reads the gateway) only judges and moves on. Why one thread taking batches:
 * every decision writes to the same store under one lock anyway, so more threads would only queue
 * on it; a batch instead shares one transaction, so a burst costs a few commits instead of one per
 * message. Messages are decided in the order they arrived, so the first of two in a channel wins
 * the cooldown, as before.
 *
 * <p>The notes a committed batch earns are posted by a second thread ({@code termbot-discord-post}),
 * in the same order. Why: building a note (embed, buttons) and handing it to JDA (which checks
 * permissions and writes the request's JSON on the calling thread) cost more than deciding it (a
 * JFR profile of a burst: about two thirds of the decision thread's samples), so on one thread a
 * burst waited for both one after the other; now the next batch is decided while the last one's
 * notes are posted. When a batch earned one note and nothing else waits (a single message), the
 * deciding thread posts it itself.
 *
 * <p>Bounded: past {@link #CAPACITY} waiting messages, {@link #submit} blocks the event thread
 * until there is room, and past {@link #CAPACITY} notes waiting to be posted the decision thread
 * waits (slower, nothing dropped). {@link #drain} stops taking messages and decides every one
 * already taken, bounded by a timeout; the notes they earn are handed to JDA before it returns.
 *
 * <p>Thread-safe.
 */
final class Decisions {
    /** What to do with a note a decision earned, once its transaction is committed. */
    @FunctionalInterface
    interface Delivery {
        void post(PendingNote note, Reply reply);
    }

    static final int CAPACITY = 10_000;
    /** Decisions per transaction at most: a long batch would hold the store's lock from the confirmations. */
    static final int BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(Decisions.class);

    private record Decision(InboundMessage message, List<Hit> hits, Delivery delivery) {
    }

    private final Bot bot;
    private final BlockingQueue<Decision> queue = new LinkedBlockingQueue<>(CAPACITY);
    /** Posts of committed decisions, in decision order. */
    private final BlockingQueue<Runnable> posts = new LinkedBlockingQueue<>(CAPACITY);
    /** Posts handed to the posting thread and not yet run by it. */
    private final AtomicInteger handedOver = new AtomicInteger();
    private final Thread worker;
    private final Thread poster;
    /** Submitted and not yet decided, or decided and its note not yet handed to JDA. */
    private final InFlight inFlight = new InFlight();

    Decisions(Bot bot) {
        this.bot = bot;
        this.worker = new Thread(this::work, "termbot-discord-decide");
        this.poster = new Thread(this::post, "termbot-discord-post");
        worker.setDaemon(true);
        poster.setDaemon(true);
        worker.start();
        poster.start();
    }

    /** Queues a message with hits for a decision; false once {@link #drain} began (the message is ignored). */
    boolean submit(InboundMessage message, List<Hit> hits, Delivery delivery) throws InterruptedException {
        if (!inFlight.admit()) {
            return false;
        }
        queue.put(new Decision(message, hits, delivery));
        return true;
    }

    /**
     * Takes no more messages and waits until every message taken is decided and its note, if it
     * earned one, handed to JDA, or the timeout passed; then stops both threads. True when all were.
     */
    boolean drain(Duration timeout) throws InterruptedException {
        boolean finished = inFlight.closeAndAwait(timeout);
        worker.interrupt();
        poster.interrupt();
        return finished;
    }

    /** Stops at once, deciding and posting nothing more (a start that failed). */
    void stop() {
        inFlight.close();
        worker.interrupt();
        poster.interrupt();
    }

    private void work() {
        List<Decision> batch = new ArrayList<>(BATCH);
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                List<Runnable> earned = decide(batch);
                inFlight.done(batch.size() - earned.size()); // the others are done once posted
                if (earned.size() == 1 && queue.isEmpty() && handedOver.get() == 0) {
                    // one note, nothing to decide next and nothing waiting to be posted (a single message,
                    // not a burst): posting here saves waking the posting thread, which on a busy machine
                    // can cost more than the post; the order holds, as that thread has nothing left
                    earned.forEach(this::run);
                } else {
                    for (Runnable post : earned) {
                        handedOver.incrementAndGet();
                        posts.put(post);
                    }
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            // drained, or the platform is being torn down (notes not handed over stay owed for the next start)
            Thread.currentThread().interrupt();
        }
    }

    private void post() {
        try {
            while (true) {
                run(posts.take());
                handedOver.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands one note to JDA; done once handed over (or failed). */
    private void run(Runnable post) {
        try {
            post.run();
        } catch (RuntimeException e) {
            // the note stays owed (posted at the next start); the threads must go on
            LOG.warn("queueing a Discord note failed: {}", e.getClass().getSimpleName(), e);
        }
        inFlight.done(1);
    }

    /**
     * One transaction for the whole batch; returns the posts to run once it is committed. A decision
     * that throws (a bug; the stores themselves fall back instead of throwing) rolls the batch back,
     * and then each message is decided again in a transaction of its own, so one bad message costs
     * only its own note.
     */
    private List<Runnable> decide(List<Decision> batch) {
        List<Runnable> earned = new ArrayList<>(batch.size());
        try {
            bot.policy().atomically(() -> {
                batch.forEach(decision -> decideOne(decision).ifPresent(earned::add));
                return null;
            });
        } catch (RuntimeException batchFailed) {
            earned.clear();
            for (Decision decision : batch) {
                try {
                    bot.policy().atomically(() -> decideOne(decision)).ifPresent(earned::add);
                } catch (RuntimeException e) {
                    LOG.warn("deciding about a Discord message failed: {}", e.getClass().getSimpleName(), e);
                }
            }
        }
        return earned;
    }

    /** The decision, inside the transaction; the post to run after the commit, if a note is owed. */
    private Optional<Runnable> decideOne(Decision decision) {
        Outcome outcome = bot.decide(decision.message(), decision.hits());
        return outcome.reply().flatMap(reply -> outcome.owed().map(note -> {
            // the first post is counted in the decision's own transaction, not in a commit of its own
            bot.policy().ledger().attempting(note);
            return () -> decision.delivery().post(note, reply);
        }));
    }
}
