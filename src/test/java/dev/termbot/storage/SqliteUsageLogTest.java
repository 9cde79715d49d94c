package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.termbot.core.UsageEvent;
import dev.termbot.testing.Await;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class SqliteUsageLogTest {
    private static final Clock CLOCK = Clock.fixed(Events.T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void close_commits_every_event_recorded_from_many_threads() throws Exception {
        // GIVEN storage with small batches and four threads recording at once
        Path file = dir.resolve("termbot.db");
        Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults().withQueue(10_000, 25));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String channel = "C" + t;
            done.add(threads.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    storage.usageLog().record(Events.inChannel(channel, i));
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        threads.shutdown();

        // WHEN storage closes
        storage.close();

        // THEN every event is a row, none was dropped, and each thread's events arrived complete
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM usage_events")).isEqualTo(2000);
        assertThat(Rows.query(file, "SELECT channel, COUNT(*), COUNT(DISTINCT latency_ms) FROM usage_events GROUP BY channel"))
                .containsExactlyInAnyOrder(List.of("C0", 500, 500), List.of("C1", 500, 500),
                        List.of("C2", 500, 500), List.of("C3", 500, 500));
        assertThat(storage.health().written()).isEqualTo(2000);
        assertThat(storage.health().dropped()).isZero();
        assertThat(storage.health().lostEvents()).isZero();
    }

    @Test
    void a_row_holds_every_recorded_field_and_the_user_only_as_a_keyed_hash() {
        Path file = dir.resolve("termbot.db");
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            storage.usageLog().record(Events.replied(Events.T0, new dev.termbot.core.Where("discord", "G7", "C9", "T3"),
                    "U-raw-42", "distillation-attack", "distillation"));
            storage.usageLog().record(Events.define(Events.T0, Events.GENERAL, "U-raw-42", "model collapse", null));
        }

        List<List<Object>> rows = Rows.query(file, "SELECT occurred_at, platform, workspace, channel, thread, user_hash, kind,"
                + " suppression_reason, rule_id, term_id, define_query, define_found, latency_ms FROM usage_events ORDER BY kind");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(Events.T0.toEpochMilli(), "slack", "T1", "C-general", "",
                rows.get(0).get(5), "DEFINE", null, "", "", "model collapse", 0, -1);
        assertThat(rows.get(1)).containsExactly(Events.T0.toEpochMilli(), "discord", "G7", "C9", "T3",
                rows.get(1).get(5), "REPLIED", null, "distillation-attack", "distillation", "", 0, 120);
        String hash = (String) rows.get(0).get(5);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(rows.get(1).get(5)).doesNotContain("raw-42");
    }

    @Test
    void record_returns_at_once_and_counts_drops_when_the_queue_is_full() throws Exception {
        // GIVEN a tiny queue and a writer stuck behind another connection's write lock
        Path file = dir.resolve("termbot.db");
        Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults().withQueue(10, 5)
                .withRetries(Integer.MAX_VALUE, Duration.ofMillis(5)));
        int recorded;
        try (Connection blocker = Rows.open(file); Statement statement = blocker.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            storage.usageLog().record(Events.inChannel("C", 0));
            Await.until("the writer took the first event", () -> storage.health().queueDepth() == 0);

            // WHEN far more events arrive than the queue holds
            for (int i = 1; i <= 100; i++) {
                storage.usageLog().record(Events.inChannel("C", i));
            }
            recorded = 101;

            // THEN record returned for every one of them, and the overflow is counted, not waited for
            long dropped = storage.health().dropped();
            assertThat(dropped).isBetween(100L - 10 - 4, 100L - 10);
            assertThat(storage.health().queueDepth()).isEqualTo(10);
            statement.execute("ROLLBACK");
        }
        storage.close();

        // AND once the lock is gone every event that was not dropped is stored
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM usage_events") + storage.health().dropped()).isEqualTo(recorded);
        assertThat(storage.health().lostEvents()).isZero();
    }

    @Test
    void a_batch_that_fails_midway_leaves_no_row_behind_and_is_stored_whole_once_the_fault_is_gone() {
        // GIVEN a database that rejects one particular row, and a writer we can hold before a commit
        Path file = dir.resolve("termbot.db");
        CountDownLatch gateEntered = new CountDownLatch(1);
        CountDownLatch gateOpen = new CountDownLatch(1);
        List<List<UsageEvent>> committed = new CopyOnWriteArrayList<>();
        BatchListener listener = batch -> {
            if (batch.get(0).where().channel().equals("gate")) {
                gateEntered.countDown();
                awaitQuietly(gateOpen);
            }
            committed.add(List.copyOf(batch));
        };
        Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults().withQueue(100, 10)
                .withRetries(Integer.MAX_VALUE, Duration.ofMillis(5)), listener);
        Rows.execute(file, "CREATE TRIGGER reject_poison BEFORE INSERT ON usage_events WHEN NEW.channel = 'poison'"
                + " BEGIN SELECT RAISE(ABORT, 'rejected by test trigger'); END");
        storage.usageLog().record(Events.inChannel("gate", 0));
        awaitQuietly(gateEntered);

        // WHEN the next batch is [a, b, poison, c, d]: a and b are inserted, then poison fails
        for (String channel : List.of("a", "b", "poison", "c", "d")) {
            storage.usageLog().record(Events.inChannel(channel, committed.size()));
        }
        gateOpen.countDown();
        Await.until("the poisoned batch failed", () -> storage.health().writeFailures() >= 1);

        // THEN only the gate batch is stored: the batch's first rows were rolled back with it
        assertThat(channels(file)).containsExactly("gate");
        assertThat(storage.health().writable()).isFalse();
        assertThat(storage.health().lastError()).hasValueSatisfying(error -> assertThat(error).contains("rejected by test trigger"));
        assertThat(Rows.integrityCheck(file)).isEqualTo("ok");

        // AND when the fault is repaired the retried batch is stored whole, exactly once
        Rows.execute(file, "DROP TRIGGER reject_poison");
        Await.until("the retried batch is stored", () -> Rows.count(file, "SELECT COUNT(*) FROM usage_events") == 6);
        storage.close();
        assertThat(channels(file)).containsExactlyInAnyOrder("gate", "a", "b", "poison", "c", "d");
        assertThat(committed).extracting(List::size).containsExactly(1, 5);
        assertThat(storage.health().writable()).isTrue();
        assertThat(storage.health().lostEvents()).isZero();
    }

    @Test
    void storage_errors_never_reach_the_chat_are_counted_and_logged_without_user_ids() {
        // GIVEN a database that rejects every usage row, and a writer that gives up after two attempts
        Path file = dir.resolve("termbot.db");
        ListAppender<ILoggingEvent> logs = captureLogs();
        Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults().withRetries(2, Duration.ofMillis(1)));
        Rows.execute(file, "CREATE TRIGGER reject_all BEFORE INSERT ON usage_events"
                + " BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
        try {
            // WHEN events are recorded
            for (int i = 0; i < 3; i++) {
                storage.usageLog().record(Events.hit(Events.T0, Events.GENERAL, "U-secret-7", "distillation-attack", "distillation"));
            }
            Await.until("the failed events are given up", () -> storage.health().lostEvents() == 3);

            // THEN nothing was thrown, health tells the story, and the log names no user
            assertThat(storage.health().writable()).isFalse();
            assertThat(storage.health().writeFailures()).isGreaterThanOrEqualTo(2);
            assertThat(storage.health().lastErrorAt()).contains(Events.T0);
            assertThat(logs.list).isNotEmpty();
            assertThat(logs.list).allSatisfy(line -> assertThat(line.getFormattedMessage())
                    .doesNotContain("U-secret-7").doesNotContain(hashOf(file, "U-secret-7")));

            // AND writing recovers by itself once the database accepts rows again
            Rows.execute(file, "DROP TRIGGER reject_all");
            storage.usageLog().record(Events.inChannel("after", 1));
            Await.until("writes succeed again", () -> storage.health().writable());
        } finally {
            storage.close();
            ((Logger) LoggerFactory.getLogger("dev.termbot.storage")).detachAppender(logs);
        }
        assertThat(channels(file)).containsExactly("after");
    }

    private static String hashOf(Path file, String userId) {
        return new UserHasher(HashKey.resolve(java.util.Optional.empty(), HashKey.fileFor(file))).hash(userId);
    }

    private static List<String> channels(Path file) {
        return Rows.query(file, "SELECT channel FROM usage_events ORDER BY occurred_at").stream()
                .map(row -> (String) row.get(0)).toList();
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger("dev.termbot.storage")).addAppender(appender);
        return appender;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
