package dev.termbot.storage;

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of how storage is doing, for health checks and metrics.
 *
 * @param writable      false while the last write (usage batch or policy change) failed
 * @param lastError     the last storage error in words (an SQLite message; never message text or user ids)
 * @param lastErrorAt   when it happened
 * @param writeFailures failed write attempts so far (each retried batch attempt counts)
 * @param lostEvents    usage events given up after all retries, or left queued when close timed out
 * @param queueDepth    usage events waiting for the writer now
 * @param dropped       usage events refused because the queue was full
 * @param written       usage events committed so far
 */
public record StorageHealth(boolean writable, Optional<String> lastError, Optional<Instant> lastErrorAt,
                            long writeFailures, long lostEvents, int queueDepth, long dropped, long written) {

    /** Whether the last write succeeded (the name health endpoints look for). */
    public boolean isWritable() {
        return writable;
    }
}
