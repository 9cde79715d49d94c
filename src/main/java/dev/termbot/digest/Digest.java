package dev.termbot.digest;

import dev.termbot.core.SuppressionReason;
import dev.termbot.storage.ActivityCounts;
import dev.termbot.storage.ChannelActivity;
import dev.termbot.storage.NoteFeedback;
import dev.termbot.storage.SuggestionCounts;
import dev.termbot.storage.Tally;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One digest, computed and ready to render: what the bot noticed and did in a period, against the
 * period before. Immutable.
 *
 * @param period          the days covered
 * @param zone            the zone the days are counted in
 * @param generatedOn     the day it was computed (stale terms are judged from this day)
 * @param staleAfterDays  the review age used for {@code staleTerms}
 * @param rules           hits, notes posted, disputed mentions, previous hits and feedback per rule, most hits first
 * @param suppressed      notes held back, per reason (every reason but duplicate deliveries, zeros included)
 * @param channels        the busiest channels by hits, with their names where known
 * @param foundTerms      {@code /define} lookups that found an entry, per term
 * @param notFoundQueries {@code /define} queries that found nothing: the glossary's gaps
 * @param staleTerms      ids of terms whose review is older than {@code staleAfterDays} (or never happened)
 * @param silentRules     ids of configured rules without a hit in the period
 * @param hitsPerDay      per term, hits on each day of the period (aligned with {@code period.dates()})
 * @param glossaryKnown   false when no glossary was given, so stale terms and silent rules are unknown rather than none
 * @param activityPerDay  notes posted, suppressed hits and disputed mentions on each day (aligned with {@code period.dates()})
 * @param suggestions     glossary suggestions pending at the period's end, approved and rejected in it
 * @param termNames       display names of the glossary's terms by id; a term without one is shown by its id
 */
public record Digest(DigestPeriod period, ZoneId zone, LocalDate generatedOn, int staleAfterDays,
                     List<RuleLine> rules, Map<SuppressionReason, Long> suppressed, List<ChannelActivity> channels,
                     List<Tally> foundTerms, List<Tally> notFoundQueries, List<String> staleTerms, List<String> silentRules,
                     List<TermSeries> hitsPerDay, boolean glossaryKnown, List<ActivityCounts> activityPerDay,
                     SuggestionCounts suggestions, Map<String, String> termNames) {

    /** A digest without daily activity, suggestions or display names (each day counted as zero). */
    public Digest(DigestPeriod period, ZoneId zone, LocalDate generatedOn, int staleAfterDays,
                  List<RuleLine> rules, Map<SuppressionReason, Long> suppressed, List<ChannelActivity> channels,
                  List<Tally> foundTerms, List<Tally> notFoundQueries, List<String> staleTerms, List<String> silentRules,
                  List<TermSeries> hitsPerDay, boolean glossaryKnown) {
        this(period, zone, generatedOn, staleAfterDays, rules, suppressed, channels, foundTerms, notFoundQueries, staleTerms,
                silentRules, hitsPerDay, glossaryKnown, Collections.nCopies(period.days(), ActivityCounts.NONE),
                SuggestionCounts.NONE, Map.of());
    }

    public Digest {
        rules = List.copyOf(rules);
        suppressed = Map.copyOf(suppressed);
        channels = List.copyOf(channels);
        foundTerms = List.copyOf(foundTerms);
        notFoundQueries = List.copyOf(notFoundQueries);
        staleTerms = List.copyOf(staleTerms);
        silentRules = List.copyOf(silentRules);
        hitsPerDay = List.copyOf(hitsPerDay);
        activityPerDay = List.copyOf(activityPerDay);
        if (activityPerDay.size() != period.days()) {
            throw new IllegalArgumentException("activityPerDay needs one entry per day of " + period.label());
        }
        Objects.requireNonNull(suggestions, "suggestions");
        termNames = Map.copyOf(termNames);
    }

    /**
     * One rule's period. {@code previousHits} counts the period of the same length just before.
     *
     * @param hits     every hit, used or disputed
     * @param replies  notes posted
     * @param disputed hits whose writer already disputed the term (logged, not answered under a quiet rule)
     * @param feedback votes on the rule's notes and notes removed, in the period
     */
    public record RuleLine(String rule, String term, long hits, long replies, long previousHits, long disputed,
                           NoteFeedback feedback) {
        public RuleLine {
            feedback = feedback == null ? NoteFeedback.none(rule) : feedback;
        }

        public RuleLine(String rule, String term, long hits, long replies, long previousHits, long disputed) {
            this(rule, term, hits, replies, previousHits, disputed, NoteFeedback.none(rule));
        }

        public RuleLine(String rule, String term, long hits, long replies, long previousHits) {
            this(rule, term, hits, replies, previousHits, 0);
        }

        public long change() {
            return hits - previousHits;
        }

        /** Hits whose writer used the term (or asked about it). */
        public long uses() {
            return hits - disputed;
        }
    }

    /** One term's hits per day. */
    public record TermSeries(String term, List<Long> perDay) {
        public TermSeries {
            perDay = List.copyOf(perDay);
        }

        public long total() {
            return perDay.stream().mapToLong(Long::longValue).sum();
        }
    }

    public long hits() {
        return rules.stream().mapToLong(RuleLine::hits).sum();
    }

    /** Hits whose writer already disputed the term: how the community talks about it, apart from uses. */
    public long disputed() {
        return rules.stream().mapToLong(RuleLine::disputed).sum();
    }

    public long previousHits() {
        return rules.stream().mapToLong(RuleLine::previousHits).sum();
    }

    public long notesPosted() {
        return rules.stream().mapToLong(RuleLine::replies).sum();
    }

    /** Votes and removals over every rule. */
    public NoteFeedback feedback() {
        return rules.stream().map(RuleLine::feedback).reduce(NoteFeedback.none(""), NoteFeedback::plus);
    }

    /** The term's display name from the glossary, or its id when the glossary has none. */
    public String termName(String termId) {
        return termNames.getOrDefault(termId, termId);
    }

    /** Suppressions of a reason, 0 when none. */
    public long suppressed(SuppressionReason reason) {
        return suppressed.getOrDefault(reason, 0L);
    }

    /** The reasons a digest reports, in a fixed order (duplicate deliveries are not a user-visible suppression). */
    public static List<SuppressionReason> reportedReasons() {
        return List.of(SuppressionReason.COOLDOWN, SuppressionReason.ALREADY_EXPLAINED, SuppressionReason.OPTED_OUT,
                SuppressionReason.MUTED, SuppressionReason.BOT_AUTHOR);
    }
}
