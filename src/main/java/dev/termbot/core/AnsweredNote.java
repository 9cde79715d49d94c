package dev.termbot.core;

import java.util.Objects;

/**
 * A posted passive note as a click on one of its controls identifies it: where it is, the platform's
 * id of the note message, the rule it explains and the author of the message it answered (a raw id,
 * which storage hashes; it is needed to tell the author from everyone else).
 *
 * @param where    the channel (and thread) of the note
 * @param noteRef  the platform's id of the note message (Slack ts, Discord message id, console counter)
 * @param ruleId   the misuse rule the note explains
 * @param authorId the raw id of the person the note answered; "" when unknown
 */
public record AnsweredNote(Where where, String noteRef, String ruleId, String authorId) {
    public AnsweredNote {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(noteRef, "noteRef");
        Objects.requireNonNull(ruleId, "ruleId");
        authorId = authorId == null ? "" : authorId;
    }

    /** Whether {@code userId} wrote the message the note answered. */
    public boolean answered(String userId) {
        return !authorId.isEmpty() && authorId.equals(userId);
    }
}
