package dev.termbot.storage;

import dev.termbot.core.ChannelName;
import dev.termbot.core.ChannelNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code channel_names} table on SQLite or PostgreSQL: one portable upsert per name, so two
 * processes recording the same channel leave one row. Holds nothing personal (no user, no text),
 * so the privacy commands and the retention purge leave it alone.
 *
 * <p>Thread-safe; each call uses its own connection and may throw {@link StorageException}.
 */
final class SqlChannelNames implements ChannelNames {
    /** The column's width; a longer name (Discord allows 100, Slack 80) is cut rather than refused. */
    static final int NAME_LIMIT = 200;

    private final Database database;

    SqlChannelNames(Database database) {
        this.database = database;
    }

    @Override
    public void remember(ChannelName name) {
        rememberAll(List.of(name));
    }

    /** One connection and one transaction for all of them. */
    @Override
    public void rememberAll(List<ChannelName> names) {
        if (names.isEmpty()) {
            return;
        }
        call(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO channel_names (platform, workspace, channel, name, seen_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, workspace, channel)"
                    + " DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at")) {
                for (ChannelName name : names) {
                    upsert.setString(1, name.platform());
                    upsert.setString(2, name.workspace());
                    upsert.setString(3, name.channel());
                    upsert.setString(4, name.name().length() > NAME_LIMIT ? name.name().substring(0, NAME_LIMIT) : name.name());
                    upsert.setLong(5, name.seenAt().toEpochMilli());
                    upsert.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            return null;
        });
    }

    @Override
    public Optional<ChannelName> find(String platform, String workspace, String channel) {
        return call(c -> {
            try (var statement = Sql.prepare(c, "SELECT name, seen_at FROM channel_names"
                    + " WHERE platform = ? AND workspace = ? AND channel = ?", platform, workspace, channel);
                 var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new ChannelName(platform, workspace, channel, rows.getString(1),
                                Instant.ofEpochMilli(rows.getLong(2))))
                        : Optional.empty();
            }
        });
    }

    private <T> T call(SqlitePolicyStore.SqlCall<T> call) {
        try (Connection connection = database.connect()) {
            return call.apply(connection);
        } catch (SQLException e) {
            throw new StorageException("cannot use channel_names in " + database.location() + ": " + e.getMessage(), e);
        }
    }
}
