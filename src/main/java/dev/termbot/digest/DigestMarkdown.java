package dev.termbot.digest;

import dev.termbot.core.MentionGuard;
import dev.termbot.storage.Tally;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a digest as the Markdown posted to moderators. Only bold, inline code and bullet lists,
 * which Discord and Slack adapters both render; anything users typed (define queries) is defanged
 * and set in code so it can neither ping nor format.
 */
public final class DigestMarkdown {
    private DigestMarkdown() {
    }

    public static String render(Digest digest) {
        StringBuilder out = new StringBuilder();
        out.append("**termbot digest: ").append(digest.period().label()).append("** (").append(digest.zone().getId()).append(")\n");
        out.append("Notes posted: **").append(digest.notesPosted()).append("** · Hits: **").append(digest.hits())
                .append("** (previous period: ").append(digest.previousHits()).append(", ")
                .append(DigestText.signed(digest.hits() - digest.previousHits())).append(")\n\n");
        section(out, "Rules", digest.rules().stream()
                .map(line -> code(line.rule()) + " → " + code(line.term()) + ": " + line.hits() + " hits ("
                        + DigestText.signed(line.change()) + " from " + line.previousHits() + "; " + line.uses() + " used, "
                        + line.disputed() + " disputed), " + line.replies() + " notes posted")
                .toList());
        section(out, "Busiest channels", digest.channels().stream()
                .map(channel -> code(DigestText.place(channel)) + ": " + channel.hits() + " hits").toList());
        out.append("**Suppressed notes**\n").append(Digest.reportedReasons().stream()
                .map(reason -> "- " + DigestText.words(reason) + ": " + digest.suppressed(reason))
                .collect(Collectors.joining("\n"))).append("\n\n");
        section(out, "/define found", tallies(digest.foundTerms()));
        section(out, "/define found nothing (glossary gaps)", tallies(digest.notFoundQueries()));
        if (digest.glossaryKnown()) {
            section(out, "Terms to review (reviewed over " + digest.staleAfterDays() + " days ago)",
                    digest.staleTerms().stream().map(DigestMarkdown::code).toList());
            section(out, "Rules without a hit", digest.silentRules().stream().map(DigestMarkdown::code).toList());
        } else {
            out.append("_").append(DigestText.NO_GLOSSARY).append("_\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static List<String> tallies(List<Tally> tallies) {
        return tallies.stream().map(t -> code(t.name()) + " ×" + t.count()).toList();
    }

    /** Inline code that cannot be broken out of: backticks become quotes, mentions are defanged, one line. */
    static String code(String text) {
        String safe = MentionGuard.defang(DigestText.oneLine(text)).replace('`', '\'');
        return "`" + (safe.isEmpty() ? " " : safe) + "`";
    }

    private static void section(StringBuilder out, String title, List<String> items) {
        out.append("**").append(title).append("**\n");
        if (items.isEmpty()) {
            out.append("- none\n\n");
            return;
        }
        items.forEach(item -> out.append("- ").append(item).append('\n'));
        out.append('\n');
    }
}
