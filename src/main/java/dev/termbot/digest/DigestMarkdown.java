package dev.termbot.digest;

import dev.termbot.core.MentionGuard;
import dev.termbot.storage.Tally;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a digest as the Markdown posted to moderators. Only bold, inline code and bullet lists,
 * which Discord and Slack adapters both render; anything users typed (define queries) and anything
 * a community named (channels) is defanged and set in code so it can neither ping nor format.
 */
public final class DigestMarkdown {
    private DigestMarkdown() {
    }

    public static String render(Digest digest) {
        StringBuilder out = new StringBuilder();
        out.append("**termbot digest: ").append(digest.period().label()).append("** (").append(digest.zone().getId()).append(")\n");
        out.append(DigestText.summary(digest)).append('\n');
        out.append("Feedback on notes: ").append(DigestText.feedback(digest.feedback())).append('\n');
        out.append("Glossary suggestions: ").append(DigestText.suggestions(digest.suggestions())).append("\n\n");
        section(out, "Rules", digest.rules().stream()
                .map(line -> code(line.rule()) + " → " + code(digest.termName(line.term())) + ": "
                        + Plural.of(line.hits(), "hit") + " (" + DigestText.signed(line.change()) + " from " + line.previousHits()
                        + "; " + line.uses() + " used, " + Plural.of(line.disputed(), "disputed mention") + "), "
                        + Plural.of(line.replies(), "note") + " posted; feedback: " + DigestText.feedback(line.feedback()))
                .toList());
        section(out, "Busiest channels", digest.channels().stream()
                .map(channel -> code(DigestText.place(channel)) + ": " + Plural.of(channel.hits(), "hit")).toList());
        out.append("**Suppressed notes**\n").append(Digest.reportedReasons().stream()
                .map(reason -> "- " + DigestText.words(reason) + ": " + digest.suppressed(reason))
                .collect(Collectors.joining("\n"))).append("\n\n");
        section(out, "/define found", tallies(digest.foundTerms(), digest::termName));
        section(out, "/define found nothing (glossary gaps)", tallies(digest.notFoundQueries(), Function.identity()));
        if (digest.glossaryKnown()) {
            section(out, "Terms to review (reviewed over " + digest.staleAfterDays() + " days ago)",
                    digest.staleTerms().stream().map(id -> code(digest.termName(id))).toList());
            section(out, "Rules without a hit", digest.silentRules().stream().map(DigestMarkdown::code).toList());
        } else {
            out.append("_").append(DigestText.NO_GLOSSARY).append("_\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static List<String> tallies(List<Tally> tallies, Function<String, String> label) {
        return tallies.stream().map(t -> code(label.apply(t.name())) + " ×" + t.count()).toList();
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
