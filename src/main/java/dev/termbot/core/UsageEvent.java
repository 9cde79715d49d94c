package dev.termbot.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing the bot noticed or did. Carries no message text. The user id is raw here and is hashed
 * by the {@link UsageLog} implementation before anything is stored.
 *
 * @param at        when it happened
 * @param where     where it happened
 * @param userId    the platform's user id (raw; hashed on write)
 * @param kind      what happened
 * @param reason    for {@link EventKind#SUPPRESSED}, why; otherwise null
 * @param ruleId    the rule involved, or ""
 * @param termId    the term involved, or ""
 * @param query     for {@link EventKind#DEFINE}, the normalised query; otherwise ""
 * @param found     for {@link EventKind#DEFINE}, whether an entry was found
 * @param latencyMs for {@link EventKind#REPLIED}, event-to-reply latency in milliseconds; otherwise -1
 * @param stance    for {@link EventKind#HIT}, the writer's stance ({@link Stance#key()}); otherwise ""
 */
public record UsageEvent(Instant at, Where where, String userId, EventKind kind, SuppressionReason reason,
                         String ruleId, String termId, String query, boolean found, long latencyMs, String stance) {
    public UsageEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(kind, "kind");
        userId = userId == null ? "" : userId;
        ruleId = ruleId == null ? "" : ruleId;
        termId = termId == null ? "" : termId;
        query = query == null ? "" : query;
        stance = stance == null ? "" : stance;
    }

    /** An event that carries no stance (everything but a hit). */
    public UsageEvent(Instant at, Where where, String userId, EventKind kind, SuppressionReason reason,
                      String ruleId, String termId, String query, boolean found, long latencyMs) {
        this(at, where, userId, kind, reason, ruleId, termId, query, found, latencyMs, "");
    }

    public static UsageEvent hit(Instant at, Where where, String userId, Hit hit) {
        return new UsageEvent(at, where, userId, EventKind.HIT, null, hit.ruleId(), hit.termId(), "", false, -1,
                hit.stance().key());
    }

    public static UsageEvent suppressed(Instant at, Where where, String userId, Hit hit, SuppressionReason reason) {
        return new UsageEvent(at, where, userId, EventKind.SUPPRESSED, reason, hit.ruleId(), hit.termId(), "", false, -1);
    }

    public static UsageEvent replied(Instant at, Where where, String userId, String ruleId, String termId, long latencyMs) {
        return new UsageEvent(at, where, userId, EventKind.REPLIED, null, ruleId, termId, "", false, latencyMs);
    }

    public static UsageEvent define(Instant at, Where where, String userId, LookupResult result) {
        String termId = result.term().map(Term::id).orElse("");
        return new UsageEvent(at, where, userId, EventKind.DEFINE, null, "", termId, result.query(), result.found(), -1);
    }
}
