package dev.termbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Serves data requests: export everything stored under a user's hash, or delete it (usage rows,
 * opt-outs, "already explained" memory, votes on notes and note removals) in one transaction. The raw id given by the operator is
 * hashed with this install's key, exactly as the bot hashed it when writing.
 *
 * <p>Thread-safe; each request uses its own connection.
 */
public final class PrivacyRequests {
    private final Database database;
    private final UserHasher hasher;

    PrivacyRequests(Database database, UserHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    public UserData export(UserSelector user) {
        String hash = hasher.hash(user.userId());
        try (Connection connection = database.connect()) {
            return new UserData(hash, events(connection, user, hash), optOuts(connection, user, hash),
                    explained(connection, user, hash), noteVotes(connection, user, hash), noteRemovals(connection, user, hash));
        } catch (SQLException e) {
            throw new StorageException("cannot export from " + database.location() + ": " + e.getMessage(), e);
        }
    }

    public ForgetReport forget(UserSelector user) {
        String hash = hasher.hash(user.userId());
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                int events = delete(connection, "usage_events", user, hash);
                int optOuts = delete(connection, "opted_out_users", user, hash);
                int explained = delete(connection, "explained_rules", user, hash);
                // a note still owed to this person is dropped with the rest (it holds their sealed id)
                delete(connection, "pending_replies", user, hash);
                // the person's claim only says a note was posted to them lately; it goes with the rest
                delete(connection, "person_claims", user, hash);
                int votes = delete(connection, "note_feedback", user, hash);
                int removals = delete(connection, "note_removals", user, hash);
                connection.commit();
                return new ForgetReport(hash, events, optOuts, explained, votes, removals);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot delete from " + database.location() + ": " + e.getMessage(), e);
        }
    }

    private static List<UserData.Event> events(Connection connection, UserSelector user, String hash) throws SQLException {
        List<UserData.Event> events = new ArrayList<>();
        try (PreparedStatement statement = select(connection, "SELECT occurred_at, platform, workspace, channel, thread, kind,"
                + " suppression_reason, rule_id, term_id, define_query, define_found, latency_ms FROM usage_events",
                user, hash, " ORDER BY occurred_at"); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                events.add(new UserData.Event(Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), Optional.ofNullable(rows.getString(7)),
                        rows.getString(8), rows.getString(9), rows.getString(10), rows.getBoolean(11), rows.getLong(12)));
            }
        }
        return events;
    }

    private static List<UserData.OptOut> optOuts(Connection connection, UserSelector user, String hash) throws SQLException {
        List<UserData.OptOut> optOuts = new ArrayList<>();
        try (PreparedStatement statement = select(connection, "SELECT platform, workspace, opted_out_at FROM opted_out_users",
                user, hash, " ORDER BY platform, workspace"); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                optOuts.add(new UserData.OptOut(rows.getString(1), rows.getString(2), Instant.ofEpochMilli(rows.getLong(3))));
            }
        }
        return optOuts;
    }

    private static List<UserData.Explained> explained(Connection connection, UserSelector user, String hash) throws SQLException {
        List<UserData.Explained> explained = new ArrayList<>();
        try (PreparedStatement statement = select(connection, "SELECT platform, workspace, rule_id, explained_at FROM explained_rules",
                user, hash, " ORDER BY platform, workspace, rule_id"); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                explained.add(new UserData.Explained(rows.getString(1), rows.getString(2), rows.getString(3),
                        Instant.ofEpochMilli(rows.getLong(4))));
            }
        }
        return explained;
    }

    private static List<UserData.NoteVote> noteVotes(Connection connection, UserSelector user, String hash) throws SQLException {
        List<UserData.NoteVote> votes = new ArrayList<>();
        try (PreparedStatement statement = select(connection, "SELECT platform, workspace, channel, note_ref, rule_id, vote, voted_at"
                + " FROM note_feedback", user, hash, " ORDER BY voted_at"); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                votes.add(new UserData.NoteVote(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), Instant.ofEpochMilli(rows.getLong(7))));
            }
        }
        return votes;
    }

    private static List<UserData.NoteRemoval> noteRemovals(Connection connection, UserSelector user, String hash)
            throws SQLException {
        List<UserData.NoteRemoval> removals = new ArrayList<>();
        try (PreparedStatement statement = select(connection, "SELECT platform, workspace, channel, note_ref, rule_id, removed_by,"
                + " removed_at FROM note_removals", user, hash, " ORDER BY removed_at"); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                removals.add(new UserData.NoteRemoval(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), Instant.ofEpochMilli(rows.getLong(7))));
            }
        }
        return removals;
    }

    private static PreparedStatement select(Connection connection, String select, UserSelector user, String hash,
                                            String orderBy) throws SQLException {
        Filter filter = Filter.of(user, hash);
        return Sql.prepare(connection, select + filter.where() + orderBy, filter.values());
    }

    private static int delete(Connection connection, String table, UserSelector user, String hash) throws SQLException {
        Filter filter = Filter.of(user, hash);
        // table names are constants of this class, never input
        try (PreparedStatement statement = Sql.prepare(connection, "DELETE FROM " + table + filter.where(), filter.values())) {
            return statement.executeUpdate();
        }
    }

    /** The WHERE clause for a user hash, optionally narrowed by platform and workspace. */
    private record Filter(String where, Object[] values) {
        static Filter of(UserSelector user, String hash) {
            StringBuilder where = new StringBuilder(" WHERE user_hash = ?");
            List<Object> values = new ArrayList<>(List.of(hash));
            user.platform().ifPresent(platform -> {
                where.append(" AND platform = ?");
                values.add(platform);
            });
            user.workspace().ifPresent(workspace -> {
                where.append(" AND workspace = ?");
                values.add(workspace);
            });
            return new Filter(where.toString(), values.toArray());
        }
    }
}
