package dev.termbot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces retention: deletes usage rows, answers to notes (votes and removals), "already explained" memories and last-note times older
 * than the retention period, and delivery keys older than their time limit. Opt-outs, mutes and
 * cooldowns are settings people made, not records, and are kept until changed or forgotten.
 *
 * <p>Thread-safe; runs daily through {@link #scheduleDaily} and on demand ({@code termbot db purge}).
 */
public final class RetentionPurge {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final Database database;
    private final Clock clock;
    private final Duration retention;
    private final Duration handledKeyTtl;

    public RetentionPurge(Database database, Clock clock, Duration retention, Duration handledKeyTtl) {
        this.database = database;
        this.clock = clock;
        this.retention = retention;
        this.handledKeyTtl = handledKeyTtl;
    }

    public PurgeReport purge() {
        Instant now = clock.instant();
        long cutoff = now.minus(retention).toEpochMilli();
        long keyCutoff = now.minus(handledKeyTtl).toEpochMilli();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                // an owed note no start could post (a platform no longer run) goes with the rest of its age
                SqlitePolicyStore.update(connection, "DELETE FROM pending_replies WHERE claimed_at < ?", cutoff);
                // claims whose hold ran out before the cutoff decide nothing any more
                SqlitePolicyStore.update(connection, "DELETE FROM place_claims WHERE held_until < ?", cutoff);
                SqlitePolicyStore.update(connection, "DELETE FROM person_claims WHERE held_until < ?", cutoff);
                // answers to notes are records with a person's hash, kept as long as usage rows
                int feedback = SqlitePolicyStore.update(connection, "DELETE FROM note_feedback WHERE voted_at < ?", cutoff)
                        + SqlitePolicyStore.update(connection, "DELETE FROM note_removals WHERE removed_at < ?", cutoff);
                // a glossary suggestion is kept while it is recent (the digest counts them) and then goes with
                // its hashes; an approved entry stays in the glossary overlay, which holds no user
                SqlitePolicyStore.update(connection, "DELETE FROM glossary_suggestions"
                        + " WHERE COALESCE(decided_at, suggested_at) < ?", cutoff);
                PurgeReport report = new PurgeReport(Instant.ofEpochMilli(cutoff),
                        SqlitePolicyStore.update(connection, "DELETE FROM usage_events WHERE occurred_at < ?", cutoff),
                        SqlitePolicyStore.update(connection, "DELETE FROM explained_rules WHERE explained_at < ?", cutoff),
                        SqlitePolicyStore.update(connection, "DELETE FROM last_notes WHERE noted_at < ?", cutoff),
                        SqlitePolicyStore.update(connection, "DELETE FROM handled_deliveries WHERE handled_at < ?", keyCutoff),
                        feedback);
                connection.commit();
                return report;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot purge " + database.location() + ": " + e.getMessage(), e);
        }
    }

    /** Purges a minute from now and then every 24 hours; failures are logged and retried the next day. */
    public ScheduledFuture<?> scheduleDaily(ScheduledExecutorService executor) {
        return executor.scheduleAtFixedRate(this::purgeAndLog, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    private void purgeAndLog() {
        try {
            PurgeReport report = purge();
            LOG.info("retention purge: deleted {} usage rows, {} explained, {} note times, {} delivery keys, {} note answers",
                    report.events(), report.explained(), report.notes(), report.deliveryKeys(), report.noteFeedback());
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again; log and keep the schedule alive
            LOG.error("retention purge failed: {}", e.getMessage());
        }
    }
}
