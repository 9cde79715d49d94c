package dev.termbot.storage;

import dev.termbot.core.OverlayEntry;
import dev.termbot.core.SuggestedEntry;
import dev.termbot.core.Suggestion;
import dev.termbot.core.SuggestionStore;
import dev.termbot.core.Where;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code glossary_suggestions} and {@code glossary_overlay} tables on SQLite or PostgreSQL. Who
 * suggested and who decided are stored as hashes. A decision is one conditional update
 * ({@code ... WHERE id = ? AND status = 'pending'}); an approval also inserts the overlay row in the
 * same transaction, so of two moderators (or processes, or a replayed click) exactly one decides.
 *
 * <p>Thread-safe; each call uses its own connection and may throw {@link StorageException}.
 */
final class SqlSuggestionStore implements SuggestionStore {
    private static final String PENDING = Suggestion.Status.PENDING.key();

    private final Database database;
    private final UserHasher hasher;

    SqlSuggestionStore(Database database, UserHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    @Override
    public Suggestion add(Where where, String userId, SuggestedEntry entry, Instant at) {
        return call("add a suggestion", c -> {
            SqlitePolicyStore.update(c, "INSERT INTO glossary_suggestions (platform, workspace, term, definition,"
                            + " suggested_by, suggested_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    where.platform(), where.workspace(), entry.term(), entry.definition(), hasher.hash(userId),
                    at.toEpochMilli(), PENDING);
            long id = database.dialect().lastId(c);
            return new Suggestion(id, where.platform(), where.workspace(), entry, Instant.ofEpochMilli(at.toEpochMilli()),
                    Suggestion.Status.PENDING, Optional.empty());
        });
    }

    @Override
    public Optional<Suggestion> find(long id) {
        return call("read a suggestion", c -> {
            try (PreparedStatement statement = Sql.prepare(c, "SELECT id, platform, workspace, term, definition, suggested_at,"
                    + " status, decided_at FROM glossary_suggestions WHERE id = ?", id); ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(suggestion(rows)) : Optional.empty();
            }
        });
    }

    @Override
    public int pendingBy(Where where, String userId) {
        return call("count suggestions", c -> {
            try (PreparedStatement statement = Sql.prepare(c, "SELECT COUNT(*) FROM glossary_suggestions WHERE suggested_by = ?"
                    + " AND platform = ? AND workspace = ? AND status = ?", hasher.hash(userId), where.platform(), where.workspace(),
                    PENDING); ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public boolean reject(long id, String moderatorId, Instant at) {
        return call("reject a suggestion", c -> SqlitePolicyStore.update(c, "UPDATE glossary_suggestions SET status = ?,"
                + " decided_by = ?, decided_at = ? WHERE id = ? AND status = ?", Suggestion.Status.REJECTED.key(),
                hasher.hash(moderatorId), at.toEpochMilli(), id, PENDING) == 1);
    }

    @Override
    public Approval approve(long id, String moderatorId, Instant at, OverlayEntry entry) {
        return call("approve a suggestion", c -> {
            c.setAutoCommit(false);
            try {
                int decided = SqlitePolicyStore.update(c, "UPDATE glossary_suggestions SET status = ?, decided_by = ?,"
                        + " decided_at = ? WHERE id = ? AND status = ?", Suggestion.Status.APPROVED.key(),
                        hasher.hash(moderatorId), at.toEpochMilli(), id, PENDING);
                if (decided != 1) {
                    c.rollback();
                    return Approval.ALREADY_DECIDED;
                }
                int added = SqlitePolicyStore.update(c, "INSERT INTO glossary_overlay (term_key, entry_yaml, suggestion_id,"
                        + " approved_at) VALUES (?, ?, ?, ?) ON CONFLICT (term_key) DO NOTHING",
                        entry.termId(), entry.entryYaml(), id, at.toEpochMilli());
                if (added != 1) {
                    c.rollback();
                    return Approval.ID_TAKEN;
                }
                c.commit();
                return Approval.APPROVED;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    @Override
    public List<OverlayEntry> overlay() {
        return call("read the glossary overlay", c -> {
            List<OverlayEntry> entries = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(c, "SELECT term_key, entry_yaml, suggestion_id, approved_at"
                    + " FROM glossary_overlay ORDER BY approved_at, suggestion_id"); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new OverlayEntry(rows.getString(1), rows.getString(2), rows.getLong(3),
                            Instant.ofEpochMilli(rows.getLong(4))));
                }
            }
            return entries;
        });
    }

    @Override
    public String overlayVersion() {
        return call("read the glossary overlay", c -> {
            try (PreparedStatement statement = Sql.prepare(c, "SELECT COUNT(*), COALESCE(MAX(approved_at), 0),"
                    + " COALESCE(MAX(suggestion_id), 0) FROM glossary_overlay"); ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) + ":" + rows.getLong(2) + ":" + rows.getLong(3);
            }
        });
    }

    private static Suggestion suggestion(ResultSet rows) throws SQLException {
        long decidedAt = rows.getLong(8);
        boolean decided = !rows.wasNull();
        return new Suggestion(rows.getLong(1), rows.getString(2), rows.getString(3),
                new SuggestedEntry(rows.getString(4), rows.getString(5)), Instant.ofEpochMilli(rows.getLong(6)),
                Suggestion.Status.of(rows.getString(7)), decided ? Optional.of(Instant.ofEpochMilli(decidedAt)) : Optional.empty());
    }

    private <T> T call(String what, SqlitePolicyStore.SqlCall<T> call) {
        try (Connection connection = database.connect()) {
            return call.apply(connection);
        } catch (SQLException e) {
            // the statement's values (a member's words) are never in the message
            throw new StorageException("cannot " + what + " in " + database.location() + " (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
