package dev.termbot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The per-community state the reply policy needs: opt-outs, muted channels, per-channel cooldowns,
 * when a note was last posted, whom a rule was already explained to, and which messages were
 * already handled. Keyed by platform + workspace + channel (+ user), never global, so that several
 * processes can share one store.
 *
 * <p>User ids are passed raw; a persistent implementation stores only a keyed hash of them.
 * Implementations are thread-safe.
 */
public interface PolicyStore {
    boolean isOptedOut(String platform, String workspace, String userId);

    void setOptedOut(String platform, String workspace, String userId, boolean optedOut);

    /** Whether the channel of {@code where} is muted (threads inherit their channel's mute). */
    boolean isMuted(Where where);

    void setMuted(Where where, boolean muted);

    /** A moderator's cooldown for the channel of {@code where}, if one was set. */
    Optional<Duration> cooldownOverride(Where where);

    void setCooldownOverride(Where where, Duration cooldown);

    /** When a note for the rule was last posted in exactly this channel/thread. */
    Optional<Instant> lastNote(Where where, String ruleId);

    void recordNote(Where where, String ruleId, Instant at);

    /** When the rule was last explained to this user (anywhere in the workspace). */
    Optional<Instant> lastExplained(String platform, String workspace, String userId, String ruleId);

    void recordExplained(String platform, String workspace, String userId, String ruleId, Instant at);

    /**
     * Everything {@link ReplyPolicy} reads before a claim, about one author, place and rule. The
     * default asks the five questions one by one; a database answers them in one statement.
     */
    default PolicyFacts factsFor(Where where, String userId, String ruleId) {
        return new PolicyFacts(isOptedOut(where.platform(), where.workspace(), userId), isMuted(where),
                cooldownOverride(where), lastNote(where, ruleId),
                lastExplained(where.platform(), where.workspace(), userId, ruleId));
    }

    /**
     * Marks a delivery key (message id, Slack event id) as handled. Returns false when it had been
     * handled before, which is how retried and replayed deliveries are dropped.
     */
    boolean markHandled(String platform, String workspace, String deliveryKey, Instant at);
}
