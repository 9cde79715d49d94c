package dev.termbot.core;

import java.util.Objects;

/**
 * The markup dialect a message was written in, as the few facts the detector reads: how code, links
 * and strikethrough are written. Each {@link PlatformProvider} supplies its own, so a platform with a
 * dialect of its own needs no edit here or in the detector; only plain text, the default and the
 * console's and scan's dialect, is named in the core.
 *
 * @param name               for messages and test names only, e.g. "slack mrkdwn"
 * @param fencedBlocks       whether blocks fenced with backticks or tildes on lines of their own
 *                           (CommonMark's rules) are code, read before code spans; chat dialects
 *                           have code spans only
 * @param angleBracketLinks  whether every {@code <target|label>} is a link whose target is not
 *                           prose, whatever the target (Slack); otherwise only a URL target is
 * @param singleTildeStrikes whether {@code ~x~} strikes through as {@code ~~x~~} does (Slack; plain
 *                           text takes both, as people type both; Discord needs two)
 */
public record Markup(String name, boolean fencedBlocks, boolean angleBracketLinks, boolean singleTildeStrikes) {
    /** Plain text (console, JSONL input): Markdown-ish code spans, fences and links are still honoured. */
    public static final Markup PLAIN = new Markup("plain", true, false, true);

    public Markup {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name;
    }
}
