package dev.termbot.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything stored about one user, for a data request: usage rows, opt-outs, the "already
 * explained" memory and the answers to passive notes. Holds the user's hash, never the raw id.
 */
public record UserData(String userHash, List<Event> events, List<OptOut> optOuts, List<Explained> explained,
                       List<NoteVote> noteVotes, List<NoteRemoval> noteRemovals) {
    public UserData {
        events = List.copyOf(events);
        optOuts = List.copyOf(optOuts);
        explained = List.copyOf(explained);
        noteVotes = List.copyOf(noteVotes);
        noteRemovals = List.copyOf(noteRemovals);
    }

    /** Everything but answers to notes. */
    public UserData(String userHash, List<Event> events, List<OptOut> optOuts, List<Explained> explained) {
        this(userHash, events, optOuts, explained, List.of(), List.of());
    }

    /** One usage row as stored. */
    public record Event(Instant at, String platform, String workspace, String channel, String thread, String kind,
                        Optional<String> suppressionReason, String ruleId, String termId, String defineQuery,
                        boolean defineFound, long latencyMs) {
    }

    /** The user opted out of notes in a workspace. */
    public record OptOut(String platform, String workspace, Instant since) {
    }

    /** A rule was last explained to the user at this time. */
    public record Explained(String platform, String workspace, String ruleId, Instant at) {
    }

    /** The user's vote on a passive note ("helpful" or "not_needed"). */
    public record NoteVote(String platform, String workspace, String channel, String noteRef, String ruleId, String vote,
                           Instant at) {
    }

    /** A passive note the user removed, as "author" or "moderator". */
    public record NoteRemoval(String platform, String workspace, String channel, String noteRef, String ruleId,
                              String removedBy, Instant at) {
    }
}
