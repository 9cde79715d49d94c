package dev.termbot.storage;

import java.time.Instant;

/**
 * What one retention purge deleted.
 *
 * @param cutoff          rows older than this were deleted
 * @param events          usage rows
 * @param explained       "already explained" memories
 * @param notes           last-note times
 * @param deliveryKeys    handled delivery keys (these expire sooner, after the handled-key time limit)
 * @param noteFeedback    votes on passive notes and records of their removal
 */
public record PurgeReport(Instant cutoff, int events, int explained, int notes, int deliveryKeys, int noteFeedback) {
    /** A purge that deleted no answers to notes. */
    public PurgeReport(Instant cutoff, int events, int explained, int notes, int deliveryKeys) {
        this(cutoff, events, explained, notes, deliveryKeys, 0);
    }
}
