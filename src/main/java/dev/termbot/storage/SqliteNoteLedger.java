package dev.termbot.storage;

import dev.termbot.core.DeliveredNote;
import dev.termbot.core.InMemoryNoteLedger;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.NoteLedger;
import dev.termbot.core.PendingNote;
import dev.termbot.core.ReplyPolicy;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Where;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owed notes in SQLite ({@code pending_replies}), so a note whose event was acknowledged survives a
 * stop or a crash and is posted by the next start. {@link #sent} deletes the row and writes the
 * cooldown and "already explained" in one transaction: either the note counts as delivered with
 * both, or it is still owed.
 *
 * <p>Shares the policy store's connection and lock. Like that store it never throws into the chat
 * path: when the database fails, owed notes are kept in memory (negative ids) and still posted by
 * this process, but then they do not survive a crash (logged, and readiness reports the failure).
 * Thread-safe.
 */
final class SqliteNoteLedger implements NoteLedger {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNoteLedger.class);
    private static final String COLUMNS = "id, platform, workspace, channel, thread, message_id, rule_id, recipient_sealed,"
            + " claimed_at, attempts";

    private static final String CLAIM_UPDATE = " claimed_at = excluded.claimed_at, held_until = excluded.held_until,"
            + " quiet_ms = excluded.quiet_ms";

    private final SqlitePolicyStore store;
    private final UserHasher hasher;
    private final RecipientSeal seal;
    private final InMemoryNoteLedger memory;

    SqliteNoteLedger(SqlitePolicyStore store, UserHasher hasher) {
        this.store = store;
        this.hasher = hasher;
        this.seal = new RecipientSeal(hasher);
        this.memory = new InMemoryNoteLedger(store, true);
    }

    @Override
    public PendingNote open(InboundMessage message, String ruleId, Instant at) {
        Where where = message.where();
        String sealed = seal.seal(message.authorId());
        try {
            long id = store.inTransaction("owed note", c -> {
                try (PreparedStatement insert = Sql.prepare(c, "INSERT INTO pending_replies (platform, workspace, channel,"
                                + " thread, message_id, rule_id, user_hash, recipient_sealed, claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        where.platform(), where.workspace(), where.channel(), where.thread(), message.messageId(), ruleId,
                        hasher.hash(message.authorId()), sealed, at.toEpochMilli())) {
                    insert.executeUpdate();
                }
                return store.dialect().lastId(c);
            });
            return new PendingNote(id, where, message.messageId(), message.authorId(), ruleId, at, 0);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not record an owed note ({}); it is kept in memory and lost if the process dies",
                    e.getClass().getSimpleName());
            return memory.open(message, ruleId, at);
        }
    }

    /**
     * Wins the place, then the person, each with one conditional upsert that succeeds only when the
     * row's hold has run out, so of two processes deciding at once exactly one gets both. Losing the
     * person gives the place back (savepoint). When the database fails, this process's own
     * serialised checks are all that is left, and the claim counts as won.
     *
     * <p>Only a shared store claims: an SQLite file belongs to one process, whose {@link ReplyPolicy}
     * already decides alone, and the console, which starts each session with fresh policy memory on
     * the same file, must not be silenced by a claim of the session before.
     */
    @Override
    public Optional<SuppressionReason> hold(Where where, String userId, String ruleId, Instant now, Duration cooldown,
                                            Duration explainedWindow) {
        if (!shared()) {
            return Optional.empty();
        }
        long until = now.plus(ReplyPolicy.CLAIM_HOLD).toEpochMilli();
        try {
            return store.inTransaction("note claim", c -> {
                Savepoint before = c.setSavepoint();
                if (SqlitePolicyStore.update(c, "INSERT INTO place_claims (platform, workspace, channel, thread, rule_id,"
                                + " claimed_at, held_until, quiet_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (platform, workspace, channel, thread, rule_id) DO UPDATE SET"
                                + CLAIM_UPDATE + " WHERE place_claims.held_until <= ?",
                        where.platform(), where.workspace(), where.channel(), where.thread(), ruleId, now.toEpochMilli(), until,
                        cooldown.toMillis(), now.toEpochMilli()) == 0) {
                    return Optional.of(SuppressionReason.COOLDOWN);
                }
                if (SqlitePolicyStore.update(c, "INSERT INTO person_claims (platform, workspace, user_hash, rule_id,"
                                + " claimed_at, held_until, quiet_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (platform, workspace, user_hash, rule_id) DO UPDATE SET"
                                + CLAIM_UPDATE + " WHERE person_claims.held_until <= ?",
                        where.platform(), where.workspace(), hasher.hash(userId), ruleId, now.toEpochMilli(), until,
                        explainedWindow.toMillis(), now.toEpochMilli()) == 0) {
                    c.rollback(before);
                    return Optional.of(SuppressionReason.ALREADY_EXPLAINED);
                }
                c.releaseSavepoint(before);
                return Optional.empty();
            });
        } catch (SQLException | RuntimeException e) {
            if (SqlitePolicyStore.lostRace(e)) {
                return Optional.of(SuppressionReason.COOLDOWN); // another process is claiming this place right now
            }
            LOG.warn("could not claim a note across processes ({}); only this process's checks apply", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public boolean sharedBetweenProcesses() {
        return shared();
    }

    private boolean shared() {
        return store.dialect() != Dialect.SQLITE;
    }

    /** After the post the holds last its quiet time; a failed post ends them (0), so the claim is free at once. */
    private static void settleClaims(Connection c, PendingNote note, String userHash, Optional<Instant> postedAt)
            throws SQLException {
        Where where = note.where();
        String until = postedAt.map(at -> at.toEpochMilli() + " + quiet_ms").orElse("0");
        SqlitePolicyStore.update(c, "UPDATE place_claims SET held_until = " + until + " WHERE platform = ? AND workspace = ?"
                        + " AND channel = ? AND thread = ? AND rule_id = ? AND claimed_at = ?",
                where.platform(), where.workspace(), where.channel(), where.thread(), note.ruleId(), note.claimedAt().toEpochMilli());
        SqlitePolicyStore.update(c, "UPDATE person_claims SET held_until = " + until + " WHERE platform = ? AND workspace = ?"
                        + " AND user_hash = ? AND rule_id = ? AND claimed_at = ?",
                where.platform(), where.workspace(), userHash, note.ruleId(), note.claimedAt().toEpochMilli());
    }

    @Override
    public <T> T atomically(Supplier<T> decision) {
        return store.atomically(decision);
    }

    @Override
    public boolean isOpen(Where where, String ruleId, Instant since) {
        return memory.isOpen(where, ruleId, since) || exists("SELECT 1 FROM pending_replies WHERE platform = ? AND workspace = ?"
                        + " AND channel = ? AND thread = ? AND rule_id = ? AND claimed_at >= ?",
                where.platform(), where.workspace(), where.channel(), where.thread(), ruleId, since.toEpochMilli());
    }

    @Override
    public boolean isOpenFor(String platform, String workspace, String userId, String ruleId, Instant since) {
        return memory.isOpenFor(platform, workspace, userId, ruleId, since) || exists("SELECT 1 FROM pending_replies"
                        + " WHERE platform = ? AND workspace = ? AND user_hash = ? AND rule_id = ? AND claimed_at >= ?",
                platform, workspace, hasher.hash(userId), ruleId, since.toEpochMilli());
    }

    @Override
    public Optional<PendingNote> find(Where where, String messageId) {
        Optional<PendingNote> inMemory = memory.find(where, messageId);
        if (inMemory.isPresent()) {
            return inMemory;
        }
        return select("SELECT " + COLUMNS + " FROM pending_replies WHERE platform = ? AND workspace = ? AND channel = ?"
                + " AND message_id = ? ORDER BY id DESC LIMIT 1", where.platform(), where.workspace(), where.channel(), messageId)
                .stream().findFirst();
    }

    @Override
    public void attempting(PendingNote note) {
        if (note.id() < 0) {
            memory.attempting(note);
            return;
        }
        try {
            // taken_at: a note being attempted is still with this process; no other may recover it
            store.inTransaction("owed note", c -> SqlitePolicyStore.update(c,
                    "UPDATE pending_replies SET attempts = attempts + 1, taken_at = ? WHERE id = ?", store.now().toEpochMilli(),
                    note.id()));
        } catch (SQLException | RuntimeException e) {
            // the post goes ahead: a lost count only weakens the duplicate check after a crash
            LOG.warn("could not count a post attempt ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public void sent(PendingNote note, Instant at) {
        if (note.id() < 0) {
            memory.sent(note, at);
            return;
        }
        try {
            store.inTransaction("owed note", c -> confirm(c, note, at));
        } catch (SQLException | RuntimeException e) {
            keepQuietWithout(note, at, e);
        }
    }

    /**
     * One transaction for every note of the list the database holds (notes kept only in memory are
     * confirmed there). When that transaction fails, nothing of it was committed, and each note is
     * confirmed again in a transaction of its own, so a failure costs no more than it did one by one.
     */
    @Override
    public void sent(List<DeliveredNote> delivered) {
        List<DeliveredNote> stored = new ArrayList<>(delivered.size());
        for (DeliveredNote done : delivered) {
            if (done.note().id() < 0) {
                memory.sent(done.note(), done.sentAt());
            } else {
                stored.add(done);
            }
        }
        if (stored.isEmpty()) {
            return;
        }
        try {
            store.inTransaction("owed notes", c -> {
                for (DeliveredNote done : stored) {
                    confirm(c, done.note(), done.sentAt());
                }
                return stored.size();
            });
        } catch (SQLException | RuntimeException e) {
            stored.forEach(done -> sent(done.note(), done.sentAt()));
        }
    }

    /** Forgets the note and starts its cooldown and "already explained", unless it was confirmed before. */
    private int confirm(Connection c, PendingNote note, Instant at) throws SQLException {
        Where where = note.where();
        int deleted = SqlitePolicyStore.update(c, "DELETE FROM pending_replies WHERE id = ?", note.id());
        if (deleted == 0) {
            return 0; // confirmed before (a recovery raced a late confirmation): keep the first cooldown
        }
        String userHash = hasher.hash(note.authorId());
        SqlitePolicyStore.update(c, "INSERT INTO last_notes (platform, workspace, channel, thread, rule_id, noted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, workspace, channel, thread, rule_id)"
                        + " DO UPDATE SET noted_at = excluded.noted_at",
                where.platform(), where.workspace(), where.channel(), where.thread(), note.ruleId(), at.toEpochMilli());
        SqlitePolicyStore.update(c, "INSERT INTO explained_rules (platform, workspace, user_hash, rule_id, explained_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, workspace, user_hash, rule_id)"
                        + " DO UPDATE SET explained_at = excluded.explained_at",
                where.platform(), where.workspace(), userHash, note.ruleId(), at.toEpochMilli());
        if (shared()) {
            settleClaims(c, note, userHash, Optional.of(at));
        }
        return deleted;
    }

    /**
     * The note is out but the database did not take the confirmation: keep this process quiet
     * through the store's own fallback; the row stays, so a restart may post it again (the
     * adapter's duplicate check catches threads).
     */
    private void keepQuietWithout(PendingNote note, Instant at, Exception e) {
        LOG.warn("could not confirm a delivered note ({})", e.getClass().getSimpleName());
        Where where = note.where();
        store.recordNote(where, note.ruleId(), at);
        store.recordExplained(where.platform(), where.workspace(), note.authorId(), note.ruleId(), at);
    }

    @Override
    public void release(PendingNote note) {
        if (note.id() < 0) {
            memory.release(note);
            return;
        }
        try {
            store.inTransaction("owed note", c -> {
                if (shared()) {
                    settleClaims(c, note, hasher.hash(note.authorId()), Optional.empty());
                }
                return SqlitePolicyStore.update(c, "DELETE FROM pending_replies WHERE id = ?", note.id());
            });
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not release a failed note ({}); its claim lapses after an hour", e.getClass().getSimpleName());
        }
    }

    @Override
    public List<PendingNote> unsent(String platform) {
        List<PendingNote> notes = new ArrayList<>(select("SELECT " + COLUMNS + " FROM pending_replies WHERE platform = ?"
                + " ORDER BY claimed_at, id", platform));
        notes.addAll(memory.unsent(platform));
        return notes;
    }

    @Override
    public List<PendingNote> recoverable(String platform) {
        List<PendingNote> owed = unsent(platform);
        if (!shared()) {
            return owed; // one process per file: whatever is owed is this process's own
        }
        long now = store.now().toEpochMilli();
        long quietSince = now - RECOVER_AFTER.toMillis();
        return owed.stream().filter(note -> note.id() < 0 || takeOver(note, now, quietSince)).toList();
    }

    /** One conditional update: true when this process took the note over and must post it. */
    private boolean takeOver(PendingNote note, long now, long quietSince) {
        try {
            return store.inTransaction("owed note", c -> SqlitePolicyStore.update(c, "UPDATE pending_replies SET taken_at = ?"
                    + " WHERE id = ? AND COALESCE(taken_at, claimed_at) <= ?", now, note.id(), quietSince) > 0);
        } catch (SQLException | RuntimeException e) {
            // unsure whether another process has it: a missing note is better than a second one
            LOG.warn("could not take over an owed note ({}); left to the other processes", e.getClass().getSimpleName());
            return false;
        }
    }

    private boolean exists(String sql, Object... values) {
        try {
            return store.inTransaction("owed note", c -> SqlitePolicyStore.exists(c, sql, values));
        } catch (SQLException | RuntimeException e) {
            return false; // the policy's other checks still apply; memory was asked first
        }
    }

    private List<PendingNote> select(String sql, Object... values) {
        try {
            return store.inTransaction("owed note", c -> {
                List<PendingNote> rows = new ArrayList<>();
                try (PreparedStatement statement = Sql.prepare(c, sql, values); ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        rows.add(new PendingNote(r.getLong("id"), new Where(r.getString("platform"), r.getString("workspace"),
                                r.getString("channel"), r.getString("thread")), r.getString("message_id"),
                                seal.open(r.getString("recipient_sealed")), r.getString("rule_id"),
                                Instant.ofEpochMilli(r.getLong("claimed_at")), r.getInt("attempts")));
                    }
                }
                return rows;
            });
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not read owed notes ({})", e.getClass().getSimpleName());
            return List.of();
        }
    }

}
