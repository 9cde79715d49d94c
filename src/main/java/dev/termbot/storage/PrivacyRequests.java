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
 * opt-outs, "already explained" memory, votes on notes, note removals and glossary suggestions) in one
 * transaction. The raw id given by the operator is
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
                    explained(connection, user, hash), noteVotes(connection, user, hash), noteRemovals(connection, user, hash),
                    suggestions(connection, user, hash));
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
                int suggestions = forgetSuggestions(connection, user, hash);
                connection.commit();
                return new ForgetReport(hash, events, optOuts, explained, votes, removals, suggestions);
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

    /**
     * Glossary suggestions: a pending or rejected one is deleted with the words in it; an approved
     * one is in the glossary (published, and perhaps committed to the file) and stays, with the
     * member's hash removed so nothing ties it to them any more. A moderator's hash is removed from
     * the decisions they made. Returns how many rows were deleted or made anonymous.
     */
    private static int forgetSuggestions(Connection connection, UserSelector user, String hash) throws SQLException {
        String scope = scope(user);
        Object[] deleteValues = values(user, hash, "approved");
        int deleted;
        try (PreparedStatement statement = Sql.prepare(connection, "DELETE FROM glossary_suggestions WHERE suggested_by = ?"
                + scope + " AND status <> ?", deleteValues)) {
            deleted = statement.executeUpdate();
        }
        int anonymous;
        try (PreparedStatement statement = Sql.prepare(connection, "UPDATE glossary_suggestions SET suggested_by = ''"
                + " WHERE suggested_by = ?" + scope, values(user, hash))) {
            anonymous = statement.executeUpdate();
        }
        int decisions;
        try (PreparedStatement statement = Sql.prepare(connection, "UPDATE glossary_suggestions SET decided_by = NULL"
                + " WHERE decided_by = ?" + scope, values(user, hash))) {
            decisions = statement.executeUpdate();
        }
        return deleted + anonymous + decisions;
    }

    private static List<UserData.SuggestionRow> suggestions(Connection connection, UserSelector user, String hash)
            throws SQLException {
        List<UserData.SuggestionRow> rows = new ArrayList<>();
        String columns = "SELECT id, platform, workspace, term, definition, status, suggested_at, decided_at FROM glossary_suggestions";
        for (String role : List.of("suggested", "decided")) {
            String column = role.equals("suggested") ? "suggested_by" : "decided_by";
            try (PreparedStatement statement = Sql.prepare(connection, columns + " WHERE " + column + " = ?" + scope(user)
                    + " ORDER BY id", values(user, hash)); ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    long decidedAt = found.getLong(8);
                    Optional<Instant> decided = found.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(decidedAt));
                    rows.add(new UserData.SuggestionRow(found.getLong(1), role, found.getString(2), found.getString(3),
                            found.getString(4), found.getString(5), found.getString(6), Instant.ofEpochMilli(found.getLong(7)),
                            decided));
                }
            }
        }
        return rows;
    }

    /** " AND platform = ? AND workspace = ?" as far as the selector narrows the request. */
    private static String scope(UserSelector user) {
        return (user.platform().isPresent() ? " AND platform = ?" : "") + (user.workspace().isPresent() ? " AND workspace = ?" : "");
    }

    /** The hash, then the selector's platform and workspace, then {@code more}, in statement order. */
    private static Object[] values(UserSelector user, String hash, Object... more) {
        List<Object> values = new ArrayList<>(List.of(hash));
        user.platform().ifPresent(values::add);
        user.workspace().ifPresent(values::add);
        values.addAll(List.of(more));
        return values.toArray();
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
