package dev.termbot.storage;

import dev.termbot.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness asks the database for a real write. A lock held by another connection (as a stuck
 * process or a backup would hold it) makes the probe fail and the health report it; once the lock
 * is gone, the next probe succeeds and the health recovers. Real SQLite file, real locks: file
 * permissions would not do, since the tests may run as root, which ignores them.
 */
class WriteProbeTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));

    @Test
    void a_real_write_decides_readiness_and_a_released_lock_brings_it_back() throws Exception {
        Path file = dir.resolve("termbot.db");
        try (Storage storage = Storage.open(file, clock, StorageOptions.defaults())) {
            assertThat(storage.probeWritable()).isTrue();

            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement lock = other.createStatement()) {
                lock.execute("BEGIN EXCLUSIVE");
                clock.advance(Duration.ofSeconds(2));

                assertThat(storage.probeWritable()).as("locked by another connection").isFalse();
                assertThat(storage.health().isWritable()).isFalse();
                assertThat(storage.health().lastError()).hasValueSatisfying(error -> assertThat(error).contains("lock"));

                lock.execute("ROLLBACK");
            }
            clock.advance(Duration.ofSeconds(2));

            assertThat(storage.probeWritable()).as("after the lock is released").isTrue();
            assertThat(storage.health().isWritable()).isTrue();
        }
    }

    @Test
    void probes_are_spaced_so_a_busy_checker_costs_one_write_a_second() throws Exception {
        Path file = dir.resolve("termbot.db");
        try (Storage storage = Storage.open(file, clock, StorageOptions.defaults())) {
            assertThat(storage.probeWritable()).isTrue();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement lock = other.createStatement()) {
                lock.execute("BEGIN EXCLUSIVE");
                // within the spacing, the last answer stands (no write is tried)
                assertThat(storage.probeWritable()).isTrue();
                lock.execute("ROLLBACK");
            }
        }
    }
}
