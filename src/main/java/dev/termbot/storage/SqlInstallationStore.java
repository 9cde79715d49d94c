package dev.termbot.storage;

import dev.termbot.core.Installation;
import dev.termbot.core.InstallationStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code installations} table on SQLite or PostgreSQL: one portable upsert per install, so two
 * processes installing the same workspace at once leave one row (the later one).
 *
 * <p>Thread-safe; each call uses its own connection and may throw {@link StorageException}.
 */
final class SqlInstallationStore implements InstallationStore {
    private final Database database;

    SqlInstallationStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(Installation installation) {
        call(c -> SqlitePolicyStore.update(c, "INSERT INTO installations"
                        + " (platform, workspace, bot_user_id, sealed_token, installed_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (platform, workspace) DO UPDATE SET bot_user_id = excluded.bot_user_id,"
                        + " sealed_token = excluded.sealed_token, installed_at = excluded.installed_at",
                installation.platform(), installation.workspace(), installation.botUserId(), installation.sealedToken(),
                installation.installedAt().toEpochMilli()));
    }

    @Override
    public Optional<Installation> find(String platform, String workspace) {
        return call(c -> {
            try (var statement = Sql.prepare(c, "SELECT bot_user_id, sealed_token, installed_at FROM installations"
                    + " WHERE platform = ? AND workspace = ?", platform, workspace); var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Installation(platform, workspace, rows.getString(1), rows.getString(2),
                                Instant.ofEpochMilli(rows.getLong(3))))
                        : Optional.empty();
            }
        });
    }

    @Override
    public boolean delete(String platform, String workspace) {
        return call(c -> SqlitePolicyStore.update(c, "DELETE FROM installations WHERE platform = ? AND workspace = ?",
                platform, workspace) > 0);
    }

    private <T> T call(SqlitePolicyStore.SqlCall<T> call) {
        try (Connection connection = database.connect()) {
            return call.apply(connection);
        } catch (SQLException e) {
            // the statement's values are never in the message: a sealed token stays out of the log
            throw new StorageException("cannot use installations in " + database.location() + " (SQL state "
                    + e.getSQLState() + ")", e);
        }
    }
}
