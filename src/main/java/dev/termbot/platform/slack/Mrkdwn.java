package dev.termbot.platform.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for Slack's mrkdwn. Everything termbot sends goes through {@link #escape}, so no text, from
 * the glossary or echoed from a user, can form a mention ({@code <!channel>}, {@code <@U1>}), a
 * channel link or a disguised link. The only angle brackets in output are the links built by
 * {@link #link}.
 *
 * <p>Stateless and thread-safe.
 */
final class Mrkdwn {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$", Pattern.MULTILINE);
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*]\\s+", Pattern.MULTILINE);

    private Mrkdwn() {
    }

    /** Escapes the three characters Slack treats as control characters in mrkdwn. */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A link for https (or http) URLs; anything else is shown as escaped text, never linked. */
    static String link(String url, String title) {
        String label = escape(title).replace("|", "\u2758");
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || url.contains("|")) {
            return label.isEmpty() ? escape(url) : label + " (" + escape(url) + ")";
        }
        return "<" + escape(url) + "|" + (label.isEmpty() ? escape(url) : label) + ">";
    }

    /**
     * Converts the digest's Markdown (headings, bold, bullets, links) to mrkdwn. The text is
     * escaped first, so anything in it that came from users stays inert.
     */
    static String fromMarkdown(String markdown) {
        String text = escape(markdown == null ? "" : markdown);
        text = HEADING.matcher(text).replaceAll(m -> Matcher.quoteReplacement("*" + m.group(1).strip() + "*"));
        text = BOLD.matcher(text).replaceAll(m -> Matcher.quoteReplacement("*" + m.group(1) + "*"));
        text = BULLET.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\u2022 "));
        // links were escaped above; their URL part contains no '<', '>' or '|' after escaping
        return MARKDOWN_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                "<" + m.group(2) + "|" + m.group(1).replace("|", "\u2758") + ">")).stripTrailing();
    }

    /** Cuts text to Slack's per-field limits without splitting a surrogate pair. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, cut) + "\u2026";
    }
}
