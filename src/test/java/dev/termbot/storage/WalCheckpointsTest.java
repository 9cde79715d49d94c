package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who copies SQLite's write-ahead log into the database file: never the chat path's connection
 * (that commit would wait for the copy and the sync), the usage log's writer instead.
 */
class WalCheckpointsTest {
    @TempDir
    Path dir;

    @Test
    void the_chat_path_connection_never_checkpoints_on_commit_while_other_connections_do() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        try (Connection chat = database.connectForChatPath(Duration.ofSeconds(1)); Connection other = database.connect()) {
            assertThat(single(chat, "PRAGMA wal_autocheckpoint")).isZero();
            assertThat(single(other, "PRAGMA wal_autocheckpoint")).isEqualTo(1000);
        }
    }

    @Test
    void a_passive_checkpoint_copies_everything_the_chat_path_left_in_the_log() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        try (Connection chat = database.connectForChatPath(Duration.ofSeconds(1)); Connection other = database.connect()) {
            mute(chat, 20);

            WalCheckpoints.Result result = WalCheckpoints.passive(other);

            assertThat(result.blocked()).isFalse();
            assertThat(result.logPages()).isPositive();
            assertThat(result.copiedPages()).isEqualTo(result.logPages());
            assertThat(rowsInTheFileItself(database.file())).isEqualTo(20);
        }
    }

    @Test
    void an_idle_writer_checkpoints_at_once_and_then_at_most_once_per_interval() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        WalCheckpoints checkpoints = new WalCheckpoints();
        long every = WalCheckpoints.IDLE_EVERY.toNanos();
        try (Connection connection = database.connect()) {
            assertThat(checkpoints.whenIdle(connection, 1_000)).as("first").isTrue();
            assertThat(checkpoints.whenIdle(connection, 1_000 + every - 1)).as("too soon").isFalse();
            assertThat(checkpoints.whenIdle(connection, 1_000 + every)).as("due").isTrue();
        }
    }

    @Test
    void the_usage_log_writer_copies_what_the_chat_path_committed_into_the_database_file() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        try (Connection chat = database.connectForChatPath(Duration.ofSeconds(1))) {
            // GIVEN rows the chat path committed: they are in the log, not yet in the file
            mute(chat, 20);
            assertThat(rowsInTheFileItself(database.file())).isZero();

            // WHEN the usage log's writer runs with nothing to write
            SqliteUsageLog usage = new SqliteUsageLog(database, new UserHasher("k".getBytes(StandardCharsets.UTF_8)),
                    StorageOptions.defaults(), new HealthTracker(Clock.systemUTC()), BatchListener.NONE);
            try {
                // THEN it checkpoints them into the file
                Await.until("the rows reach the database file", () -> rowsInTheFileItself(database.file()) == 20);
            } finally {
                usage.close();
            }
        }
    }

    private static void mute(Connection connection, int channels) throws SQLException {
        for (int i = 0; i < channels; i++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO muted_channels (platform, workspace, channel, muted_at) VALUES ('t', 'w', 'c" + i + "', 1)");
            }
        }
    }

    /**
     * The rows of {@code muted_channels} in a copy of the database file alone, without its log: what
     * a checkpoint has copied into the file. -1 while the copy caught a checkpoint halfway.
     */
    private long rowsInTheFileItself(Path file) {
        Path copy = dir.resolve("file-only-" + System.nanoTime() + ".db");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                return single(connection, "SELECT COUNT(*) FROM muted_channels");
            }
        } catch (Exception e) {
            return -1;
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
