package dev.termbot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a note may be posted, so that the bot informs without nagging: never to bots,
 * never to users who opted out or in muted channels, at most once per rule per channel/thread
 * within the cooldown, and not again to the same user for the same rule within the explained window.
 *
 * <p>Thread-safe: {@link #claim} checks and records in one step, so two messages racing in the same
 * channel cannot both win the cooldown.
 */
public final class ReplyPolicy {
    private final PolicyStore store;
    private volatile PolicySettings settings;

    public ReplyPolicy(PolicyStore store, PolicySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public PolicySettings settings() {
        return settings;
    }

    /** Replaces the knobs (config reload). */
    public void update(PolicySettings newSettings) {
        this.settings = newSettings;
    }

    /**
     * Returns empty when the note may be posted (and records it as posted), otherwise the reason it
     * must not be.
     */
    public synchronized Optional<SuppressionReason> claim(InboundMessage message, String ruleId, Instant now) {
        Optional<SuppressionReason> reason = reasonToStaySilent(message, ruleId, now);
        if (reason.isEmpty()) {
            Where where = message.where();
            store.recordNote(where, ruleId, now);
            store.recordExplained(where.platform(), where.workspace(), message.authorId(), ruleId, now);
        }
        return reason;
    }

    private Optional<SuppressionReason> reasonToStaySilent(InboundMessage message, String ruleId, Instant now) {
        Where where = message.where();
        if (message.authorIsBot()) {
            return Optional.of(SuppressionReason.BOT_AUTHOR);
        }
        if (store.isOptedOut(where.platform(), where.workspace(), message.authorId())) {
            return Optional.of(SuppressionReason.OPTED_OUT);
        }
        if (store.isMuted(where)) {
            return Optional.of(SuppressionReason.MUTED);
        }
        Duration cooldown = store.cooldownOverride(where).orElse(settings.cooldown());
        if (within(store.lastNote(where, ruleId), cooldown, now)) {
            return Optional.of(SuppressionReason.COOLDOWN);
        }
        Optional<Instant> explained = store.lastExplained(where.platform(), where.workspace(), message.authorId(), ruleId);
        if (within(explained, settings.explainedWindow(), now)) {
            return Optional.of(SuppressionReason.ALREADY_EXPLAINED);
        }
        return Optional.empty();
    }

    private static boolean within(Optional<Instant> last, Duration window, Instant now) {
        return last.isPresent() && now.isBefore(last.get().plus(window));
    }
}
