package dev.termbot.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything stored about one user, for a data request: usage rows, opt-outs, the "already
 * explained" memory, the answers to passive notes and glossary suggestions. Holds the user's hash, never the raw id.
 */
public record UserData(String userHash, List<Event> events, List<OptOut> optOuts, List<Explained> explained,
                       List<NoteVote> noteVotes, List<NoteRemoval> noteRemovals, List<SuggestionRow> suggestions) {
    public UserData {
        events = List.copyOf(events);
        optOuts = List.copyOf(optOuts);
        explained = List.copyOf(explained);
        noteVotes = List.copyOf(noteVotes);
        noteRemovals = List.copyOf(noteRemovals);
        suggestions = List.copyOf(suggestions);
    }

    /** Everything but answers to notes and glossary suggestions. */
    public UserData(String userHash, List<Event> events, List<OptOut> optOuts, List<Explained> explained) {
        this(userHash, events, optOuts, explained, List.of(), List.of(), List.of());
    }

    /**
     * A glossary suggestion the user made ({@code role} "suggested": with the words they wrote) or
     * decided as a moderator ({@code role} "decided").
     */
    public record SuggestionRow(long id, String role, String platform, String workspace, String term, String definition,
                                String status, Instant suggestedAt, Optional<Instant> decidedAt) {
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
