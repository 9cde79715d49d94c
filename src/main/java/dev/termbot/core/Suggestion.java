package dev.termbot.core;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One glossary suggestion as stored: who suggested it is kept hashed by the store and never comes
 * back, so a suggestion carries only where it came from, what it says and where it stands.
 *
 * @param id          the number moderators use ({@code /termbot approve 7})
 * @param platform    where it was suggested
 * @param workspace   the Slack team / Discord guild it was suggested in
 * @param entry       the term and definition as written
 * @param suggestedAt when
 * @param status      pending, approved or rejected
 * @param decidedAt   when a moderator decided; empty while pending
 */
public record Suggestion(long id, String platform, String workspace, SuggestedEntry entry, Instant suggestedAt,
                         Status status, Optional<Instant> decidedAt) {

    /** Where a suggestion stands; stored as the lower-case name. */
    public enum Status {
        PENDING, APPROVED, REJECTED;

        /** The stored form: "pending", "approved", "rejected". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    public Suggestion {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(status, "status");
        decidedAt = decidedAt == null ? Optional.empty() : decidedAt;
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /** The same suggestion after a decision. */
    public Suggestion decided(Status to, Instant at) {
        return new Suggestion(id, platform, workspace, entry, suggestedAt, to, Optional.of(at));
    }
}
