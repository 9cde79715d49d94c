package dev.termbot.storage;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.BusyHandler;

/**
 * How a SQLite connection waits for a lock another connection holds: it tries again after short
 * pauses (50 µs, growing by 50 µs per try up to 1 ms) until its busy timeout has passed.
 *
 * <p>Why not SQLite's own busy timeout: that handler sleeps 1, 2, 5, 10, 15 ms… between tries, so a
 * decision that arrives while the usage log commits a batch (a write lock held for well under a
 * millisecond) sleeps 1 + 2 + 5 = 8 ms before it tries a third time. In the end-to-end benchmark
 * (issue 18) those waits were most of termbot's slowest single-message replies on Discord. Short
 * pauses cost a few more tries (a check of the WAL's shared memory each) only while another
 * connection writes, and the lock is taken within 50 µs to 1 ms of its release.
 *
 * <p>One per connection: SQLite calls it on the thread that runs the blocked statement, with the
 * number of tries so far in this wait (0 on the first).
 */
final class PromptBusyWait extends BusyHandler {
    private static final long STEP_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    private static final long MAX_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final long timeoutNanos;
    /** When the current wait began; only the connection's own (blocked) thread touches it. */
    private long waitingSince;

    PromptBusyWait(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /** The pause before try {@code tries + 1}. */
    static long pauseNanos(int tries) {
        return Math.min(MAX_PAUSE_NANOS, STEP_NANOS * (Math.max(0, tries) + 1L));
    }

    @Override
    protected int callback(int tries) {
        long now = System.nanoTime();
        if (tries == 0) {
            waitingSince = now;
        }
        long left = timeoutNanos - (now - waitingSince);
        if (left <= 0) {
            return 0; // give up: the statement fails with SQLITE_BUSY, as after a busy timeout
        }
        LockSupport.parkNanos(Math.min(left, pauseNanos(tries)));
        return 1;
    }
}
