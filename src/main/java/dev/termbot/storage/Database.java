package dev.termbot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Where the bot's state lives: a local SQLite file ({@link SqliteDatabase}, the default, for one
 * process) or a PostgreSQL server ({@link PostgresDatabase}, for several processes sharing one
 * state). Everything above this runs the same portable SQL on either; {@link Dialect} holds the few
 * statements that differ. Implementations are thread-safe and hand every caller its own connection.
 */
public interface Database {
    /** For messages and {@code db info}: the file, or the URL without credentials. */
    String location();

    Dialect dialect();

    /** A new connection with the default lock wait; the caller closes it. */
    Connection connect() throws SQLException;

    /** A new connection that waits at most {@code lockWait} for a lock held by another connection. */
    Connection connect(Duration lockWait) throws SQLException;

    /**
     * A connection for the chat path (the reply policy and the note ledger), which waits at most
     * {@code lockWait}: like {@link #connect(Duration)}, except that on SQLite its commits never
     * checkpoint the write-ahead log ({@link WalCheckpoints} says who does).
     */
    default Connection connectForChatPath(Duration lockWait) throws SQLException {
        return connect(lockWait);
    }

    /** Applies pending migrations; refuses a schema newer than this termbot. */
    MigrationReport migrate();

    /** The size on disk in bytes. */
    long sizeBytes() throws java.io.IOException, SQLException;

    /** Schema version, migrations and row counts, without changing anything. */
    SchemaInfo info();

    /** The digest's read queries; they need no hash key. */
    default UsageQueries usageQueries() {
        return new SqliteUsageQueries(this);
    }
}
