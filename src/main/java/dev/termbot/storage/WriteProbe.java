package dev.termbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the database takes a write now, found by making one: an upsert of a single row in
 * {@code install_settings}. Readiness must not trust the last usage-log batch (which may be minutes
 * old, or never have failed because nothing was written) nor a file permission (root ignores them).
 * The result feeds the same health state as every other write, so a failure is logged once and a
 * recovery is seen by the next probe. Probes are spaced at least {@link #SPACING} apart, so a busy
 * health checker costs one write a second at most. Thread-safe.
 */
final class WriteProbe {
    static final Duration SPACING = Duration.ofSeconds(1);
    // a probe waits this long for a lock held elsewhere, then counts as a failed write
    static final Duration LOCK_WAIT = Duration.ofMillis(500);
    private static final String UPSERT = "INSERT INTO install_settings (name, setting) VALUES ('readiness_probe', ?)"
            + " ON CONFLICT (name) DO UPDATE SET setting = excluded.setting";

    private final Database database;
    private final HealthTracker health;
    private final Clock clock;
    private Instant lastProbe = Instant.MIN;
    private boolean lastResult = true;

    WriteProbe(Database database, HealthTracker health, Clock clock) {
        this.database = database;
        this.health = health;
        this.clock = clock;
    }

    synchronized boolean writable() {
        Instant now = clock.instant();
        if (Duration.between(lastProbe, now).compareTo(SPACING) < 0 && !lastProbe.equals(Instant.MIN)) {
            return lastResult;
        }
        lastProbe = now;
        try (Connection connection = database.connect(LOCK_WAIT);
             PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, now.toString());
            upsert.executeUpdate();
            health.writeSucceeded();
            lastResult = true;
        } catch (SQLException e) {
            health.writeFailed("readiness probe", e);
            lastResult = false;
        }
        return lastResult;
    }
}
