package dev.termbot.storage;

import dev.termbot.core.Linger;
import dev.termbot.core.UsageEvent;
import dev.termbot.core.UsageLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The usage log on SQLite. {@link #record} only offers the event to a bounded queue and returns;
 * one writer thread takes whatever is queued (up to the batch size) and commits it in one
 * transaction, so a batch is stored completely or not at all.
 *
 * <p>When the queue is full, new events are dropped and counted ({@link StorageHealth#dropped()}):
 * the chat thread is never made to wait for the disk, because a late reply costs more than a
 * missing statistic. A failed batch is retried with growing pauses and, after
 * {@link StorageOptions#maxWriteAttempts()}, given up and counted as lost; storage errors never
 * reach the caller of {@code record}. {@link #close()} commits everything still queued (bounded by
 * {@link StorageOptions#closeTimeout()}), which is what the shutdown hook relies on for SIGTERM;
 * events recorded after close are dropped and counted, so close the chat platforms first.
 *
 * <p>Thread-safe: any number of threads may call {@code record}; one internal thread writes.
 */
public final class SqliteUsageLog implements UsageLog {
    private static final long POLL_MILLIS = 50;
    /**
     * How long the writer waits for more events after the first before it commits. Why: every write
     * transaction here competes with the chat path's (delivery keys, owed notes, cooldowns) for
     * SQLite's one write lock, and a connection that finds it taken backs off in steps of
     * milliseconds; one transaction per burst instead of one per event keeps the chat path's waits
     * rare. A digest a tenth of a second late changes nothing.
     */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(5);
    private static final Duration ABANDON_GRACE = Duration.ofSeconds(10);

    private final Database database;
    private final UsageEventTable table;
    private final BlockingQueue<UsageEvent> queue;
    private final StorageOptions options;
    private final HealthTracker health;
    private final BatchListener listener;
    private final Thread writer;
    private volatile boolean closing;
    private volatile boolean abandon;
    private boolean closed;
    private Connection connection;
    private final WalCheckpoints checkpoints = new WalCheckpoints();

    SqliteUsageLog(Database database, UserHasher hasher, StorageOptions options, HealthTracker health,
                   BatchListener listener) {
        this.database = database;
        this.table = new UsageEventTable(hasher);
        this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
        this.options = options;
        this.health = health;
        this.listener = listener;
        health.watchQueue(queue::size);
        this.writer = new Thread(this::writeUntilClosed, "termbot-usage-writer");
        // daemon: a forgotten close() must not keep the JVM alive; the shutdown hook's close() still drains
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(UsageEvent event) {
        if (event == null) {
            return;
        }
        if (closing || !queue.offer(event)) {
            health.droppedOne();
        } else if (queue.size() >= options.batchSize()) {
            LockSupport.unpark(writer); // a full batch need not wait out the linger
        }
    }

    /** Commits everything queued, then stops the writer. Safe to call more than once. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        closing = true;
        LockSupport.unpark(writer); // out of its linger: what is queued is committed now
        if (!joinWriter(options.closeTimeout())) {
            abandon = true;
            LockSupport.unpark(writer);
            joinWriter(ABANDON_GRACE);
        }
        int left = queue.size();
        queue.clear();
        if (left > 0) {
            health.lost(left, "still queued when the usage log closed");
        }
    }

    /** Events waiting for the writer right now. */
    public int queueDepth() {
        return queue.size();
    }

    private boolean joinWriter(Duration timeout) {
        try {
            writer.join(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !writer.isAlive();
    }

    private void writeUntilClosed() {
        List<UsageEvent> batch = new ArrayList<>(options.batchSize());
        try {
            while (true) {
                UsageEvent first;
                try {
                    first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    // only close() ends the writer; an interrupt from elsewhere must not strand queued events
                    continue;
                }
                if (first == null) {
                    if (closing) {
                        return;
                    }
                    checkpointWhenIdle();
                    continue;
                }
                batch.add(first);
                gather(batch);
                commitWithRetries(batch);
                batch.clear();
            }
        } finally {
            closeConnection();
        }
    }

    /**
     * Adds what arrives within {@link #LINGER_NANOS} of the first event, up to a full batch; at once
     * when closing. The writer sleeps through the wait ({@link Linger}): {@link #record} wakes it
     * only for a full batch.
     */
    private void gather(List<UsageEvent> batch) {
        // an interrupt from elsewhere only ends the wait: what there is gets committed; only close() ends the writer
        Linger.parkUntil(System.nanoTime() + LINGER_NANOS,
                () -> closing || queue.size() >= options.batchSize() - batch.size());
        queue.drainTo(batch, options.batchSize() - batch.size());
    }

    private void commitWithRetries(List<UsageEvent> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                commit(batch);
                health.written(batch.size());
                health.writeSucceeded();
                return;
            } catch (SQLException | RuntimeException e) {
                health.writeFailed("usage batch of " + batch.size(), e);
                closeConnection(); // a fresh connection on the next attempt, in case the file was replaced or unlocked
                if (attempt >= options.maxWriteAttempts() || abandon) {
                    health.lost(batch.size(), "batch failed " + attempt + " times");
                    return;
                }
                pause(retryDelay(attempt));
            }
        }
    }

    private void commit(List<UsageEvent> batch) throws SQLException {
        Connection current = connection();
        try {
            table.insert(current, batch);
            listener.beforeCommit(batch);
            current.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(current);
            throw e;
        }
    }

    /** The chat path's commits leave the write-ahead log to this thread (see {@link WalCheckpoints}). */
    private void checkpointWhenIdle() {
        if (database.dialect() != Dialect.SQLITE) {
            return;
        }
        try {
            Connection current = connection();
            if (checkpoints.whenIdle(current, System.nanoTime())) {
                current.commit(); // ends the empty transaction the driver keeps open between batches
            }
        } catch (SQLException | RuntimeException e) {
            // the next commit of any other connection checkpoints instead; nothing is lost
            closeConnection();
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection opened = database.connect();
            opened.setAutoCommit(false);
            connection = opened;
        }
        return connection;
    }

    private Duration retryDelay(int attempt) {
        Duration delay = options.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 16));
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    private void pause(Duration delay) {
        long deadline = System.nanoTime() + delay.toNanos();
        long left;
        while (!abandon && (left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, left);
        }
    }

    private static void rollbackQuietly(Connection current) {
        try {
            current.rollback();
        } catch (SQLException ignored) {
            // the connection is discarded after a failure; SQLite rolls back an unfinished transaction itself
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do with a connection that is being thrown away
            }
            connection = null;
        }
    }
}
