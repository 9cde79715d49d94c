package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void a_new_file_gets_every_migration_in_wal_mode_with_foreign_keys_on() throws Exception {
        // GIVEN a path whose folders do not exist yet
        Path file = dir.resolve("nested/data/termbot.db");

        // WHEN it is opened
        SqliteDatabase database = SqliteDatabase.open(file);

        // THEN the folders, the file and all tables exist, and connections use WAL and foreign keys
        assertThat(file).isRegularFile();
        assertThat(Rows.tables(file)).contains("usage_events", "opted_out_users", "muted_channels", "channel_cooldowns",
                "last_notes", "explained_rules", "handled_deliveries", "digest_runs", "install_settings", "place_claims", "person_claims",
                "note_feedback", "note_removals", "glossary_suggestions", "glossary_overlay", "channel_names",
                "flyway_schema_history");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(statement, "PRAGMA foreign_keys")).isEqualTo("1");
            // the busy timeout is PromptBusyWait's (SqliteLockWaitTest), which replaces SQLite's own, so the pragma reads 0
            assertThat(single(statement, "PRAGMA busy_timeout")).isEqualTo("0");
        }
        assertThat(database.info().currentVersion()).isEqualTo(database.info().latestKnown()).isEqualTo("14");
    }

    @Test
    void migrating_twice_changes_nothing() {
        Path file = dir.resolve("termbot.db");
        SqliteDatabase.open(file);

        MigrationReport second = SqliteDatabase.open(file).migrate();

        assertThat(second.applied()).isZero();
        assertThat(second.from()).isEqualTo(second.to()).isEqualTo("14");
    }

    @Test
    void a_version_1_database_keeps_its_rows_when_migrated_to_the_latest_version() {
        // GIVEN a database created by the first release only (target 1) with usage rows in it
        Path file = dir.resolve("v1.db");
        SqliteDatabase.create(file, List.of(SqliteDatabase.MIGRATIONS)).migrateTo("1");
        assertThat(Rows.tables(file)).contains("usage_events").doesNotContain("opted_out_users");
        Rows.execute(file,
                "INSERT INTO usage_events VALUES (1764000000000, 'slack', 'T1', 'C1', '', 'h1', 'HIT', NULL,"
                        + " 'distillation-attack', 'distillation', '', 0, -1)",
                "INSERT INTO usage_events VALUES (1764000001000, 'discord', 'G1', 'C2', 'T9', 'h2', 'DEFINE', NULL,"
                        + " '', 'rlhf', 'rlhf', 1, -1)");

        // WHEN the current termbot opens it
        MigrationReport report = SqliteDatabase.open(file).migrate();
        SchemaInfo info = SqliteDatabase.openExisting(file).info();

        // THEN it is at the latest version, the new tables exist and the old rows are unchanged
        assertThat(report.to()).isEqualTo("14");
        assertThat(info.currentVersion()).isEqualTo("14");
        assertThat(Rows.tables(file)).contains("opted_out_users", "digest_runs", "install_settings");
        assertThat(Rows.query(file, "SELECT platform, kind, term_id, define_found FROM usage_events ORDER BY occurred_at"))
                .containsExactly(List.of("slack", "HIT", "distillation", 0), List.of("discord", "DEFINE", "rlhf", 1));
        // AND hits from before stance analysis count as uses (they were all answered as uses)
        assertThat(Rows.query(file, "SELECT kind, stance FROM usage_events ORDER BY occurred_at"))
                .containsExactly(List.of("HIT", "use"), List.of("DEFINE", ""));
        assertThat(info.rowCounts()).containsEntry("usage_events", 2L);
    }

    @Test
    void a_database_from_a_newer_termbot_is_refused_and_left_untouched() throws Exception {
        // GIVEN a database migrated by a "newer termbot" that knew migration 99
        Path file = dir.resolve("newer.db");
        SqliteDatabase.create(file, List.of(SqliteDatabase.MIGRATIONS, SqliteDatabase.VENDOR_MIGRATIONS, "classpath:db/future")).migrate();
        Rows.execute(file, "INSERT INTO usage_events VALUES (1764000000000, 'slack', 'T1', 'C1', '', 'h1', 'HIT', NULL,"
                + " 'r', 't', '', 0, -1, 'use')",
                "INSERT INTO install_settings VALUES ('" + MigrationFingerprint.SETTING + "', 'fingerprint-of-a-newer-termbot')");
        byte[] before = Files.readAllBytes(file);

        // WHEN this termbot opens it
        // THEN it refuses with a message that says why and what to do
        assertThatThrownBy(() -> SqliteDatabase.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("newer than this termbot knows (14)")
                .hasMessageContaining("left untouched");
        // AND nothing in it changed
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM table_from_the_future")).isEqualTo(1);
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM usage_events")).isEqualTo(1);
        assertThat(Rows.count(file, "SELECT MAX(installed_rank) FROM flyway_schema_history")).isEqualTo(13);
        // AND db info can still describe it
        SchemaInfo info = SqliteDatabase.openExisting(file).info();
        assertThat(info.newerThanKnown()).isTrue();
        assertThat(info.currentVersion()).isEqualTo("99");
    }

    @Test
    void a_file_migrated_with_exactly_these_migrations_skips_flyway_and_any_other_goes_through_it() {
        // GIVEN a file this termbot migrated
        Path file = dir.resolve("termbot.db");
        SqliteDatabase.open(file);
        assertThat(Rows.query(file, "SELECT setting FROM install_settings WHERE name = '" + MigrationFingerprint.SETTING + "'"))
                .containsExactly(List.of(MigrationFingerprint.ofShippedMigrations().orElseThrow()));

        // WHEN Flyway's history is gone, a start that trusts the fingerprint does not notice
        Rows.execute(file, "DELETE FROM flyway_schema_history");
        SqliteDatabase.open(file);

        // THEN but once the fingerprint differs, the start goes through Flyway, which finds the mismatch
        Rows.execute(file, "UPDATE install_settings SET setting = 'other' WHERE name = '" + MigrationFingerprint.SETTING + "'");
        assertThatThrownBy(() -> SqliteDatabase.open(file)).isInstanceOf(StorageException.class);
    }

    @Test
    void info_needs_an_existing_file_and_in_memory_databases_are_refused() {
        assertThatThrownBy(() -> SqliteDatabase.openExisting(dir.resolve("missing.db")))
                .isInstanceOf(StorageException.class).hasMessageContaining("no database at");
        assertThat(dir.resolve("missing.db")).doesNotExist();
        assertThatThrownBy(() -> SqliteDatabase.open(Path.of(":memory:")))
                .isInstanceOf(StorageException.class).hasMessageContaining("in-memory");
    }

    @Test
    void an_unreadable_file_is_refused_with_a_storage_exception() throws Exception {
        Path file = dir.resolve("garbage.db");
        Files.writeString(file, "this is not an SQLite database, just some text long enough to have a header page");

        assertThatThrownBy(() -> SqliteDatabase.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(file.getFileName().toString());
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
