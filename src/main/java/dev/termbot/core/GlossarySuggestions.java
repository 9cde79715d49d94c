package dev.termbot.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Glossary suggestions from chat, the same on every platform: a member's
 * {@code /termbot suggest TERM: definition} is checked with the glossary file's own rules and kept
 * as pending; a moderator's approval checks it again against the glossary in force, stores it in
 * the overlay and swaps the merged glossary in at once; a rejection only records the decision.
 * Adapters post the review card ({@link #card}) to their moderators' channel and check who is a
 * moderator; everything they say back comes from here.
 *
 * <p>Thread-safe: the store decides each suggestion once (see {@link SuggestionStore}).
 */
public final class GlossarySuggestions {
    /** The longest term and definition the store keeps (the columns' sizes). */
    static final int MAX_TERM_CHARS = 200;
    static final int MAX_DEFINITION_CHARS = 1000;
    /** Suggestions one member may have waiting at once: enough to contribute, too few to flood the moderators. */
    static final int MAX_PENDING_PER_MEMBER = 5;
    private static final String FORM = "/termbot suggest TERM: one-sentence definition";
    /**
     * Stands in for the source a member did not give while their entry is checked: every other rule
     * of the file still applies to it, and the moderator who approves supplies the real link. It is
     * never stored (the ".invalid" top-level domain cannot resolve).
     */
    private static final String STAND_IN_SOURCE = "https://source.invalid/";
    private static final Pattern ANY_LINK = Pattern.compile("\\bhttps?://", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_HTTPS_LINK = Pattern.compile("https://[^\\s<>]+", Pattern.CASE_INSENSITIVE);

    private final Optional<SuggestionStore> store;
    private final EntryDrafts drafts;
    private final Clock clock;

    public GlossarySuggestions(SuggestionStore store, EntryDrafts drafts, Clock clock) {
        this.store = Optional.of(store);
        this.drafts = drafts;
        this.clock = clock;
    }

    private GlossarySuggestions() {
        this.store = Optional.empty();
        this.drafts = null;
        this.clock = Clock.systemUTC();
    }

    /** For a bot without a glossary store (tests, embedded use): every suggestion is declined politely. */
    public static GlossarySuggestions unavailable() {
        return new GlossarySuggestions();
    }

    /** What became of a suggestion: the stored one (to put on a review card) and the answer for the member. */
    public record Submitted(Optional<Suggestion> suggestion, Reply answer) {
    }

    /** What became of a decision: the suggestion as it now stands (to update its card) and the answer for the moderator. */
    public record Decided(Optional<Suggestion> suggestion, Reply answer, boolean changed) {
    }

    /** {@code /termbot suggest ...} from a member; nothing is stored unless the entry passes the file's checks. */
    public Submitted suggest(Where where, String userId, BotCommand command) {
        if (store.isEmpty()) {
            return refused(Reply.notice("Suggestions are off", "This termbot keeps no glossary suggestions."));
        }
        Optional<SuggestedEntry> entry = command.suggestion();
        if (entry.isEmpty()) {
            return refused(Reply.notice("How to suggest a term", "Write " + FORM
                    + " \u2014 the term, a colon and one sentence that defines it; a https link to a source after it helps"
                    + " the moderators."));
        }
        SuggestedEntry suggested = entry.get();
        if (suggested.term().length() > MAX_TERM_CHARS || suggested.definition().length() > MAX_DEFINITION_CHARS) {
            return refused(Reply.notice("Not sent to the moderators", "That is too long for a glossary entry: a term of"
                    + " a few words and one sentence, please."));
        }
        if (store.get().pendingBy(where, userId) >= MAX_PENDING_PER_MEMBER) {
            return refused(Reply.notice("Not sent to the moderators", "You have " + MAX_PENDING_PER_MEMBER
                    + " suggestions waiting for the moderators; once they decide, you can suggest more."));
        }
        boolean sourceLeftToModerators = !hasLink(suggested);
        // a member may know a term without a source at hand: checked with a stand-in link, so that only
        // the link is left for the moderator who approves it
        SuggestedEntry checked = sourceLeftToModerators ? withSource(suggested, STAND_IN_SOURCE) : suggested;
        EntryDrafts.Draft draft = drafts.draft(defanged(checked), today());
        if (draft.problem().isPresent()) {
            return refused(Reply.notice("Not sent to the moderators", "The entry does not fit the glossary yet: "
                    + MentionGuard.defang(draft.problem().get()) + ". Try again as " + FORM + "."));
        }
        Suggestion stored = store.get().add(where, userId, suggested, clock.instant());
        return new Submitted(Optional.of(stored), Reply.notice("Suggestion sent",
                "Thanks! Your suggestion #" + stored.id() + " (\u201c" + shown(suggested.term()) + "\u201d) is with the"
                        + " moderators. Once one of them approves it, /define " + shown(suggested.term()) + " finds it."
                        + (sourceLeftToModerators ? " It has no source link, so the moderator who approves it adds one." : "")));
    }

    /** The answer when there is nowhere to review suggestions: said plainly, nothing stored. */
    public static Reply noReviewChannel(String why) {
        return Reply.notice("Suggestions are not taken here", why);
    }

    /** A moderator's approve or reject of suggestion {@code id}, from a button (no source added). */
    public Decided decide(long id, boolean approve, String moderatorId) {
        return decide(id, approve, moderatorId, Optional.empty());
    }

    /**
     * A moderator's approve or reject of suggestion {@code id}; {@code source} (a https link, from
     * {@code /termbot approve N https://...}) is added to the entry's links when it is approved.
     */
    public Decided decide(long id, boolean approve, String moderatorId, Optional<String> source) {
        if (store.isEmpty()) {
            return new Decided(Optional.empty(), Reply.notice("Suggestions are off", "This termbot keeps no glossary suggestions."), false);
        }
        Optional<Suggestion> found = store.get().find(id);
        if (found.isEmpty()) {
            return new Decided(Optional.empty(), Reply.notice("No such suggestion", "There is no suggestion #" + id + "."), false);
        }
        Suggestion suggestion = found.get();
        if (!suggestion.pending()) {
            return alreadyDecided(suggestion);
        }
        if (approve && source.isPresent() && !ONE_HTTPS_LINK.matcher(source.get()).matches()) {
            return new Decided(Optional.of(suggestion), Reply.notice("Not approved", "A source is one https link, as in"
                    + " /termbot approve " + id + " https://a-source. Suggestion #" + id + " stays pending."), false);
        }
        Instant at = clock.instant();
        if (!approve) {
            if (!store.get().reject(id, moderatorId, at)) {
                return alreadyDecided(store.get().find(id).orElse(suggestion));
            }
            return new Decided(Optional.of(suggestion.decided(Suggestion.Status.REJECTED, at)), Reply.notice("Suggestion rejected",
                    "Suggestion #" + id + " (\u201c" + shown(suggestion.entry().term()) + "\u201d) is rejected; the glossary is unchanged."), true);
        }
        SuggestedEntry entry = source.map(link -> withSource(suggestion.entry(), link)).orElse(suggestion.entry());
        LocalDate reviewed = LocalDate.ofInstant(at, ZoneOffset.UTC);
        EntryDrafts.Draft draft = drafts.draft(defanged(entry), reviewed);
        // without a link the file's rules always object; say "add a source" only when nothing else is wrong
        if (draft.problem().isPresent() && !hasLink(entry)
                && drafts.draft(defanged(withSource(entry, STAND_IN_SOURCE)), reviewed).problem().isEmpty()) {
            return new Decided(Optional.of(suggestion), Reply.notice("Not approved yet", "Suggestion #" + id + " (\u201c"
                    + shown(suggestion.entry().term()) + "\u201d) has no source link, and every glossary entry needs one."
                    + " Approve it with /termbot approve " + id + " https://a-source, or reject it."), false);
        }
        if (draft.problem().isPresent()) {
            return new Decided(Optional.of(suggestion), Reply.notice("Not approved", "Suggestion #" + id + " (\u201c"
                    + shown(suggestion.entry().term()) + "\u201d) cannot join the glossary: " + MentionGuard.defang(draft.problem().get())
                    + ". It stays pending; reject it, or ask for a corrected suggestion."), false);
        }
        SuggestionStore.Approval approval = store.get().approve(id, moderatorId, at,
                new OverlayEntry(draft.termId(), draft.entryYaml(), id, at));
        return switch (approval) {
            case ALREADY_DECIDED -> alreadyDecided(store.get().find(id).orElse(suggestion));
            case ID_TAKEN -> new Decided(Optional.of(suggestion), Reply.notice("Not approved", "Another entry with the id '"
                    + draft.termId() + "' was approved meanwhile. Suggestion #" + id + " stays pending; reject it."), false);
            case APPROVED -> {
                drafts.refresh();
                yield new Decided(Optional.of(suggestion.decided(Suggestion.Status.APPROVED, at)), Reply.notice("Suggestion approved",
                        "\u201c" + shown(suggestion.entry().term()) + "\u201d is in the glossary now: /define "
                                + shown(suggestion.entry().term()) + " finds it. termbot glossary export writes it into the file."), true);
            }
        };
    }

    /** The review card for the moderators' channel; adapters add their approve / reject buttons to a pending one. */
    public static Reply card(Suggestion suggestion) {
        String title = switch (suggestion.status()) {
            case PENDING -> "Glossary suggestion #" + suggestion.id();
            case APPROVED -> "Glossary suggestion #" + suggestion.id() + ": approved";
            case REJECTED -> "Glossary suggestion #" + suggestion.id() + ": rejected";
        };
        String footer = !suggestion.pending()
                ? "Decided; termbot glossary export writes approved entries into the glossary file."
                : hasLink(suggestion.entry())
                ? "Approve adds it to the glossary at once; /termbot approve " + suggestion.id() + " or /termbot reject "
                        + suggestion.id() + " work too."
                : "No source link yet: approve it with /termbot approve " + suggestion.id() + " https://a-source"
                        + " (the link joins the entry), or reject it.";
        return new Reply(Reply.Kind.NOTICE, "", "", title, shown(suggestion.entry().term()),
                MentionGuard.defang(suggestion.entry().definition()), List.of(), List.of(), footer);
    }

    private Decided alreadyDecided(Suggestion suggestion) {
        return new Decided(Optional.of(suggestion), Reply.notice("Already decided", "Suggestion #" + suggestion.id() + " (\u201c"
                + shown(suggestion.entry().term()) + "\u201d) was already " + suggestion.status().key() + "."), false);
    }

    private static boolean hasLink(SuggestedEntry entry) {
        return ANY_LINK.matcher(entry.definition()).find();
    }

    private static SuggestedEntry withSource(SuggestedEntry entry, String link) {
        return new SuggestedEntry(entry.term(), entry.definition() + " " + link);
    }

    private static Submitted refused(Reply answer) {
        return new Submitted(Optional.empty(), answer);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static SuggestedEntry defanged(SuggestedEntry entry) {
        return new SuggestedEntry(MentionGuard.defang(entry.term()), MentionGuard.defang(entry.definition()));
    }

    private static String shown(String text) {
        String defanged = MentionGuard.defang(text.strip());
        return defanged.length() <= 80 ? defanged : defanged.substring(0, 79) + "\u2026";
    }
}
