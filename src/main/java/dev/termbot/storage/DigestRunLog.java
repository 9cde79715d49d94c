package dev.termbot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers which scheduled digests were posted to which platform, so a run missed while the bot
 * was down is posted once on the next start and never twice, even when several processes share
 * the database: a run is claimed with one INSERT before it is posted.
 *
 * <p>Thread-safe; each call uses its own connection and may throw {@link StorageException}.
 */
public final class DigestRunLog {
    private final Database database;

    public DigestRunLog(Database database) {
        this.database = database;
    }

    /** A digest run recorded for one platform. */
    public record Run(Instant dueAt, String platform, LocalDate periodFrom, LocalDate periodTo, Instant claimedAt) {
    }

    /** Claims the run of {@code dueAt} for a platform; true when this caller won and must post it. */
    public boolean claim(Instant dueAt, String platform, LocalDate periodFrom, LocalDate periodTo, Instant now) {
        return call(c -> SqlitePolicyStore.update(c, "INSERT INTO digest_runs (due_at, platform, period_from, period_to, claimed_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (due_at, platform) DO NOTHING",
                dueAt.toEpochMilli(), platform, periodFrom.toString(), periodTo.toString(), now.toEpochMilli()) > 0);
    }

    /** Gives a claim back after posting failed, so a later check tries again. */
    public void release(Instant dueAt, String platform) {
        call(c -> SqlitePolicyStore.update(c, "DELETE FROM digest_runs WHERE due_at = ? AND platform = ?",
                dueAt.toEpochMilli(), platform));
    }

    /**
     * When scheduled posting began on this database (recorded at the first call). Runs due before
     * it are not "missed": a fresh install does not post last week's empty digest.
     */
    public Instant scheduleSince(Instant now) {
        return call(c -> Instant.ofEpochMilli(Long.parseLong(InstallSettings.putIfAbsent(c,
                InstallSettings.DIGEST_SCHEDULE_SINCE, Long.toString(now.toEpochMilli())))));
    }

    /** Every recorded run, oldest first. */
    public List<Run> runs() {
        return call(c -> {
            List<Run> runs = new ArrayList<>();
            try (var statement = c.prepareStatement("SELECT due_at, platform, period_from, period_to, claimed_at"
                    + " FROM digest_runs ORDER BY due_at, platform"); var rows = statement.executeQuery()) {
                while (rows.next()) {
                    runs.add(new Run(Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2), LocalDate.parse(rows.getString(3)),
                            LocalDate.parse(rows.getString(4)), Instant.ofEpochMilli(rows.getLong(5))));
                }
            }
            return runs;
        });
    }

    private <T> T call(SqlitePolicyStore.SqlCall<T> call) {
        try (Connection connection = database.connect()) {
            return call.apply(connection);
        } catch (SQLException e) {
            throw new StorageException("cannot use digest runs in " + database.location() + ": " + e.getMessage(), e);
        }
    }
}
