package dev.termbot.platform.discord;

import dev.termbot.core.MentionGuard;
import dev.termbot.core.Reply;

/**
 * The react-mode note as a direct message. Its footer cannot say "run /termbot optout" as the
 * channel note does: termbot's commands are registered per server, so in a DM there is nothing to
 * run. It says instead why the DM came and where the command works.
 */
final class DirectMessageNotes {
    private DirectMessageNotes() {
    }

    static Reply of(Reply note, String serverName) {
        String footer = "You got this because you added " + PassiveNotes.NOTE_EMOJI.getFormatted()
                + " to a message in " + MentionGuard.defang(serverName) + ". termbot's commands work in that server, not here: "
                + "type /termbot optout in any of its channels to stop termbot noting your own messages.";
        return new Reply(note.kind(), note.termId(), note.ruleId(), note.title(), note.summary(), note.body(),
                note.links(), note.suggestions(), footer);
    }
}
