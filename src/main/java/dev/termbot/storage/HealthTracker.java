package dev.termbot.storage;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects storage failures and counters from the usage writer and the policy store, logs each
 * change of state once (not every retry), and produces {@link StorageHealth} snapshots. Log lines
 * name the operation and the SQLite error only, never an event's content.
 *
 * <p>Thread-safe.
 */
final class HealthTracker {
    private static final Logger LOG = LoggerFactory.getLogger(HealthTracker.class);

    private final Clock clock;
    private final AtomicLong writeFailures = new AtomicLong();
    private final AtomicLong lostEvents = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean writable = true;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile IntSupplier queueDepth = () -> 0;

    HealthTracker(Clock clock) {
        this.clock = clock;
    }

    void watchQueue(IntSupplier depth) {
        this.queueDepth = depth;
    }

    /** A write failed; logged at ERROR when the state changes or the error differs from the last one. */
    void writeFailed(String operation, Exception error) {
        writeFailures.incrementAndGet();
        String described = describe(error);
        boolean news = writable || !described.equals(lastError);
        writable = false;
        lastError = described;
        lastErrorAt = clock.instant();
        if (news) {
            LOG.error("storage write failed ({}): {}; the chat carries on without it", operation, described);
        } else {
            LOG.debug("storage write failed again ({}): {}", operation, described);
        }
    }

    /** A read failed; reads never change writability but are reported the same way. */
    void readFailed(String operation, Exception error) {
        String described = describe(error);
        boolean news = !described.equals(lastError);
        lastError = described;
        lastErrorAt = clock.instant();
        if (news) {
            LOG.error("storage read failed ({}): {}; answering from memory", operation, described);
        }
    }

    void writeSucceeded() {
        if (!writable) {
            writable = true;
            LOG.info("storage writes succeed again");
        }
    }

    void written(int events) {
        written.addAndGet(events);
    }

    void lost(int events, String why) {
        lostEvents.addAndGet(events);
        LOG.error("gave up {} usage events: {}", events, why);
    }

    /** Counts a refused event; logs the first and then every 1000th so a flood does not flood the log too. */
    void droppedOne() {
        long total = dropped.incrementAndGet();
        if (total == 1 || total % 1000 == 0) {
            LOG.warn("usage log queue full: {} events dropped so far (the chat is never slowed down to record usage)", total);
        }
    }

    StorageHealth snapshot() {
        return new StorageHealth(writable, Optional.ofNullable(lastError), Optional.ofNullable(lastErrorAt),
                writeFailures.get(), lostEvents.get(), queueDepth.getAsInt(), dropped.get(), written.get());
    }

    /** Exception class and message: SQLite messages name the problem (locked, full) and never carry bound values. */
    private static String describe(Exception error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }
}
