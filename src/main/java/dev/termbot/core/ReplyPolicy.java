package dev.termbot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides whether a note may be posted, so that the bot informs without nagging: never to bots,
 * never to users who opted out or in muted channels, at most once per rule per channel/thread
 * within the cooldown, and not again to the same user for the same rule within the explained window.
 *
 * <p>A won claim is an owed note in the {@link NoteLedger}, not yet a cooldown: the cooldown and
 * "already explained" are recorded only when the adapter confirms the post ({@link #delivered}),
 * and a post that failed for good releases the claim ({@link #failed}), so a failed post never
 * silences a channel or a person.
 *
 * <p>Thread-safe: {@link #claim} checks and records in one step, so two messages racing in the same
 * channel cannot both win the cooldown.
 */
public final class ReplyPolicy {
    /**
     * How long an owed note keeps its claim. Far longer than any retry; it only bounds the effect
     * of a note whose process died on a platform that cannot post it again later.
     */
    public static final Duration CLAIM_HOLD = Duration.ofHours(1);

    private final PolicyStore store;
    private final NoteLedger ledger;
    private final PolicySettings settings;

    public ReplyPolicy(PolicyStore store, PolicySettings settings) {
        this(store, settings, new InMemoryNoteLedger(store));
    }

    public ReplyPolicy(PolicyStore store, PolicySettings settings, NoteLedger ledger) {
        this.store = store;
        this.settings = settings;
        this.ledger = ledger;
    }

    /** The owed notes, for adapters that post them and for the start-up recovery. */
    public NoteLedger ledger() {
        return ledger;
    }

    public PolicySettings settings() {
        return settings;
    }

    /**
     * What a claim came to: the owed note when the policy allowed it, otherwise the reason to stay
     * silent (exactly one of the two is present).
     */
    public record Claim(Optional<PendingNote> owed, Optional<SuppressionReason> silent) {
        static Claim won(PendingNote note) {
            return new Claim(Optional.of(note), Optional.empty());
        }

        static Claim lost(SuppressionReason reason) {
            return new Claim(Optional.empty(), Optional.of(reason));
        }
    }

    /**
     * Returns empty when the note may be posted (and records it as owed in the ledger), otherwise
     * the reason it must not be.
     */
    public Optional<SuppressionReason> claim(InboundMessage message, String ruleId, Instant now) {
        return claimNote(message, ruleId, now).silent();
    }

    /**
     * As {@link #claim}, and hands back the owed note itself, so that the adapter posts and confirms
     * it without reading it back from the ledger.
     */
    public synchronized Claim claimNote(InboundMessage message, String ruleId, Instant now) {
        Where where = message.where();
        if (message.authorIsBot()) {
            return Claim.lost(SuppressionReason.BOT_AUTHOR);
        }
        PolicyFacts facts = store.factsFor(where, message.authorId(), ruleId);
        Duration cooldown = facts.cooldownOverride().orElse(settings.cooldown());
        Optional<SuppressionReason> reason = reasonToStaySilent(message, ruleId, now, cooldown, facts);
        if (reason.isEmpty()) {
            // another process sharing the store may have passed the same checks a moment ago
            reason = ledger.hold(where, message.authorId(), ruleId, now, cooldown, settings.explainedWindow());
        }
        return reason.map(Claim::lost).orElseGet(() -> Claim.won(ledger.open(message, ruleId, now)));
    }

    /**
     * Runs a decision about one delivery atomically (see {@link NoteLedger#atomically}). Takes this
     * policy's monitor before the ledger's lock, the same order {@link #claim} takes them in, so
     * two platforms deciding at once cannot deadlock.
     */
    public synchronized <T> T atomically(Supplier<T> decision) {
        return ledger.atomically(decision);
    }

    /** The note owed for this message was posted: its cooldown and "already explained" start now. */
    public void delivered(InboundMessage message, Instant at) {
        ledger.find(message.where(), message.messageId()).ifPresent(note -> ledger.sent(note, at));
    }

    /** The note owed for this message could not be posted: the claim is released, no cooldown. */
    public void failed(InboundMessage message) {
        ledger.find(message.where(), message.messageId()).ifPresent(ledger::release);
    }

    /** As {@link #delivered(InboundMessage, Instant)}, for the owed note the adapter already holds. */
    public void delivered(PendingNote note, Instant at) {
        ledger.sent(note, at);
    }

    /** As {@link #delivered(PendingNote, Instant)} for several notes, each at its own confirmation time, in one step of the ledger. */
    public void delivered(List<DeliveredNote> delivered) {
        ledger.sent(delivered);
    }

    /** As {@link #failed(InboundMessage)}, for the owed note the adapter already holds. */
    public void failed(PendingNote note) {
        ledger.release(note);
    }

    private Optional<SuppressionReason> reasonToStaySilent(InboundMessage message, String ruleId, Instant now,
                                                           Duration cooldown, PolicyFacts facts) {
        Where where = message.where();
        if (facts.optedOut()) {
            return Optional.of(SuppressionReason.OPTED_OUT);
        }
        if (facts.muted()) {
            return Optional.of(SuppressionReason.MUTED);
        }
        Instant held = now.minus(CLAIM_HOLD);
        if (within(facts.lastNote(), cooldown, now) || ledger.isOpen(where, ruleId, held)) {
            return Optional.of(SuppressionReason.COOLDOWN);
        }
        if (within(facts.lastExplained(), settings.explainedWindow(), now)
                || ledger.isOpenFor(where.platform(), where.workspace(), message.authorId(), ruleId, held)) {
            return Optional.of(SuppressionReason.ALREADY_EXPLAINED);
        }
        return Optional.empty();
    }

    private static boolean within(Optional<Instant> last, Duration window, Instant now) {
        return last.isPresent() && now.isBefore(last.get().plus(window));
    }
}
