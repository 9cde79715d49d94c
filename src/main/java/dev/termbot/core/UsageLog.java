package dev.termbot.core;

/**
 * Where usage events go. {@link #record} must never block a reply and never throw: storage trouble
 * is the log's to report (health, log lines), not the chat's.
 */
public interface UsageLog extends AutoCloseable {
    /** Queues one event; returns at once. */
    void record(UsageEvent event);

    /** Commits everything queued so far; used on shutdown. */
    @Override
    void close();

    /** A log that drops everything (scan, benchmarks). */
    UsageLog NONE = new UsageLog() {
        @Override
        public void record(UsageEvent event) {
            // intentionally nothing: commands such as scan judge lines without recording usage
        }

        @Override
        public void close() {
            // nothing queued, nothing to flush
        }
    };
}
