package dev.termbot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Reads and sets the name/value facts in {@code install_settings}; first writer wins unless replaced. */
final class InstallSettings {
    static final String HASH_KEY_CHECK = "hash_key_check";
    static final String DIGEST_SCHEDULE_SINCE = "digest_schedule_since";

    private InstallSettings() {
    }

    static Optional<String> get(Connection connection, String name) throws SQLException {
        try (var statement = Sql.prepare(connection, "SELECT setting FROM install_settings WHERE name = ?", name);
             var rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    /** Stores the value unless one is there already; returns the value in force. */
    static String putIfAbsent(Connection connection, String name, String value) throws SQLException {
        SqlitePolicyStore.update(connection, "INSERT INTO install_settings (name, setting) VALUES (?, ?)"
                + " ON CONFLICT (name) DO NOTHING", name, value);
        return get(connection, name).orElse(value);
    }

    static void put(Connection connection, String name, String value) throws SQLException {
        SqlitePolicyStore.update(connection, "INSERT INTO install_settings (name, setting) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET setting = excluded.setting", name, value);
    }
}
