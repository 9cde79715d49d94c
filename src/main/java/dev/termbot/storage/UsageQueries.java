package dev.termbot.storage;

import dev.termbot.core.SuppressionReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The read side of the usage log, shaped for the digest: counts over a time range
 * {@code [from, to)}. The digest package uses only this port, never JDBC.
 *
 * <p>Implementations are thread-safe; every call may throw {@link StorageException}.
 */
public interface UsageQueries {
    /** Hits and posted notes per rule (and its term), for rules with at least one of either. */
    List<RuleActivity> ruleActivity(Instant from, Instant to);

    /** Suppressed notes per reason; reasons without any are absent. */
    Map<SuppressionReason, Long> suppressions(Instant from, Instant to);

    /** Channels by number of hits, most first, with their names where a platform reported one. */
    List<ChannelActivity> busiestChannels(Instant from, Instant to, int limit);

    /** {@code /define} lookups that found an entry, per term id, most first. */
    List<Tally> foundTerms(Instant from, Instant to, int limit);

    /** {@code /define} queries that found nothing, per normalised query, most first: the glossary's gaps. */
    List<Tally> notFoundQueries(Instant from, Instant to, int limit);

    /** Hits per term id, most first. */
    List<Tally> hitsByTerm(Instant from, Instant to);

    /** Notes posted, suppressed hits and disputed mentions in the range. */
    ActivityCounts activity(Instant from, Instant to);

    /** Votes and removals per rule (see {@link NoteFeedback} for what counts), rules without any absent; by rule id. */
    List<NoteFeedback> feedback(Instant from, Instant to);

    /** Glossary suggestions pending at {@code to}, approved and rejected in the range. */
    SuggestionCounts suggestions(Instant from, Instant to);
}
