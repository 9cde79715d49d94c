package dev.termbot.digest;

import dev.termbot.core.MentionGuard;
import dev.termbot.core.SuppressionReason;
import dev.termbot.storage.ChannelActivity;
import dev.termbot.storage.NoteFeedback;
import dev.termbot.storage.SuggestionCounts;
import dev.termbot.storage.Tally;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders a digest as plain text for a terminal or an e-mail. Stateless. */
public final class DigestText {
    static final String NO_GLOSSARY = "Terms to review and rules without a hit: unknown (no glossary was given)";

    private DigestText() {
    }

    public static String render(Digest digest) {
        StringBuilder out = new StringBuilder();
        out.append("termbot digest ").append(digest.period().label()).append(", ").append(digest.zone().getId()).append("\n\n");
        out.append(summary(digest)).append('\n');
        out.append("Feedback on notes: ").append(feedback(digest.feedback())).append('\n');
        out.append("Glossary suggestions: ").append(suggestions(digest.suggestions())).append("\n\n");
        section(out, "Rules (hits, change against the previous period, uses and disputed mentions, notes posted, feedback)",
                digest.rules().stream()
                .map(line -> String.format("  %-32s %-9s %-14s %4d used  %4d disputed  %-9s  feedback: %s   term %s", line.rule(),
                        Plural.of(line.hits(), "hit"), "(" + signed(line.change()) + " from " + line.previousHits() + ")",
                        line.uses(), line.disputed(), Plural.of(line.replies(), "note"), feedback(line.feedback()),
                        digest.termName(line.term())))
                .toList());
        section(out, "Busiest channels (hits)", digest.channels().stream()
                .map(channel -> String.format("  %-48s %s", place(channel), Plural.of(channel.hits(), "hit"))).toList());
        out.append("Suppressed notes (is the bot too quiet or too loud?)\n  ")
                .append(Digest.reportedReasons().stream()
                        .map(reason -> words(reason) + " " + digest.suppressed(reason))
                        .collect(Collectors.joining(", ")))
                .append("\n\n");
        section(out, "/define lookups that found an entry", tallies(digest.foundTerms(), digest::termName));
        section(out, "/define queries that found nothing (glossary gaps)",
                tallies(digest.notFoundQueries(), query -> "\"" + MentionGuard.defang(oneLine(query)) + "\""));
        if (digest.glossaryKnown()) {
            section(out, "Terms to review (reviewed more than " + digest.staleAfterDays() + " days ago, or never)",
                    digest.staleTerms().stream().map(id -> "  " + digest.termName(id)).toList());
            section(out, "Rules without a hit in this period", digest.silentRules().stream().map(id -> "  " + id).toList());
        } else {
            out.append(NO_GLOSSARY).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** "4 notes posted, 14 hits (previous period: 7 hits, +7), 3 disputed mentions". */
    static String summary(Digest digest) {
        return Plural.of(digest.notesPosted(), "note") + " posted, " + Plural.of(digest.hits(), "hit")
                + " (previous period: " + Plural.of(digest.previousHits(), "hit") + ", "
                + signed(digest.hits() - digest.previousHits()) + "), " + Plural.of(digest.disputed(), "disputed mention");
    }

    /** "3 helpful, 1 not needed, 1 note removed". */
    static String feedback(NoteFeedback feedback) {
        return feedback.helpful() + " helpful, " + feedback.notNeeded() + " not needed, "
                + Plural.of(feedback.removed(), "note") + " removed";
    }

    /** "2 pending, 1 approved, 0 rejected". */
    static String suggestions(SuggestionCounts suggestions) {
        return suggestions.pending() + " pending, " + suggestions.approved() + " approved, " + suggestions.rejected() + " rejected";
    }

    static String signed(long change) {
        return change > 0 ? "+" + change : Long.toString(change);
    }

    static String words(SuppressionReason reason) {
        return reason.key().replace('_', ' ');
    }

    /** "#general (slack T1)", or "#C0123 (slack T1)" while no name is known. */
    static String place(ChannelActivity channel) {
        return "#" + MentionGuard.defang(oneLine(channel.label())) + " (" + channel.platform()
                + (channel.workspace().isEmpty() ? "" : " " + channel.workspace()) + ")";
    }

    private static List<String> tallies(List<Tally> tallies, Function<String, String> label) {
        return tallies.stream()
                .map(t -> String.format("  %-40s %6d", label.apply(t.name()), t.count()))
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
