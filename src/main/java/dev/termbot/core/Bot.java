package dev.termbot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The use case every adapter drives: a message comes in, the bot finds watched phrases, asks the
 * policy whether to speak, records usage and hands back a platform-neutral {@link Reply}. The same
 * object answers {@code /define} and the opt-out/mute commands.
 *
 * <p>Thread-safe: adapters call it from their own event threads. It performs no network I/O; the
 * usage log is asynchronous.
 */
public final class Bot {
    private final Supplier<Knowledge> knowledge;
    private final ReplyPolicy policy;
    private final PolicyStore store;
    private final UsageLog usage;
    private final Clock clock;
    private final MessageCounter scanned;

    public Bot(Supplier<Knowledge> knowledge, PolicyStore store, PolicySettings settings, UsageLog usage, Clock clock) {
        this(knowledge, store, settings, usage, clock, MessageCounter.NONE);
    }

    /** As the five-argument constructor, and tells {@code scanned} about every message {@link #onMessage} sees. */
    public Bot(Supplier<Knowledge> knowledge, PolicyStore store, PolicySettings settings, UsageLog usage, Clock clock,
               MessageCounter scanned) {
        this(knowledge, store, new InMemoryNoteLedger(store), settings, usage, clock, scanned);
    }

    /** As above, with owed notes kept in {@code ledger} (a database's, so they survive a crash). */
    public Bot(Supplier<Knowledge> knowledge, PolicyStore store, NoteLedger ledger, PolicySettings settings,
               UsageLog usage, Clock clock, MessageCounter scanned) {
        this.knowledge = knowledge;
        this.store = store;
        this.policy = new ReplyPolicy(store, settings, ledger);
        this.usage = usage;
        this.clock = clock;
        this.scanned = scanned;
    }

    /** The glossary snapshot in force now. */
    public Knowledge knowledge() {
        return knowledge.get();
    }

    public ReplyPolicy policy() {
        return policy;
    }

    /**
     * Whether a message with these (judged) hits deserves a note, ignoring cooldowns: not from a
     * bot, and some hit is a use or belongs to a rule that notes disputes too (used by {@code scan}).
     */
    public static boolean deservesNote(Knowledge knowledge, List<Hit> hits, boolean authorIsBot) {
        return !authorIsBot && knowledge.hitToNote(hits).isPresent();
    }

    /** Handles one chat message: detection, policy, usage log. At most one note per message. */
    public Outcome onMessage(InboundMessage message) {
        return decide(message, judge(message));
    }

    /**
     * The first half of {@link #onMessage}: counts the message as scanned and finds its (judged)
     * hits. It touches no storage, so adapters call it before taking any lock or transaction and
     * skip {@link #decide} for the many messages without a hit.
     */
    public List<Hit> judge(InboundMessage message) {
        scanned.scanned(message.where());
        return knowledge.get().judgedHits(message.text(), message.markup());
    }

    /**
     * The second half of {@link #onMessage}, for the hits {@link #judge} found: the delivery claimed
     * by message id, usage recorded, the policy asked. Adapters run it inside
     * {@link ReplyPolicy#atomically} so that the whole decision is one transaction.
     */
    public Outcome decide(InboundMessage message, List<Hit> hits) {
        if (hits.isEmpty()) {
            return Outcome.NOTHING;
        }
        Knowledge now = knowledge.get();
        Instant at = clock.instant();
        Where where = message.where();
        if (!message.messageId().isEmpty()
                && !store.markHandled(where.platform(), where.workspace(), "msg:" + where.channel() + ":" + message.messageId(), at)) {
            return new Outcome(hits, Optional.empty(), Optional.of(SuppressionReason.DUPLICATE));
        }
        hits.forEach(hit -> usage.record(UsageEvent.hit(at, where, message.authorId(), hit)));
        Optional<Hit> toNote = now.hitToNote(hits);
        if (toNote.isEmpty()) {
            // the writer already disputes the term: logged above with its stance, not lectured, and
            // no cooldown is spent on it
            return new Outcome(hits, Optional.empty(), Optional.of(SuppressionReason.DISPUTED));
        }
        Hit first = toNote.get();
        ReplyPolicy.Claim claim = policy.claimNote(message, first.ruleId(), at);
        if (claim.silent().isPresent()) {
            usage.record(UsageEvent.suppressed(at, where, message.authorId(), first, claim.silent().get()));
            return new Outcome(hits, Optional.empty(), claim.silent());
        }
        return new Outcome(hits, Replies.noteFor(now, first.ruleId()), Optional.empty(), claim.owed());
    }

    /**
     * The note a message with this text deserves, built as {@link #onMessage} builds it but with no
     * policy, claim or usage record: for a note asked for later, such as Discord's react mode, where
     * it goes by DM to whoever adds the reaction.
     */
    public Optional<Reply> noteFor(String text, Markup markup) {
        Knowledge now = knowledge.get();
        return now.hitToNote(now.judgedHits(text, markup)).flatMap(hit -> Replies.noteFor(now, hit.ruleId()));
    }

    /**
     * Claims one platform delivery that is not a message (for example a click on a Slack button) in
     * the policy store; messages are claimed by their id in {@link #decide}.
     * Returns false when the same key was claimed before, so a retried or replayed delivery is
     * dropped; with a persistent store this holds across restarts and across processes.
     */
    public boolean firstDelivery(String platform, String workspace, String deliveryKey) {
        return store.markHandled(platform, workspace, deliveryKey, clock.instant());
    }

