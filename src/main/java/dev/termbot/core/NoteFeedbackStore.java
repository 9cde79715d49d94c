package dev.termbot.core;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the answers to passive notes are kept: one vote per person per note (a later vote replaces
 * the earlier one) and each note's removal. User ids are passed raw; a persistent implementation
 * stores only their keyed hash, and never any message text. Each write is one atomic statement, so
 * processes sharing a store still keep one vote per person per note.
 *
 * <p>Implementations are thread-safe and never throw: a write that failed answers false.
 */
public interface NoteFeedbackStore {
    /** Records (or replaces) the person's vote on the note; false when it could not be stored. */
    boolean vote(AnsweredNote note, String voterId, Vote vote, Instant at);

    /** The person's current vote on the note. */
    Optional<Vote> voteOf(Where where, String noteRef, String voterId);

    /**
     * Records that the note was removed, by {@code userId} acting as {@code by}; false when its
     * removal was already recorded (or could not be stored).
     */
    boolean removed(AnsweredNote note, String userId, RemovedBy by, Instant at);
}
