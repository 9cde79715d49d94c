package dev.termbot.digest;

import dev.termbot.core.SuppressionReason;
import dev.termbot.storage.ChannelActivity;
import dev.termbot.storage.Tally;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders a digest as the JSON contract tools rely on: {@code from}, {@code to}, {@code rules[]}
 * ({@code rule, term, hits, replies, previous_hits}), {@code suppressed{}}, {@code channels[]}
 * ({@code platform, channel, hits}), {@code define.found[]}/{@code define.not_found[]},
 * {@code stale_terms[]}, {@code silent_rules[]}. Extra fields: {@code week}, {@code zone},
 * {@code generated_on}, {@code totals}, {@code glossary_known}, {@code workspace} per channel, {@code hits_per_day}.
 * Hand-written (see {@link JsonWriter}) so this package needs no JSON library. Stateless.
 */
public final class DigestJson {
    private DigestJson() {
    }

    public static String render(Digest digest) {
        JsonWriter json = new JsonWriter().beginObject()
                .field("from", digest.period().from().toString())
                .field("to", digest.period().to().toString());
        digest.period().isoWeek().ifPresent(week -> json.field("week", week));
        json.field("zone", digest.zone().getId()).field("generated_on", digest.generatedOn().toString());
        json.name("totals").beginObject().field("hits", digest.hits()).field("disputed", digest.disputed())
                .field("replies", digest.notesPosted())
                .field("previous_hits", digest.previousHits()).endObject();
        json.name("rules").beginArray();
        for (Digest.RuleLine line : digest.rules()) {
            json.beginObject().field("rule", line.rule()).field("term", line.term()).field("hits", line.hits())
                    .field("uses", line.uses()).field("disputed", line.disputed())
                    .field("replies", line.replies()).field("previous_hits", line.previousHits()).endObject();
        }
        json.endArray();
        json.name("suppressed").beginObject();
        for (SuppressionReason reason : Digest.reportedReasons()) {
            json.field(reason.key(), digest.suppressed(reason));
        }
        json.endObject();
        json.name("channels").beginArray();
        for (ChannelActivity channel : digest.channels()) {
            json.beginObject().field("platform", channel.platform()).field("workspace", channel.workspace())
                    .field("channel", channel.channel()).field("hits", channel.hits()).endObject();
        }
        json.endArray();
        json.name("define").beginObject();
        tallies(json.name("found"), digest.foundTerms(), "term");
        tallies(json.name("not_found"), digest.notFoundQueries(), "query");
        json.endObject();
        strings(json.name("stale_terms"), digest.staleTerms());
        strings(json.name("silent_rules"), digest.silentRules());
        json.name("glossary_known").value(digest.glossaryKnown());
        hitsPerDay(json.name("hits_per_day"), digest);
        return json.endObject().toString() + "\n";
    }

    private static void tallies(JsonWriter json, List<Tally> tallies, String nameField) {
        json.beginArray();
        for (Tally tally : tallies) {
            json.beginObject().field(nameField, tally.name()).field("count", tally.count()).endObject();
        }
        json.endArray();
    }

    private static void strings(JsonWriter json, List<String> values) {
        json.beginArray();
        values.forEach(json::value);
        json.endArray();
    }

    private static void hitsPerDay(JsonWriter json, Digest digest) {
        List<LocalDate> dates = digest.period().dates();
        json.beginArray();
        for (Digest.TermSeries series : digest.hitsPerDay()) {
            json.beginObject().field("term", series.term()).name("days").beginObject();
            for (int i = 0; i < dates.size(); i++) {
                json.field(dates.get(i).toString(), series.perDay().get(i));
            }
            json.endObject().endObject();
        }
        json.endArray();
    }
}
