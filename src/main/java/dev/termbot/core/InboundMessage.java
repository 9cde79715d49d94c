package dev.termbot.core;

import java.util.Objects;

/**
 * A chat message as every adapter hands it to the core.
 *
 * @param where       where it was posted
 * @param messageId   the platform's id of the message (used to never answer the same message twice)
 * @param authorId    the platform's user id of the author (hashed before it is stored)
 * @param authorIsBot true for bots, webhooks and termbot itself: they never get a reply
 * @param text        the raw text as the platform delivered it
 * @param markup      how to read the text
 */
public record InboundMessage(Where where, String messageId, String authorId, boolean authorIsBot,
                             String text, Markup markup) {
    public InboundMessage {
        Objects.requireNonNull(where, "where");
        messageId = messageId == null ? "" : messageId;
        authorId = authorId == null ? "" : authorId;
        text = text == null ? "" : text;
        markup = markup == null ? Markup.PLAIN : markup;
    }
}
