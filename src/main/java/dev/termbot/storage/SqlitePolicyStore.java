package dev.termbot.storage;

import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.PolicyFacts;
import dev.termbot.core.PolicyStore;
import dev.termbot.core.Where;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reply policy's memory in SQLite, so opt-outs, mutes, cooldowns, last notes, "already
 * explained" and handled delivery keys survive restarts and can be shared by several processes.
 * User ids are stored only as their keyed hash.
 *
 * <p>It sits in the chat path, so it never throws and never waits long: the connection's busy
 * timeout is short ({@link StorageOptions#policyBusyTimeout()}), and when the database fails the
 * store answers from an in-memory copy of everything it has read or written in this process
 * (logged and reported in {@link StorageHealth}). Delivery keys older than
 * {@link StorageOptions#handledKeyTtl()} count as new again; {@link RetentionPurge} deletes them.
 * The in-memory copy forgets on the same terms (at most once per {@link #MIRROR_PRUNE_EVERY}), so
 * a process that runs for months holds only what the database would still answer.
 *
 * <p>Thread-safe: calls are serialised on one connection (each is a single small statement).
 */
public final class SqlitePolicyStore implements PolicyStore {
    /** How often the in-memory copy is pruned; each pass walks it once, so not on every call. */
    static final Duration MIRROR_PRUNE_EVERY = Duration.ofMinutes(1);

    private final Database database;
    private final UserHasher hasher;
    private final StorageOptions options;
    private final HealthTracker health;
    private final Clock clock;
    private final InMemoryPolicyStore memory = new InMemoryPolicyStore();
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    /** How many {@link #atomically} calls this (lock-holding) thread is inside; guarded by {@code lock}. */
    private int depth;
    /** When the in-memory copy is pruned next; guarded by {@code lock}. */
    private Instant nextMirrorPrune = Instant.MIN;

    SqlitePolicyStore(Database database, UserHasher hasher, StorageOptions options, HealthTracker health,
                      Clock clock) {
        this.database = database;
        this.clock = clock;
        this.hasher = hasher;
        this.options = options;
        this.health = health;
    }

    @Override
    public boolean isOptedOut(String platform, String workspace, String userId) {
        return read("opt-out", () -> memory.isOptedOut(platform, workspace, userId),
                c -> exists(c, "SELECT 1 FROM opted_out_users WHERE platform = ? AND workspace = ? AND user_hash = ?",
                        platform, workspace, hasher.hash(userId)),
                found -> memory.setOptedOut(platform, workspace, userId, found));
    }

    @Override
    public void setOptedOut(String platform, String workspace, String userId, boolean optedOut) {
        memory.setOptedOut(platform, workspace, userId, optedOut);
        String hash = hasher.hash(userId);
        write("opt-out", c -> optedOut
                ? update(c, "INSERT INTO opted_out_users (platform, workspace, user_hash, opted_out_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (platform, workspace, user_hash) DO NOTHING", platform, workspace, hash, clock.millis())
                : update(c, "DELETE FROM opted_out_users WHERE platform = ? AND workspace = ? AND user_hash = ?",
                platform, workspace, hash));
    }

    @Override
    public boolean isMuted(Where where) {
        return read("mute", () -> memory.isMuted(where),
                c -> exists(c, "SELECT 1 FROM muted_channels WHERE platform = ? AND workspace = ? AND channel = ?",
                        where.platform(), where.workspace(), where.channel()),
                found -> memory.setMuted(where, found));
    }

    @Override
    public void setMuted(Where where, boolean muted) {
        memory.setMuted(where, muted);
        write("mute", c -> muted
                ? update(c, "INSERT INTO muted_channels (platform, workspace, channel, muted_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (platform, workspace, channel) DO NOTHING",
                where.platform(), where.workspace(), where.channel(), clock.millis())
                : update(c, "DELETE FROM muted_channels WHERE platform = ? AND workspace = ? AND channel = ?",
                where.platform(), where.workspace(), where.channel()));
    }

    @Override
    public Optional<Duration> cooldownOverride(Where where) {
        return read("cooldown", () -> memory.cooldownOverride(where),
                c -> firstLong(c, "SELECT cooldown_ms FROM channel_cooldowns WHERE platform = ? AND workspace = ? AND channel = ?",
                        where.platform(), where.workspace(), where.channel()).map(Duration::ofMillis),
                found -> found.ifPresent(cooldown -> memory.setCooldownOverride(where, cooldown)));
    }

    @Override
    public void setCooldownOverride(Where where, Duration cooldown) {
        memory.setCooldownOverride(where, cooldown);
        write("cooldown", c -> update(c, "INSERT INTO channel_cooldowns (platform, workspace, channel, cooldown_ms) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (platform, workspace, channel) DO UPDATE SET cooldown_ms = excluded.cooldown_ms",
                where.platform(), where.workspace(), where.channel(), cooldown.toMillis()));
    }

    @Override
    public Optional<Instant> lastNote(Where where, String ruleId) {
        return read("last note", () -> memory.lastNote(where, ruleId),
                c -> firstLong(c, "SELECT noted_at FROM last_notes WHERE platform = ? AND workspace = ? AND channel = ?"
                                + " AND thread = ? AND rule_id = ?",
                        where.platform(), where.workspace(), where.channel(), where.thread(), ruleId).map(Instant::ofEpochMilli),
                found -> found.ifPresent(at -> memory.recordNote(where, ruleId, at)));
    }

    @Override
    public void recordNote(Where where, String ruleId, Instant at) {
        memory.recordNote(where, ruleId, at);
        write("last note", c -> update(c, "INSERT INTO last_notes (platform, workspace, channel, thread, rule_id, noted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, workspace, channel, thread, rule_id)"
                        + " DO UPDATE SET noted_at = excluded.noted_at",
                where.platform(), where.workspace(), where.channel(), where.thread(), ruleId, at.toEpochMilli()));
    }

    /**
     * The five reads of a claim in one statement: on the chat path's connection each statement costs
     * a round through the driver (and on PostgreSQL a round trip to the server), and every message
     * with a hit asks all five before it is answered.
     */
    @Override
    public PolicyFacts factsFor(Where where, String userId, String ruleId) {
        String hash = hasher.hash(userId);
        return read("policy", () -> memory.factsFor(where, userId, ruleId), c -> {
            try (PreparedStatement statement = Sql.prepare(c, "SELECT"
                            + " EXISTS (SELECT 1 FROM opted_out_users WHERE platform = ? AND workspace = ? AND user_hash = ?),"
                            + " EXISTS (SELECT 1 FROM muted_channels WHERE platform = ? AND workspace = ? AND channel = ?),"
                            + " (SELECT cooldown_ms FROM channel_cooldowns WHERE platform = ? AND workspace = ? AND channel = ?),"
                            + " (SELECT noted_at FROM last_notes WHERE platform = ? AND workspace = ? AND channel = ?"
                            + " AND thread = ? AND rule_id = ?),"
                            + " (SELECT explained_at FROM explained_rules WHERE platform = ? AND workspace = ?"
                            + " AND user_hash = ? AND rule_id = ?)",
                    where.platform(), where.workspace(), hash,
                    where.platform(), where.workspace(), where.channel(),
                    where.platform(), where.workspace(), where.channel(),
                    where.platform(), where.workspace(), where.channel(), where.thread(), ruleId,
                    where.platform(), where.workspace(), hash, ruleId);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return new PolicyFacts(row.getBoolean(1), row.getBoolean(2), optionalLong(row, 3).map(Duration::ofMillis),
                        optionalLong(row, 4).map(Instant::ofEpochMilli), optionalLong(row, 5).map(Instant::ofEpochMilli));
            }
        }, found -> {
            memory.setOptedOut(where.platform(), where.workspace(), userId, found.optedOut());
            memory.setMuted(where, found.muted());
            found.cooldownOverride().ifPresent(cooldown -> memory.setCooldownOverride(where, cooldown));
            found.lastNote().ifPresent(at -> memory.recordNote(where, ruleId, at));
            found.lastExplained().ifPresent(at -> memory.recordExplained(where.platform(), where.workspace(), userId, ruleId, at));
        });
    }

    private static Optional<Long> optionalLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public Optional<Instant> lastExplained(String platform, String workspace, String userId, String ruleId) {
        return read("explained", () -> memory.lastExplained(platform, workspace, userId, ruleId),
                c -> firstLong(c, "SELECT explained_at FROM explained_rules WHERE platform = ? AND workspace = ?"
                                + " AND user_hash = ? AND rule_id = ?",
                        platform, workspace, hasher.hash(userId), ruleId).map(Instant::ofEpochMilli),
                found -> found.ifPresent(at -> memory.recordExplained(platform, workspace, userId, ruleId, at)));
    }

    @Override
    public void recordExplained(String platform, String workspace, String userId, String ruleId, Instant at) {
        memory.recordExplained(platform, workspace, userId, ruleId, at);
        write("explained", c -> update(c, "INSERT INTO explained_rules (platform, workspace, user_hash, rule_id, explained_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, workspace, user_hash, rule_id)"
                        + " DO UPDATE SET explained_at = excluded.explained_at",
                platform, workspace, hasher.hash(userId), ruleId, at.toEpochMilli()));
    }

    /**
     * Inserts the key, or refreshes it when its earlier record has expired; true when it counts as
     * new. One statement, so two processes racing for the same key cannot both win.
     */
    @Override
    public boolean markHandled(String platform, String workspace, String deliveryKey, Instant at) {
        long expiredBefore = at.minus(options.handledKeyTtl()).toEpochMilli();
        lock.lock();
        try {
            pruneMirror();
            boolean counted = update(connection(), "INSERT INTO handled_deliveries (platform, workspace, delivery_key, handled_at)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT (platform, workspace, delivery_key)"
                            + " DO UPDATE SET handled_at = excluded.handled_at WHERE handled_deliveries.handled_at < ?",
                    platform, workspace, deliveryKey, at.toEpochMilli(), expiredBefore) > 0;
            health.writeSucceeded();
            return counted;
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            if (lostRace(e)) {
                return false; // another process holds this very key in its open decision: it handles the delivery
            }
            health.writeFailed("delivery key", e);
            // without the database only this process's memory can tell a replay apart
            return memory.markHandled(platform, workspace, deliveryKey, at);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code call} as one transaction on the store's connection (the note ledger shares it, so
     * its writes never wait on this store's). Throws when it fails; the transaction is rolled back.
     */
    <T> T inTransaction(String what, SqlCall<T> call) throws SQLException {
        lock.lock();
        try {
            Connection c = connection();
            if (depth > 0) {
                return call.apply(c); // part of the enclosing atomic decision, committed with it
            }
            c.setAutoCommit(false);
            try {
                T result = call.apply(c);
                c.commit();
                health.writeSucceeded();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            health.writeFailed(what, e);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} with every read and write of this store (and of the note ledger) in one
     * transaction, so a decision is recorded whole or not at all: a crash in the middle leaves no
     * delivery marked handled without its owed note. Without a database the work still runs, on the
     * usual in-memory fallback.
     */
    <T> T atomically(Supplier<T> work) {
        lock.lock();
        try {
            Connection opened = begin();
            depth++;
            boolean finished = false;
            try {
                T result = work.get();
                finished = true;
                return result;
            } finally {
                depth--;
                end(opened, finished);
            }
        } finally {
            lock.unlock();
        }
    }

    private Connection begin() {
        try {
            Connection c = connection();
            c.setAutoCommit(false);
            return c;
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            health.writeFailed("decision", e);
            return null;
        }
    }

    /** Commits (or rolls back) on the connection the decision began with, unless a failure replaced it. */
    private void end(Connection opened, boolean finished) {
        if (opened == null || opened != connection) {
            return;
        }
        try {
            if (finished) {
                opened.commit();
                health.writeSucceeded();
            } else {
                opened.rollback();
            }
            opened.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            health.writeFailed("decision", e);
        }
    }

    Dialect dialect() {
        return database.dialect();
    }

    /** The store's clock reading, for the ledger's own timestamps. */
    Instant now() {
        return clock.instant();
    }

    /** Closes the connection; later calls reopen it. */
    void close() {
        lock.lock();
        try {
            discardConnection();
        } finally {
            lock.unlock();
        }
    }

    private <T> T read(String what, Supplier<T> fallback, SqlCall<T> call, Consumer<T> remember) {
        lock.lock();
        try {
            T value = call.apply(connection());
            remember.accept(value);
            return value;
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            health.readFailed(what, e);
            return fallback.get();
        } finally {
            lock.unlock();
        }
    }

    private void write(String what, SqlCall<?> call) {
        lock.lock();
        try {
            pruneMirror();
            call.apply(connection());
            health.writeSucceeded();
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            health.writeFailed(what, e);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets from the in-memory copy what {@link RetentionPurge} deletes from the database. Holds {@code lock}. */
    private void pruneMirror() {
        Instant now = clock.instant();
        if (now.isBefore(nextMirrorPrune)) {
            return;
        }
        nextMirrorPrune = now.plus(MIRROR_PRUNE_EVERY);
        memory.forget(now.minus(options.retention()), now.minus(options.handledKeyTtl()));
    }

    /** How many entries the in-memory copy holds (tests check it stays bounded). */
    int mirrorSize() {
        lock.lock();
        try {
            return memory.size();
        } finally {
            lock.unlock();
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = StatementReuse.wrap(database.connectForChatPath(options.policyBusyTimeout()));
        }
        return connection;
    }

    private void discardConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // being replaced anyway
            }
            connection = null;
        }
    }

    /**
     * Whether a statement failed because another connection held the row it wanted past the lock
     * wait (or a deadlock or serialisation failure chose this side): on a shared store that is
     * another process deciding the same thing, so this one must not act as if it had won.
     */
    static boolean lostRace(Throwable e) {
        String state = e instanceof SQLException sql ? sql.getSQLState() : null;
        return "55P03".equals(state) || "40P01".equals(state) || "40001".equals(state);
    }

    static boolean exists(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(c, sql, values); ResultSet rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    static Optional<Long> firstLong(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(c, sql, values); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(c, sql, values)) {
            return statement.executeUpdate();
        }
    }

    /** One JDBC call on the store's connection. */
    @FunctionalInterface
    interface SqlCall<T> {
        T apply(Connection connection) throws SQLException;
    }
}
