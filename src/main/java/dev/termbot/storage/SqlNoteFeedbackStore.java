package dev.termbot.storage;

import dev.termbot.core.AnsweredNote;
import dev.termbot.core.NoteFeedbackStore;
import dev.termbot.core.RemovedBy;
import dev.termbot.core.Vote;
import dev.termbot.core.Where;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The answers to passive notes in {@code note_feedback} and {@code note_removals} (migration V12),
 * on SQLite or PostgreSQL. A vote is one portable upsert keyed by note and person, so processes
 * sharing a store keep one vote per person per note and the latest click wins; a removal is one
 * insert that only the first removal of a note gets through. User ids are stored as their keyed
 * hash; no message text is ever written.
 *
 * <p>Thread-safe: each call uses its own connection. It never throws: a failure is logged through
 * {@link HealthTracker} and answered as "not stored".
 */
final class SqlNoteFeedbackStore implements NoteFeedbackStore {
    private final Database database;
    private final UserHasher hasher;
    private final HealthTracker health;

    SqlNoteFeedbackStore(Database database, UserHasher hasher, HealthTracker health) {
        this.database = database;
        this.hasher = hasher;
        this.health = health;
    }

    @Override
    public boolean vote(AnsweredNote note, String voterId, Vote vote, Instant at) {
        Where where = note.where();
        return write("note feedback", c -> SqlitePolicyStore.update(c, "INSERT INTO note_feedback"
                        + " (platform, workspace, channel, note_ref, rule_id, user_hash, vote, voted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, workspace, note_ref, user_hash)"
                        + " DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at",
                where.platform(), where.workspace(), where.channel(), note.noteRef(), note.ruleId(), hasher.hash(voterId),
                vote.key(), at.toEpochMilli()) > 0);
    }

    @Override
    public Optional<Vote> voteOf(Where where, String noteRef, String voterId) {
        try (Connection c = database.connect();
             PreparedStatement statement = Sql.prepare(c, "SELECT vote FROM note_feedback WHERE platform = ? AND workspace = ?"
                     + " AND note_ref = ? AND user_hash = ?", where.platform(), where.workspace(), noteRef, hasher.hash(voterId));
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            String key = rows.getString(1);
            return Arrays.stream(Vote.values()).filter(v -> v.key().equals(key)).findFirst();
        } catch (SQLException e) {
            health.readFailed("note feedback", e);
            return Optional.empty();
        }
    }

    @Override
    public boolean removed(AnsweredNote note, String userId, RemovedBy by, Instant at) {
        Where where = note.where();
        return write("note removal", c -> SqlitePolicyStore.update(c, "INSERT INTO note_removals"
                        + " (platform, workspace, channel, note_ref, rule_id, user_hash, removed_by, removed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, workspace, note_ref) DO NOTHING",
                where.platform(), where.workspace(), where.channel(), note.noteRef(), note.ruleId(), hasher.hash(userId),
                by.key(), at.toEpochMilli()) > 0);
    }

    private boolean write(String what, SqlitePolicyStore.SqlCall<Boolean> call) {
        try (Connection c = database.connect()) {
            boolean written = call.apply(c);
            health.writeSucceeded();
            return written;
        } catch (SQLException | RuntimeException e) {
            health.writeFailed(what, e);
            return false;
        }
    }
}
