package dev.termbot.core;

import java.time.Instant;
import java.util.Objects;

/**
 * An owed note whose post the platform confirmed, waiting to be recorded. Why a value of its own:
 * an adapter that records confirmations in batches ({@link Bot#notesDelivered}) records them a
 * moment after the confirmation arrived, and the cooldown and "already explained" must still start
 * when the post was confirmed, not when the batch was written.
 *
 * @param note       the owed note that was posted
 * @param reply      the note's content (its rule and term, for the usage log)
 * @param receivedAt when the message the note answers was received
 * @param sentAt     when the platform confirmed the post
 */
public record DeliveredNote(PendingNote note, Reply reply, Instant receivedAt, Instant sentAt) {
    public DeliveredNote {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
