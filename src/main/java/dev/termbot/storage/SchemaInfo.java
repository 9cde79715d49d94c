package dev.termbot.storage;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * What {@code termbot db info} shows: the file, its schema version against the newest this jar
 * knows, every migration with its state, and the row count of every table.
 *
 * @param location       the database file, or the PostgreSQL URL without credentials
 * @param sizeBytes      the main file's size (without the WAL), or the PostgreSQL database's size
 * @param currentVersion applied schema version, "0" when none
 * @param latestKnown    the newest migration in this jar
 * @param newerThanKnown true when the file was migrated by a newer termbot
 * @param migrations     every migration Flyway knows about (applied, pending, future)
 * @param rowCounts      table name to number of rows
 */
public record SchemaInfo(String location, long sizeBytes, String currentVersion, String latestKnown, boolean newerThanKnown,
                         List<Migration> migrations, Map<String, Long> rowCounts) {

    /** One migration and where it stands. */
    public record Migration(String version, String description, String state, Optional<Instant> installedOn) {
    }

    static SchemaInfo read(Database database, MigrationInfoService info) {
        SchemaVersions versions = SchemaVersions.of(info);
        List<Migration> migrations = Arrays.stream(info.all()).map(SchemaInfo::migration).toList();
        try {
            return new SchemaInfo(database.location(), database.sizeBytes(), versions.current(),
                    versions.latestKnown(), versions.newerThanKnown(), migrations, rowCounts(database));
        } catch (java.io.IOException | SQLException e) {
            throw new StorageException("cannot read " + database.location() + ": " + e.getMessage(), e);
        }
    }

    private static Migration migration(MigrationInfo m) {
        return new Migration(m.getVersion() == null ? "" : m.getVersion().getVersion(), m.getDescription(),
                m.getState().getDisplayName(), Optional.ofNullable(m.getInstalledOn()).map(java.util.Date::toInstant));
    }

    private static Map<String, Long> rowCounts(Database database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    database.dialect().tablesQuery())) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                // names come from the catalogue, not from input; quoting keeps odd names harmless anyway
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