    /**
     * Records that the rule counts as explained to this user from now on: they said a note on it was
     * not needed (the "already explained" state the policy checks, in the shared store when there is one).
     */
    public void markExplained(String platform, String workspace, String userId, String ruleId) {
        store.recordExplained(platform, workspace, userId, ruleId, clock.instant());
    }

    /**
     * Records that an adapter delivered a note, with the time from receiving the message to sending
     * the reply; only now do the cooldown and "already explained" start.
     */
    public void noteDelivered(InboundMessage message, Reply reply, Instant receivedAt) {
        Instant sentAt = clock.instant();
        policy.delivered(message, sentAt);
        recordReplied(message.where(), message.authorId(), reply, receivedAt, sentAt);
    }

    /** Records that an adapter could not deliver a note: the claim is released, no cooldown. */
    public void noteFailed(InboundMessage message) {
        policy.failed(message);
    }

    /**
     * As {@link #noteDelivered(InboundMessage, Reply, Instant)}, for the owed note the adapter holds
     * (from {@link Outcome#owed()} or the ledger's recovery): no read of the ledger on the way.
     */
    public void noteDelivered(PendingNote note, Reply reply, Instant receivedAt) {
        Instant sentAt = clock.instant();
        policy.delivered(note, sentAt);
        recordReplied(note.where(), note.authorId(), reply, receivedAt, sentAt);
    }

    /**
     * Stamps a confirmed post with the bot's clock, for an adapter that records confirmations in
     * batches with {@link #notesDelivered}: the cooldown then starts at this moment, not at the batch's.
     */
    public DeliveredNote delivered(PendingNote note, Reply reply, Instant receivedAt) {
        return new DeliveredNote(note, reply, receivedAt, clock.instant());
    }

    /**
     * As {@link #noteDelivered(PendingNote, Reply, Instant)} for several confirmed posts at once:
     * the ledger records them together (one transaction on a database), then their usage events.
     */
    public void notesDelivered(List<DeliveredNote> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        policy.delivered(delivered);
        delivered.forEach(done -> recordReplied(done.note().where(), done.note().authorId(), done.reply(),
                done.receivedAt(), done.sentAt()));
    }

    /** As {@link #noteFailed(InboundMessage)}, for the owed note the adapter holds. */
    public void noteFailed(PendingNote note) {
        policy.failed(note);
    }

    private void recordReplied(Where where, String authorId, Reply reply, Instant receivedAt, Instant sentAt) {
        long latency = Math.max(0, Duration.between(receivedAt, sentAt).toMillis());
        usage.record(UsageEvent.replied(sentAt, where, authorId, reply.ruleId(), reply.termId(), latency));
    }

    /** Answers {@code /define QUERY} and records the lookup. */
    public Reply define(Where where, String userId, String query) {
        Knowledge now = knowledge.get();
        if (GlossaryIndex.asks(query)) {
            // no term asked for: the list of every entry (not a lookup, so not recorded as one)
            return Replies.index(GlossaryIndex.of(now.terms().values()));
        }
        LookupResult result = now.lookup().lookup(query == null ? "" : query);
        usage.record(UsageEvent.define(clock.instant(), where, userId, result));
        return result.term().map(term -> Replies.definition(term, now))
                .orElseGet(() -> Replies.notFound(query == null ? "" : query, result.suggestions()));
    }

    /** Stops (or restarts) passive notes for one user in one workspace. */
    public Reply setOptedOut(Where where, String userId, boolean optedOut) {
        store.setOptedOut(where.platform(), where.workspace(), userId, optedOut);
        return optedOut
                ? Reply.notice("Opted out", "termbot will no longer post notes in reply to your messages here. /define still works; /termbot optin undoes this.")
                : Reply.notice("Opted in", "termbot may again post a short note when a contested term appears in your messages.");
    }

    /** Mutes or unmutes passive notes in a channel (moderators only; the adapter checks who asks). */
    public Reply setMuted(Where where, boolean muted) {
        store.setMuted(where.channelOnly(), muted);
        return muted
                ? Reply.notice("Channel muted", "termbot will not post notes in this channel until a moderator runs /termbot unmute.")
                : Reply.notice("Channel unmuted", "termbot may post notes in this channel again.");
    }

    /** Sets this channel's cooldown between two notes for the same rule (moderators only). */
    public Reply setCooldown(Where where, Duration cooldown) {
        store.setCooldownOverride(where.channelOnly(), cooldown);
        return Reply.notice("Cooldown set", "At most one note per term every " + Durations.format(cooldown) + " in this channel.");
    }

    /** What termbot does and which commands exist. */
    public Reply help() {
        return Reply.notice("termbot", String.join("\n",
                "I keep AI vocabulary precise. When a contested phrase such as \u201cdistillation attack\u201d comes up, I post one short note with sources.",
                "/define TERM \u2014 look up a term in the glossary; /define alone lists every term",
                "/termbot suggest TERM: one-sentence definition [https://source] \u2014 suggest a missing term to the moderators",
                "/termbot optout | optin \u2014 stop or restart notes on your messages",
                "/termbot mute | unmute \u2014 (moderators) silence notes in this channel",
                "/termbot cooldown 45m \u2014 (moderators) minimum time between notes per term here",
                "/termbot digest \u2014 (moderators) post the weekly usage digest now",
                "/termbot approve N [https://source] | reject N \u2014 (moderators) decide glossary suggestion N"));
    }
}
