package dev.termbot.core;

import java.util.Map;

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

    /**
     * Each connection readiness reports on its own line, by name, and whether it is up now: by
     * default the platform's one connection; Discord lists every shard this process runs.
     */
    default Map<String, Boolean> connections() {
        return Map.of(name(), isConnected());
    }

    /** Posts a Markdown text (the weekly digest) to the configured moderators' channel, if any. */
    void postToModerators(String markdown);

    /**
     * Registers what to do when the connection is lost for good: the platform gave up and will not
     * reconnect by itself (e.g. Discord closed the gateway with a fatal code such as 4004). Called
     * at most once, on a platform thread, with a reason fit for the log; never after {@link #close()}
     * began. Platforms that always reconnect need not override this.
     */
    default void whenLostForGood(java.util.function.Consumer<String> listener) {
        // the default platform reconnects by itself, so it is never lost for good
    }

    /** Stops taking events and closes the connection; replies in flight are finished first. */
    @Override
    void close();
}
