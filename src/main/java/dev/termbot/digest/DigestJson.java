package dev.termbot.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termbot.core.SuppressionReason;
import dev.termbot.storage.ActivityCounts;
import dev.termbot.storage.ChannelActivity;
import dev.termbot.storage.NoteFeedback;
import dev.termbot.storage.Tally;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders a digest as the JSON contract tools rely on: {@code from}, {@code to}, {@code rules[]}
 * ({@code rule, term, hits, uses, disputed, replies, previous_hits, feedback{helpful, not_needed, removed}}),
 * {@code suppressed{}}, {@code suggestions{pending, approved, rejected}}, {@code channels[]}
 * ({@code platform, channel, hits}), {@code define.found[]}/{@code define.not_found[]},
 * {@code stale_terms[]}, {@code silent_rules[]}. Extra fields: {@code week}, {@code zone},
 * {@code generated_on}, {@code totals}, {@code glossary_known}, {@code term_name} per rule,
 * {@code workspace} and {@code name} (null while unknown) per channel, {@code hits_per_day},
 * {@code activity_per_day}. src/site/markdown/digest.md documents it with an example.
 * Written with Jackson's tree model, so escaping is Jackson's. Stateless and thread-safe.
 */
public final class DigestJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DigestJson() {
    }

    public static String render(Digest digest) {
        ObjectNode root = JSON.createObjectNode()
                .put("from", digest.period().from().toString())
                .put("to", digest.period().to().toString());
        digest.period().isoWeek().ifPresent(week -> root.put("week", week));
        root.put("zone", digest.zone().getId()).put("generated_on", digest.generatedOn().toString());
        ObjectNode totals = root.putObject("totals").put("hits", digest.hits()).put("disputed", digest.disputed())
                .put("replies", digest.notesPosted()).put("previous_hits", digest.previousHits());
        feedback(totals, digest.feedback());
        ArrayNode rules = root.putArray("rules");
        for (Digest.RuleLine line : digest.rules()) {
            ObjectNode rule = rules.addObject().put("rule", line.rule()).put("term", line.term())
                    .put("term_name", digest.termName(line.term())).put("hits", line.hits())
                    .put("uses", line.uses()).put("disputed", line.disputed())
                    .put("replies", line.replies()).put("previous_hits", line.previousHits());
            feedback(rule, line.feedback());
        }
        ObjectNode suppressed = root.putObject("suppressed");
        for (SuppressionReason reason : Digest.reportedReasons()) {
            suppressed.put(reason.key(), digest.suppressed(reason));
        }
        root.putObject("suggestions").put("pending", digest.suggestions().pending())
                .put("approved", digest.suggestions().approved()).put("rejected", digest.suggestions().rejected());
        ArrayNode channels = root.putArray("channels");
        for (ChannelActivity channel : digest.channels()) {
            ObjectNode entry = channels.addObject().put("platform", channel.platform()).put("workspace", channel.workspace())
                    .put("channel", channel.channel());
            if (channel.name().isEmpty()) {
                entry.putNull("name");
            } else {
                entry.put("name", channel.name());
            }
            entry.put("hits", channel.hits());
        }
        ObjectNode define = root.putObject("define");
        tallies(define.putArray("found"), digest.foundTerms(), "term");
        tallies(define.putArray("not_found"), digest.notFoundQueries(), "query");
        digest.staleTerms().forEach(root.putArray("stale_terms")::add);
        digest.silentRules().forEach(root.putArray("silent_rules")::add);
        root.put("glossary_known", digest.glossaryKnown());
        hitsPerDay(root.putArray("hits_per_day"), digest);
        activityPerDay(root.putArray("activity_per_day"), digest);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serialises; anything else is a bug here
            throw new IllegalStateException("cannot write the digest as JSON", e);
        }
    }

    private static void feedback(ObjectNode into, NoteFeedback feedback) {
        into.putObject("feedback").put("helpful", feedback.helpful()).put("not_needed", feedback.notNeeded())
                .put("removed", feedback.removed());
    }

    private static void activityPerDay(ArrayNode into, Digest digest) {
        List<LocalDate> dates = digest.period().dates();
        for (int i = 0; i < dates.size(); i++) {
            ActivityCounts day = digest.activityPerDay().get(i);
            into.addObject().put("date", dates.get(i).toString()).put("notes", day.notes())
                    .put("suppressed", day.suppressed()).put("disputed", day.disputed());
        }
    }

    private static void tallies(ArrayNode into, List<Tally> tallies, String nameField) {
        for (Tally tally : tallies) {
            into.addObject().put(nameField, tally.name()).put("count", tally.count());
        }
    }

    private static void hitsPerDay(ArrayNode into, Digest digest) {
        List<LocalDate> dates = digest.period().dates();
        for (Digest.TermSeries series : digest.hitsPerDay()) {
            ObjectNode days = into.addObject().put("term", series.term()).putObject("days");
            for (int i = 0; i < dates.size(); i++) {
                days.put(dates.get(i).toString(), series.perDay().get(i));
            }
        }
    }
}
