package dev.termbot.core;

/** The markup dialect a message was written in; decides how code, links and mentions are recognised. */
public enum Markup {
    /** Plain text (console, JSONL input): Markdown-ish code spans and links are still honoured. */
    PLAIN,
    /** Discord's Markdown. */
    DISCORD_MARKDOWN,
    /** Slack's mrkdwn, with {@code <url|label>} links and {@code <@U123>} mentions. */
    SLACK_MRKDWN
}
