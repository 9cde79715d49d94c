package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termbot.testing.Await;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a connection waits for SQLite's write lock held by another connection ({@link PromptBusyWait}):
 * in short pauses, never past its busy timeout.
 */
class SqliteLockWaitTest {
    @TempDir
    Path dir;

    @Test
    void the_pause_between_tries_starts_at_50_microseconds_and_grows_to_at_most_a_millisecond() {
        assertThat(PromptBusyWait.pauseNanos(0)).isEqualTo(TimeUnit.MICROSECONDS.toNanos(50));
        assertThat(PromptBusyWait.pauseNanos(1)).isEqualTo(TimeUnit.MICROSECONDS.toNanos(100));
        assertThat(PromptBusyWait.pauseNanos(19)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(PromptBusyWait.pauseNanos(10_000)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(1));
    }

    @Test
    void a_wait_goes_on_within_its_timeout_and_gives_up_after_it() throws Exception {
        assertThat(new PromptBusyWait(Duration.ofMinutes(1)).callback(0)).as("try again").isEqualTo(1);
        assertThat(new PromptBusyWait(Duration.ZERO).callback(0)).as("give up").isZero();
    }

    @Test
    void a_write_waits_for_the_lock_another_connection_holds_and_goes_through_once_it_is_released() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection holder = database.connect()) {
            // GIVEN one connection holding the write lock
            holdWriteLock(holder);
            execute(holder, "INSERT INTO muted_channels (platform, workspace, channel, muted_at) VALUES ('t', 'w', 'first', 1)");

            // WHEN another connection writes meanwhile
            AtomicReference<Thread> writer = new AtomicReference<>();
            Future<?> write = other.submit(() -> {
                writer.set(Thread.currentThread());
                try (Connection waiting = database.connect(Duration.ofSeconds(30))) {
                    execute(waiting, "INSERT INTO muted_channels (platform, workspace, channel, muted_at) VALUES ('t', 'w', 'second', 2)");
                }
                return null;
            });

            // THEN it waits in short parks (SQLite's own handler would sleep in native code, a RUNNABLE thread)
            Await.until("the second writer parks, waiting for the lock",
                    () -> writer.get() != null && writer.get().getState() == Thread.State.TIMED_WAITING);
            assertThat(write).isNotDone();

            // AND goes through once the lock is released
            execute(holder, "COMMIT");
            write.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
        assertThat(Rows.count(database.file(), "SELECT COUNT(*) FROM muted_channels")).isEqualTo(2);
    }

    @Test
    void a_write_that_cannot_get_the_lock_within_its_busy_timeout_fails_as_busy() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(dir.resolve("termbot.db"));
        try (Connection holder = database.connect(); Connection impatient = database.connect(Duration.ofMillis(20))) {
            holdWriteLock(holder);

            assertThatThrownBy(() -> execute(impatient,
                    "INSERT INTO muted_channels (platform, workspace, channel, muted_at) VALUES ('t', 'w', 'c', 1)"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).as("SQLITE_BUSY").isEqualTo(5));
            execute(holder, "ROLLBACK");
        }
    }

    private static void holdWriteLock(Connection connection) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
