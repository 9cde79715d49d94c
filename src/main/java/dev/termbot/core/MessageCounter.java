package dev.termbot.core;

/**
 * Told about every chat message the {@link Bot} looks at, with or without hits, so operations can
 * count traffic (usage events only exist for messages with hits). Receives the place only, never
 * the text or the author.
 *
 * <p>Implementations must be thread-safe, cheap and must not throw: the bot calls them on the
 * adapters' event threads before detection.
 */
@FunctionalInterface
public interface MessageCounter {
    /** One message from {@code where} was scanned. */
    void scanned(Where where);

    /** Counts nothing (tests, scan, benchmarks). */
    MessageCounter NONE = where -> {
        // intentionally nothing: only a running bot reports traffic
    };
}
