package dev.termbot.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A note the reply policy allowed and that is owed until the platform confirms it: where to post
 * and about which rule, never the message text. While it exists it holds the claim (no second note
 * for the same rule in the same place, nor to the same person); the cooldown and "already
 * explained" are only written when it is {@linkplain NoteLedger#sent sent}.
 *
 * @param id        the ledger's id (negative when the ledger could only keep it in memory)
 * @param where     the channel or thread of the message
 * @param messageId the platform's id of the message the note answers (Slack ts, Discord snowflake)
 * @param authorId  the author's raw id: the recipient of an ephemeral note (stored only sealed)
 * @param ruleId    the misuse rule whose note is owed
 * @param claimedAt when the policy allowed it
 * @param attempts  posts started before this copy was read; more than 0 means one may have arrived
 */
public record PendingNote(long id, Where where, String messageId, String authorId, String ruleId, Instant claimedAt,
                          int attempts) {
    public PendingNote {
        Objects.requireNonNull(where, "where");
        messageId = messageId == null ? "" : messageId;
        authorId = authorId == null ? "" : authorId;
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }

    /** The message as far as delivery needs it again (no text: it was never kept). */
    public InboundMessage message(Markup markup) {
        return new InboundMessage(where, messageId, authorId, false, "", markup);
    }
}
