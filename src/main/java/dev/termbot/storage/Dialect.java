package dev.termbot.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The few statements SQLite and PostgreSQL spell differently; everything else is shared SQL. */
public enum Dialect {
    SQLITE("SELECT last_insert_rowid()",
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"),
    POSTGRESQL("SELECT lastval()",
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name");

    private final String lastId;
    private final String tables;

    Dialect(String lastId, String tables) {
        this.lastId = lastId;
        this.tables = tables;
    }

    /** The generated id of the row this connection inserted last. */
    long lastId(Connection c) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet r = statement.executeQuery(lastId)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Lists the schema's tables, one name per row. */
    String tablesQuery() {
        return tables;
    }

    /** The Flyway folder with this database's own versions of migrations whose SQL must differ. */
    String vendorMigrations() {
        return "classpath:db/vendor/" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
