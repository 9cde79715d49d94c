package dev.termbot.core;

import java.util.List;
import java.util.Optional;

/**
 * What the bot decided about one message.
 *
 * @param hits       every watched phrase found (after rule exceptions)
 * @param reply      the note to post, when the policy allows one
 * @param suppressed why no note is posted although there were hits
 * @param owed       the ledger's entry for the note, when there is one: adapters post and confirm it
 *                   as it is, instead of reading it back from the ledger
 */
public record Outcome(List<Hit> hits, Optional<Reply> reply, Optional<SuppressionReason> suppressed,
                      Optional<PendingNote> owed) {
    public static final Outcome NOTHING = new Outcome(List.of(), Optional.empty(), Optional.empty());

    public Outcome {
        hits = List.copyOf(hits);
    }

    /** An outcome without an owed note. */
    public Outcome(List<Hit> hits, Optional<Reply> reply, Optional<SuppressionReason> suppressed) {
        this(hits, reply, suppressed, Optional.empty());
    }
}
