package dev.termbot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The notes owed and not yet confirmed. Why it exists: a note must neither be lost when the
 * process stops between acknowledging an event and posting, nor silence a channel when its post
 * fails. So the policy's claim is an entry here (written before the adapter acknowledges), and the
 * cooldown and "already explained" are recorded only by {@link #sent}, together with removing the
 * entry, in one step.
 *
 * <p>Implementations are thread-safe; {@link ReplyPolicy} serialises claims.
 */
public interface NoteLedger {
    /**
     * How long an owed note must have gone without a claim or a post attempt before another process
     * may recover it from a shared store: its own process may still be posting it until then.
     */
    Duration RECOVER_AFTER = Duration.ofMinutes(2);

    /**
     * Runs a whole decision (delivery marked handled, policy checked, note owed) so that it is
     * recorded entirely or not at all; a database runs it as one transaction. Callers go through
     * {@link ReplyPolicy#atomically}, which fixes the lock order.
     */
    default <T> T atomically(Supplier<T> decision) {
        return decision.get();
    }

    /**
     * Claims the place (channel/thread + rule) and the person (user + rule) for a note about to be
     * owed, so that processes sharing a store cannot both post: empty when this caller won both, else
     * why it must stay silent. A store shared between processes makes each claim one atomic
     * statement; alone in one process, {@link ReplyPolicy}'s own serialised checks already decide,
     * so the default always wins.
     *
     * @param cooldown        how long the place stays claimed after the post
     * @param explainedWindow how long the person stays claimed after the post
     */
    default Optional<SuppressionReason> hold(Where where, String userId, String ruleId, Instant now, Duration cooldown,
                                             Duration explainedWindow) {
        return Optional.empty();
    }

    /**
     * Whether other processes decide on the same store (a shared database) rather than this process
     * alone (an SQLite file, memory). Decisions are then never grouped into one transaction
     * ({@link SharedTransactions}): two processes each holding the claims of some messages and
     * waiting for the other's would deadlock, and the database would abort one of them.
     */
    default boolean sharedBetweenProcesses() {
        return false;
    }

    /** Records an owed note for this message and rule. */
    PendingNote open(InboundMessage message, String ruleId, Instant at);

    /** Whether a note for the rule is owed in exactly this channel/thread, claimed at or after {@code since}. */
    boolean isOpen(Where where, String ruleId, Instant since);

    /** Whether a note for the rule is owed to this user anywhere in the workspace, claimed at or after {@code since}. */
    boolean isOpenFor(String platform, String workspace, String userId, String ruleId, Instant since);

    /** The note owed for this message, if any (at most one note per message). */
    Optional<PendingNote> find(Where where, String messageId);

    /** Counts a post about to start, so that after a crash the next process knows it may have arrived. */
    void attempting(PendingNote note);

    /** The post was confirmed: records the cooldown and "already explained" and forgets the note, atomically. */
    void sent(PendingNote note, Instant at);

    /**
     * As {@link #sent(PendingNote, Instant)} for several confirmed posts, each at its own
     * {@link DeliveredNote#sentAt()}. A database records them in one transaction (one commit, one
     * turn of the store's lock for a whole burst of confirmations); each note is still confirmed
     * entirely or not at all.
     */
    default void sent(List<DeliveredNote> delivered) {
        delivered.forEach(done -> sent(done.note(), done.sentAt()));
    }

    /** The post failed for good: forgets the note without a cooldown, so the claim is released. */
    void release(PendingNote note);

    /** Notes of a platform still owed, oldest first (after a restart: left by a stop or a crash). */
    List<PendingNote> unsent(String platform);

    /**
     * The owed notes this process is to post at start: all of them when it alone uses the store. On a
     * shared store only those it took over, each with one atomic statement, from notes nobody claimed
     * or attempted for {@link #RECOVER_AFTER}: of two processes starting together, or one starting
     * while another posts, exactly one posts each note (a note whose process was still working on it
     * stays with that process).
     */
    default List<PendingNote> recoverable(String platform) {
        return unsent(platform);
    }
}
