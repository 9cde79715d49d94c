package dev.termbot.storage;

import dev.termbot.core.EventKind;
import dev.termbot.core.Hit;
import dev.termbot.core.LookupResult;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.UsageEvent;
import dev.termbot.core.Where;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Usage events for storage tests. */
final class Events {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final Where GENERAL = new Where("slack", "T1", "C-general", "");

    private Events() {
    }

    static UsageEvent hit(Instant at, Where where, String user, String rule, String term) {
        return UsageEvent.hit(at, where, user, new Hit(rule, term, 0, 5, "xxxxx"));
    }

    static UsageEvent inChannel(String channel, long sequence) {
        return new UsageEvent(T0.plusMillis(sequence), new Where("slack", "T1", channel, ""), "U1", EventKind.HIT, null,
                "distillation-attack", "distillation", "", false, sequence);
    }

    static UsageEvent suppressed(Instant at, Where where, String user, SuppressionReason reason) {
        return UsageEvent.suppressed(at, where, user, new Hit("distillation-attack", "distillation", 0, 5, "xxxxx"), reason);
    }

    static UsageEvent replied(Instant at, Where where, String user, String rule, String term) {
        return UsageEvent.replied(at, where, user, rule, term, 120);
    }

    static UsageEvent define(Instant at, Where where, String user, String query, String foundTerm) {
        Optional<dev.termbot.core.Term> term = foundTerm == null ? Optional.empty()
                : Optional.of(new dev.termbot.core.Term(foundTerm, foundTerm, List.of(), "d", "n", List.of(), List.of(), null));
        return UsageEvent.define(at, where, user, new LookupResult(query, term, List.of()));
    }
}
