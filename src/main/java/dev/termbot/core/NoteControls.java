package dev.termbot.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The controls under every passive note: "Helpful", "Not needed" and "Remove". The decisions live
 * here, once for every platform: a click counts once however often the platform delivers it, a
 * person has one (changeable) vote per note, "not needed" from the person the note answered means
 * the rule counts as already explained to them, and only that person or a moderator may remove the
 * note. Adapters render the buttons, ask their platform whether the clicker is a moderator, delete
 * the message and show the {@link Reply} this class answers, to the clicker only.
 *
 * <p>Thread-safe (its store and the bot are).
 */
public final class NoteControls {
    private final Bot bot;
    private final NoteFeedbackStore store;
    private final Clock clock;

    public NoteControls(Bot bot, NoteFeedbackStore store, Clock clock) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Controls whose votes live in memory only: for platforms built without a database (tests). */
    public static NoteControls inMemory(Bot bot, Clock clock) {
        return new NoteControls(bot, new InMemoryNoteFeedbackStore(), clock);
    }

    public NoteFeedbackStore store() {
        return store;
    }

    /** What a click on "Remove" may do. */
    public record Removal(Optional<RemovedBy> allowedAs, Optional<Reply> refusal) {
        static final Removal DUPLICATE = new Removal(Optional.empty(), Optional.empty());

        /** Present when the clicker may remove the note: delete it, then call {@link #removed}. */
        public Optional<RemovedBy> allowedAs() {
            return allowedAs;
        }

        /** Present when the clicker may not: show it to them. Both empty: a repeated delivery, do nothing. */
        public Optional<Reply> refusal() {
            return refusal;
        }
    }

    /**
     * A click on "Helpful" or "Not needed": stores the vote (replacing the clicker's earlier one) and
     * answers the clicker. Empty when {@code deliveryKey} (the platform's id of this very click) was
     * seen before: a retried or replayed delivery counts once and is not answered again.
     */
    public Optional<Reply> vote(AnsweredNote note, String voterId, Vote vote, String deliveryKey) {
        if (!firstDelivery(note, deliveryKey)) {
            return Optional.empty();
        }
        if (!store.vote(note, voterId, vote, clock.instant())) {
            return Optional.of(Reply.notice("Not saved", "termbot could not save your answer just now; please try again in a moment."));
        }
        if (vote == Vote.HELPFUL) {
            return Optional.of(Reply.notice("Thanks for the feedback",
                    "Marked as helpful. Moderators see the answers in the weekly digest; click again to change yours."));
        }
        if (note.answered(voterId)) {
            markExplained(note);
            return Optional.of(Reply.notice("Thanks for the feedback", "Marked as not needed: termbot will not explain "
                    + termOf(note) + " to you again for " + window() + "."));
        }
        return Optional.of(Reply.notice("Thanks for the feedback",
                "Marked as not needed here. Moderators see the answers in the weekly digest; click again to change yours."));
    }

    /**
     * A click on "Remove": allowed for the person the note answered and for moderators
     * ({@code isModerator} is asked only when the clicker is not the author, as it may cost the
     * platform a call). A repeated delivery of the same click is neither allowed nor refused.
     */
    public Removal removal(AnsweredNote note, String userId, String deliveryKey, BooleanSupplier isModerator) {
        if (!firstDelivery(note, deliveryKey)) {
            return Removal.DUPLICATE;
        }
        if (note.answered(userId)) {
            return new Removal(Optional.of(RemovedBy.AUTHOR), Optional.empty());
        }
        if (isModerator.getAsBoolean()) {
            return new Removal(Optional.of(RemovedBy.MODERATOR), Optional.empty());
        }
        return new Removal(Optional.empty(), Optional.of(Reply.notice("Not removed",
                "Only the person this note answered, or a moderator, can remove it. \u201cNot needed\u201d tells the"
                        + " moderators that it did not help here.")));
    }

    /**
     * The adapter deleted the note: records the removal and answers the clicker. A note its author
     * removed counts as explained to them, as a "not needed" would.
     */
    public Reply removed(AnsweredNote note, String userId, RemovedBy by) {
        store.removed(note, userId, by, clock.instant());
        if (by == RemovedBy.AUTHOR) {
            markExplained(note);
        }
        return Reply.notice("Note removed", by == RemovedBy.AUTHOR
                ? "The note is gone, and termbot will not explain " + termOf(note) + " to you again for "
                        + window() + "."
                : "The note is gone; the removal is counted in the weekly digest.");
    }

    /** The adapter could not delete the note. */
    public Reply removalFailed() {
        return Reply.notice("Not removed", "termbot could not delete the note just now; please try again in a moment.");
    }

    private boolean firstDelivery(AnsweredNote note, String deliveryKey) {
        return bot.firstDelivery(note.where().platform(), note.where().workspace(), "note-control:" + deliveryKey);
    }

    private void markExplained(AnsweredNote note) {
        bot.markExplained(note.where().platform(), note.where().workspace(), note.authorId(), note.ruleId());
    }

    /** The explained window as people say it: "7 days", "12 hours", else the short form ("90m"). */
    private String window() {
        Duration window = bot.policy().settings().explainedWindow();
        if (!window.isZero() && window.toHoursPart() == 0 && window.toMinutesPart() == 0 && window.toSecondsPart() == 0) {
            return window.toDays() == 1 ? "1 day" : window.toDays() + " days";
        }
        if (!window.isZero() && window.toMinutesPart() == 0 && window.toSecondsPart() == 0) {
            return window.toHours() == 1 ? "1 hour" : window.toHours() + " hours";
        }
        return Durations.format(window);
    }

    private String termOf(AnsweredNote note) {
        Knowledge knowledge = bot.knowledge();
        return knowledge.rule(note.ruleId()).flatMap(rule -> knowledge.term(rule.termId()))
                .map(term -> "\u201c" + term.display() + "\u201d").orElse("this term");
    }
}
