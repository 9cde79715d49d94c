package dev.termbot.core;

/**
 * One chat platform adapter, as small as hubot's: start feeding the {@link Bot}, say whether the
 * connection is up, post a text to the moderators, close. Adapters translate platform events into
 * {@link InboundMessage}s and render {@link Reply}s; the core never sees an SDK type.
 */
public interface ChatPlatform extends AutoCloseable {
    /** "console", "slack", "discord", ... */
    String name();

    /** Connects and starts handling events; returns once connected (or throws). */
    void start() throws Exception;

    /** Whether the platform connection is up right now (readiness). */
    boolean isConnected();

    /** Posts a Markdown text (the weekly digest) to the configured moderators' channel, if any. */
    void postToModerators(String markdown);

    /** Stops taking events and closes the connection; replies in flight are finished first. */
    @Override
    void close();
}
