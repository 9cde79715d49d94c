package dev.termbot.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * The bot's storage in a separate JVM, so tests can send it a real SIGTERM or kill it outright.
 * Talks to the test through stdout lines.
 *
 * <ul>
 *   <li>{@code queued FILE COUNT}: holds the database's write lock, queues COUNT events, prints
 *       "ready ...", and on SIGTERM releases the lock and closes storage (the shutdown hook the
 *       real wiring installs).</li>
 *   <li>{@code continuous FILE}: writes numbered events without end in batches of 500, printing
 *       "commit N" (events stored once this batch commits) just before each commit.</li>
 * </ul>
 */
public final class UsageLogChildProcess {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private UsageLogChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("queued")) {
            queueBehindLockThenWaitForSigterm(file, Integer.parseInt(args[2]));
        } else {
            writeContinuously(file);
        }
        new CountDownLatch(1).await();
    }

    private static void queueBehindLockThenWaitForSigterm(Path file, int count) throws SQLException {
        Storage storage = Storage.open(file, Clock.systemUTC(), StorageOptions.defaults()
                .withQueue(count, 200).withRetries(Integer.MAX_VALUE, Duration.ofMillis(50))
                .withCloseTimeout(Duration.ofSeconds(60)));
        Connection blocker = Rows.open(file);
        Statement statement = blocker.createStatement();
        statement.execute("BEGIN EXCLUSIVE");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                statement.execute("ROLLBACK");
                blocker.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            storage.close();
            OUT.println("closed written=" + storage.health().written() + " lost=" + storage.health().lostEvents());
        }));
        for (int i = 0; i < count; i++) {
            storage.usageLog().record(Events.inChannel("C", i));
        }
        OUT.println("ready queued=" + storage.health().queueDepth() + " written=" + storage.health().written()
                + " dropped=" + storage.health().dropped());
    }

    private static void writeContinuously(Path file) {
        long[] stored = {0};
        BatchListener announce = batch -> {
            stored[0] += batch.size();
            OUT.println("commit " + stored[0]);
        };
        Storage storage = Storage.open(file, Clock.systemUTC(), StorageOptions.defaults().withQueue(100_000, 500), announce);
        Thread producer = new Thread(() -> {
            for (long sequence = 0; ; sequence++) {
                // stay well below the queue's capacity: a drop would leave a gap the test would blame on the writer
                while (storage.health().queueDepth() > 20_000) {
                    LockSupport.parkNanos(1_000_000);
                }
                storage.usageLog().record(Events.inChannel("C", sequence));
            }
        }, "producer");
        producer.start();
        OUT.println("started " + List.of(file.getFileName()));
    }
}
