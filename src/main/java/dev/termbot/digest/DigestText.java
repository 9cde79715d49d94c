package dev.termbot.digest;

import dev.termbot.core.MentionGuard;
import dev.termbot.core.SuppressionReason;
import dev.termbot.storage.ChannelActivity;
import dev.termbot.storage.Tally;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a digest as plain text for a terminal or an e-mail. Stateless. */
public final class DigestText {
    static final String NO_GLOSSARY = "Terms to review and rules without a hit: unknown (no glossary was given)";

    private DigestText() {
    }

    public static String render(Digest digest) {
        StringBuilder out = new StringBuilder();
        out.append("termbot digest ").append(digest.period().label()).append(", ").append(digest.zone().getId()).append("\n\n");
        out.append(String.format("Notes posted: %d   Hits: %d   (previous period: %d hits, %s)%n%n",
                digest.notesPosted(), digest.hits(), digest.previousHits(), signed(digest.hits() - digest.previousHits())));
        section(out, "Rules (hits, change against the previous period, uses and disputed mentions, notes posted)",
                digest.rules().stream()
                .map(line -> String.format("  %-32s %6d hits  %-14s %4d used  %4d disputed  %4d notes   term %s", line.rule(),
                        line.hits(), "(" + signed(line.change()) + " from " + line.previousHits() + ")", line.uses(),
                        line.disputed(), line.replies(), line.term()))
                .toList());
        section(out, "Busiest channels (hits)", digest.channels().stream()
                .map(channel -> String.format("  %-48s %6d", place(channel), channel.hits())).toList());
        out.append("Suppressed notes (is the bot too quiet or too loud?)\n  ")
                .append(Digest.reportedReasons().stream()
                        .map(reason -> words(reason) + " " + digest.suppressed(reason))
                        .collect(Collectors.joining(", ")))
                .append("\n\n");
        section(out, "/define lookups that found an entry", tallies(digest.foundTerms(), false));
        section(out, "/define queries that found nothing (glossary gaps)", tallies(digest.notFoundQueries(), true));
        if (digest.glossaryKnown()) {
            section(out, "Terms to review (reviewed more than " + digest.staleAfterDays() + " days ago, or never)",
                    digest.staleTerms().stream().map(id -> "  " + id).toList());
            section(out, "Rules without a hit in this period", digest.silentRules().stream().map(id -> "  " + id).toList());
        } else {
            out.append(NO_GLOSSARY).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    static String signed(long change) {
        return change > 0 ? "+" + change : Long.toString(change);
    }

    static String words(SuppressionReason reason) {
        return reason.key().replace('_', ' ');
    }

    static String place(ChannelActivity channel) {
        return channel.platform() + (channel.workspace().isEmpty() ? "" : " " + channel.workspace()) + " #" + channel.channel();
    }

    private static List<String> tallies(List<Tally> tallies, boolean quoted) {
        return tallies.stream()
                .map(t -> String.format("  %-40s %6d", quoted ? "\"" + MentionGuard.defang(oneLine(t.name())) + "\"" : t.name(), t.count()))
                .toList();
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append(title).append('\n');
        if (lines.isEmpty()) {
            out.append("  none\n");
        }
        lines.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
    }
}
