package dev.termbot.core;

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
     * Runs a whole decision (delivery marked handled, policy checked, note owed) so that it is
     * recorded entirely or not at all; a database runs it as one transaction. Callers go through
     * {@link ReplyPolicy#atomically}, which fixes the lock order.
     */
    default <T> T atomically(Supplier<T> decision) {
        return decision.get();
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

    /** The post failed for good: forgets the note without a cooldown, so the claim is released. */
    void release(PendingNote note);

    /** Notes of a platform still owed, oldest first (after a restart: left by a stop or a crash). */
    List<PendingNote> unsent(String platform);
}
