package dev.termbot.core;

import java.util.List;
import java.util.Objects;

/**
 * What the bot wants to say, before any platform renders it. Adapters turn it into Block Kit,
 * embeds or console lines; nothing here is platform markup. Every piece that echoes user text has
 * already been through {@link MentionGuard}.
 *
 * @param kind        what sort of answer this is
 * @param termId      the glossary entry it is about, or "" for notices
 * @param ruleId      the misuse rule that triggered a note, or ""
 * @param title       a short heading, e.g. the term's display form
 * @param summary     the one-sentence definition (may be "")
 * @param body        the note or the main text
 * @param links       sources to show
 * @param suggestions display forms of near entries (for NOT_FOUND)
 * @param footer      a "why am I seeing this" line (may be "")
 */
public record Reply(Kind kind, String termId, String ruleId, String title, String summary, String body,
                    List<Link> links, List<String> suggestions, String footer) {

    /** The sort of answer; adapters choose visibility from it (notes in thread, definitions ephemeral). */
    public enum Kind {
        /** A passive note after a misuse rule fired. */
        NOTE,
        /** A {@code /define} answer. */
        DEFINITION,
        /** A {@code /define} that found nothing; suggestions may follow. */
        NOT_FOUND,
        /** Command feedback (opt-out confirmed, channel muted, help, errors). */
        NOTICE
    }

    public Reply {
        Objects.requireNonNull(kind, "kind");
        termId = termId == null ? "" : termId;
        ruleId = ruleId == null ? "" : ruleId;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        links = List.copyOf(links);
        suggestions = List.copyOf(suggestions);
        footer = footer == null ? "" : footer;
    }

    /** A short notice with no term attached. */
    public static Reply notice(String title, String body) {
        return new Reply(Kind.NOTICE, "", "", title, "", body, List.of(), List.of(), "");
    }

    /** The reply as plain text, the way the console shows it and the fallback text platforms need. */
    public String toPlainText() {
        StringBuilder out = new StringBuilder();
        appendLine(out, title);
        appendLine(out, summary);
        appendLine(out, body);
        if (!suggestions.isEmpty()) {
            appendLine(out, "Did you mean: " + String.join(", ", suggestions) + "?");
        }
        for (Link link : links) {
            appendLine(out, "- " + link.title() + ": " + link.url());
        }
        appendLine(out, footer);
        return out.toString().stripTrailing();
    }

    private static void appendLine(StringBuilder out, String line) {
        if (!line.isBlank()) {
            out.append(line).append('\n');
        }
    }
}
