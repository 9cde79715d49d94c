package dev.termbot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers which scheduled digests were posted to which platform, so a run missed while the bot
 * was down is posted once on the next start and never twice, even when several processes share
 * the database: a run is claimed with one conditional upsert before it is posted, and only the
 * process whose statement changed the row posts.
 *
 * <p>A claim is a lease, not a promise: a process can die between claiming and posting, and the
 * run must not then be lost for every process. A claim that is not confirmed as posted within
 * {@link #CLAIM_LEASE} may be taken over. The lease is far longer than a post takes, so a second
 * post needs a post that hung for ten minutes and then arrived; a lost digest would need a process
 * that stays dead forever, which the lease rules out.
 *
 * <p>Thread-safe; each call uses its own connection and may throw {@link StorageException}.
 */
public final class DigestRunLog {
    /** How long an unposted claim keeps other processes off the run (see the class comment). */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

    private final Database database;

    public DigestRunLog(Database database) {
        this.database = database;
    }

    /** A digest run recorded for one platform; {@code postedAt} is empty while it is claimed and not yet posted. */
    public record Run(Instant dueAt, String platform, LocalDate periodFrom, LocalDate periodTo, Instant claimedAt,
                      Optional<Instant> postedAt) {
    }

    /** A won claim: what {@link #posted} and {@link #release} need to touch this claim and no later one. */
    public record Claim(Instant dueAt, String platform, Instant claimedAt) {
    }

    /**
     * Claims the run of {@code dueAt} for a platform: inserts it, or takes over a claim that was never
     * posted and whose lease ran out. One statement, so of several processes exactly one wins.
     *
     * @return the claim when this caller won and must post the run, else empty
     */
    public Optional<Claim> claim(Instant dueAt, String platform, LocalDate periodFrom, LocalDate periodTo, Instant now) {
        long leaseOver = now.minus(CLAIM_LEASE).toEpochMilli();
        boolean won = call(c -> SqlitePolicyStore.update(c, "INSERT INTO digest_runs (due_at, platform, period_from, period_to, claimed_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (due_at, platform) DO UPDATE SET claimed_at = excluded.claimed_at"
                        + " WHERE digest_runs.posted_at IS NULL AND digest_runs.claimed_at <= ?",
                dueAt.toEpochMilli(), platform, periodFrom.toString(), periodTo.toString(), now.toEpochMilli(), leaseOver) > 0);
        return won ? Optional.of(new Claim(dueAt, platform, now)) : Optional.empty();
    }

    /** The claimed run was posted: it is never posted again. */
    public void posted(Claim claim, Instant at) {
        call(c -> SqlitePolicyStore.update(c, "UPDATE digest_runs SET posted_at = ? WHERE due_at = ? AND platform = ?"
                + " AND claimed_at = ?", at.toEpochMilli(), claim.dueAt().toEpochMilli(), claim.platform(),
                claim.claimedAt().toEpochMilli()));
    }

    /**
     * Gives a claim back after posting failed, so a later check (of any process) tries again. Only
     * this claim: if the lease ran out and another process took the run over, its claim stays.
     */
    public void release(Claim claim) {
        call(c -> SqlitePolicyStore.update(c, "DELETE FROM digest_runs WHERE due_at = ? AND platform = ? AND claimed_at = ?"
                + " AND posted_at IS NULL", claim.dueAt().toEpochMilli(), claim.platform(), claim.claimedAt().toEpochMilli()));
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
            try (var statement = c.prepareStatement("SELECT due_at, platform, period_from, period_to, claimed_at, posted_at"
                    + " FROM digest_runs ORDER BY due_at, platform"); var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long postedAt = rows.getLong(6);
                    Optional<Instant> posted = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(postedAt));
                    runs.add(new Run(Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2), LocalDate.parse(rows.getString(3)),
                            LocalDate.parse(rows.getString(4)), Instant.ofEpochMilli(rows.getLong(5)), posted));
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
