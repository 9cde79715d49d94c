package dev.termbot.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Who copies SQLite's write-ahead log back into the database file, and when.
 *
 * <p>By default every SQLite connection does it on the commit that finds the log past 1,000 pages:
 * that commit copies the pages and syncs the file, about 10 ms on the benchmark's machine, which the
 * end-to-end benchmark (issue 18) found as the slowest single-message replies on Discord whenever
 * the decision's commit was the one. So the chat path's connection ({@link Database#connectForChatPath})
 * never checkpoints, and the usage log's writer thread, already off the chat path, does: on its own
 * commits (SQLite's automatic checkpoint stays on for its connection) and, when no events came for
 * a while, every {@link #IDLE_EVERY}, so the log stays short even when nothing is counted. The
 * checkpoint is PASSIVE: it never waits for, nor blocks, a reader or a writer.
 *
 * <p>Not thread-safe: one per writer thread.
 */
final class WalCheckpoints {
    static final Duration IDLE_EVERY = Duration.ofSeconds(5);

    /** What {@code PRAGMA wal_checkpoint} reports: pages in the log, and how many are now in the file. */
    record Result(boolean blocked, long logPages, long copiedPages) {
    }

    private long lastNanos;
    private boolean ran;

    /** Runs a passive checkpoint when none ran in the last {@link #IDLE_EVERY}; true when it ran. */
    boolean whenIdle(Connection connection, long nowNanos) throws SQLException {
        if (ran && nowNanos - lastNanos < IDLE_EVERY.toNanos()) {
            return false;
        }
        passive(connection);
        ran = true;
        lastNanos = nowNanos;
        return true;
    }

    /** A passive checkpoint on {@code connection}, which must not be inside a transaction that read or wrote. */
    static Result passive(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            if (!row.next()) {
                return new Result(false, 0, 0);
            }
            return new Result(row.getInt(1) != 0, row.getLong(2), row.getLong(3));
        }
    }

    /** Turns SQLite's automatic checkpoint off for one connection (see the class comment). */
    static void neverOnCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = 0");
        }
    }
}
