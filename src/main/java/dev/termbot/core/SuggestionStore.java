package dev.termbot.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where glossary suggestions and the approved overlay are kept. The member's and the moderator's
 * ids arrive raw and are hashed by the store before anything is written. Every decision is one
 * atomic conditional update on the status, so two moderators clicking at once, a replayed click or
 * a second process sharing the database decide a suggestion once.
 *
 * <p>Implementations are thread-safe.
 */
public interface SuggestionStore {
    /** Stores a new pending suggestion and returns it with its number. */
    Suggestion add(Where where, String userId, SuggestedEntry entry, Instant at);

    Optional<Suggestion> find(long id);

    /** How many of this member's suggestions in this workspace still wait for a decision. */
    int pendingBy(Where where, String userId);

    /** Pending to rejected; false when it was not pending any more (someone decided first). */
    boolean reject(long id, String moderatorId, Instant at);

    /** How an approval ended. */
    enum Approval {
        /** The status went from pending to approved and the entry joined the overlay, in one transaction. */
        APPROVED,
        /** It was not pending any more: nothing changed. */
        ALREADY_DECIDED,
        /** Another approved entry has the same id: nothing changed. */
        ID_TAKEN
    }

    /** Pending to approved together with the overlay row; all or nothing. */
    Approval approve(long id, String moderatorId, Instant at, OverlayEntry entry);

    /** The approved entries, oldest approval first. */
    List<OverlayEntry> overlay();

    /**
     * A cheap fingerprint of the overlay (e.g. count and latest approval): when it changes, another
     * process approved something and the glossary must be merged again.
     */
    String overlayVersion();
}
