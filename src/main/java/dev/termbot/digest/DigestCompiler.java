package dev.termbot.digest;

import dev.termbot.core.MisuseRule;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Term;
import dev.termbot.storage.ActivityCounts;
import dev.termbot.storage.NoteFeedback;
import dev.termbot.storage.RuleActivity;
import dev.termbot.storage.Tally;
import dev.termbot.storage.UsageQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes a {@link Digest} from stored usage (through {@link UsageQueries}) and the glossary the
 * caller passes in (for stale terms and silent rules; empty lists leave those sections empty).
 * Days are calendar days in the configured zone, so an event at 23:30 on a Sunday in New York
 * belongs to that Sunday's week even though it is Monday in UTC.
 *
 * <p>Thread-safe (stateless apart from its collaborators).
 */
public final class DigestCompiler {
    private final UsageQueries queries;
    private final DigestSettings settings;
    private final Clock clock;

    public DigestCompiler(UsageQueries queries, DigestSettings settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    /** The digest for the last full ISO week before now. */
    public Digest lastWeek(Collection<Term> terms, Collection<MisuseRule> rules) {
        return compile(DigestPeriod.lastFullIsoWeek(clock.instant(), settings.zone()), terms, rules);
    }

    public Digest compile(DigestPeriod period, Collection<Term> terms, Collection<MisuseRule> rules) {
        ZoneId zone = settings.zone();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        DigestPeriod before = period.previous();
        List<Digest.RuleLine> ruleLines = ruleLines(queries.ruleActivity(from, to),
                queries.ruleActivity(before.start(zone), before.end(zone)), queries.feedback(from, to), rules);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return new Digest(period, zone, today, settings.staleAfterDays(), ruleLines,
                suppressed(queries.suppressions(from, to)),
                queries.busiestChannels(from, to, settings.top()),
                queries.foundTerms(from, to, settings.top()),
                queries.notFoundQueries(from, to, settings.top()),
                staleTerms(terms, today), silentRules(rules, ruleLines), hitsPerDay(period),
                !terms.isEmpty() || !rules.isEmpty(), activityPerDay(period), queries.suggestions(from, to),
                terms.stream().collect(Collectors.toMap(Term::id, Term::display, (first, second) -> first)));
    }

    private static List<Digest.RuleLine> ruleLines(List<RuleActivity> now, List<RuleActivity> before,
                                                   List<NoteFeedback> feedback, Collection<MisuseRule> rules) {
        Map<List<String>, long[]> byRule = new LinkedHashMap<>();
        for (RuleActivity activity : now) {
            long[] counts = byRule.computeIfAbsent(List.of(activity.ruleId(), activity.termId()), key -> new long[4]);
            counts[0] += activity.hits();
            counts[1] += activity.replies();
            counts[3] += activity.disputed();
        }
        for (RuleActivity activity : before) {
            byRule.computeIfAbsent(List.of(activity.ruleId(), activity.termId()), key -> new long[4])[2] += activity.hits();
        }
        Map<List<String>, NoteFeedback> feedbackOfLine = feedbackLines(byRule, feedback, rules);
        return byRule.entrySet().stream()
                .map(e -> new Digest.RuleLine(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3],
                        feedbackOfLine.getOrDefault(e.getKey(), NoteFeedback.none(e.getKey().get(0)))))
                .sorted(Comparator.comparingLong(Digest.RuleLine::hits).reversed()
                        .thenComparing(Digest.RuleLine::rule).thenComparing(Digest.RuleLine::term))
                .toList();
    }

    /**
     * Which line each rule's feedback goes to. Votes can come in a week after the note, so a rule
     * with feedback but no line yet gets one, added to {@code byRule} (its term from the glossary). A rule whose term changed
     * has a line per term: the feedback goes to the one with the most hits this period.
     */
    private static Map<List<String>, NoteFeedback> feedbackLines(Map<List<String>, long[]> byRule, List<NoteFeedback> feedback,
                                                                  Collection<MisuseRule> rules) {
        Map<String, String> termOfRule = new HashMap<>();
        rules.forEach(rule -> termOfRule.putIfAbsent(rule.id(), rule.termId()));
        Map<String, List<String>> busiestLine = new HashMap<>();
        byRule.forEach((key, counts) -> busiestLine.merge(key.get(0), key,
                (kept, other) -> byRule.get(kept)[0] >= byRule.get(other)[0] ? kept : other));
        Map<List<String>, NoteFeedback> lines = new HashMap<>();
        for (NoteFeedback votes : feedback) {
            List<String> line = busiestLine.computeIfAbsent(votes.ruleId(),
                    rule -> List.of(rule, termOfRule.getOrDefault(rule, "")));
            byRule.computeIfAbsent(line, key -> new long[4]);
            lines.put(line, votes);
        }
        return lines;
    }

    private static Map<SuppressionReason, Long> suppressed(Map<SuppressionReason, Long> stored) {
        Map<SuppressionReason, Long> reported = new EnumMap<>(SuppressionReason.class);
        for (SuppressionReason reason : Digest.reportedReasons()) {
            reported.put(reason, stored.getOrDefault(reason, 0L));
        }
        return reported;
    }

    private List<String> staleTerms(Collection<Term> terms, LocalDate today) {
        LocalDate reviewedBy = today.minusDays(settings.staleAfterDays());
        return terms.stream()
                .filter(term -> term.reviewed() == null || term.reviewed().isBefore(reviewedBy))
                .map(Term::id).sorted().toList();
    }

    private static List<String> silentRules(Collection<MisuseRule> rules, List<Digest.RuleLine> lines) {
        Set<String> fired = lines.stream().filter(line -> line.hits() > 0).map(Digest.RuleLine::rule).collect(Collectors.toSet());
        return rules.stream().map(MisuseRule::id).filter(id -> !fired.contains(id)).sorted().toList();
    }

    /** One query per day: calendar days in the zone cannot be grouped in portable SQL. */
    private List<ActivityCounts> activityPerDay(DigestPeriod period) {
        return period.dates().stream()
                .map(day -> queries.activity(day.atStartOfDay(settings.zone()).toInstant(),
                        day.plusDays(1).atStartOfDay(settings.zone()).toInstant()))
                .toList();
    }

    private List<Digest.TermSeries> hitsPerDay(DigestPeriod period) {
        List<LocalDate> dates = period.dates();
        Map<String, long[]> perTerm = new LinkedHashMap<>();
        for (int day = 0; day < dates.size(); day++) {
            DigestPeriod one = new DigestPeriod(dates.get(day), dates.get(day));
            for (Tally tally : queries.hitsByTerm(one.start(settings.zone()), one.end(settings.zone()))) {
                perTerm.computeIfAbsent(tally.name(), term -> new long[dates.size()])[day] = tally.count();
            }
        }
        List<Digest.TermSeries> series = new ArrayList<>();
        perTerm.forEach((term, counts) -> series.add(new Digest.TermSeries(term, java.util.Arrays.stream(counts).boxed().toList())));
        series.sort(Comparator.comparingLong(Digest.TermSeries::total).reversed().thenComparing(Digest.TermSeries::term));
        return series;
    }
}
