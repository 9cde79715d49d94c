package dev.termbot.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite database file: opens connections with the settings every part needs (WAL journal,
 * foreign keys on, a busy timeout) and applies the Flyway migrations shipped in the jar under
 * {@code db/migration} (the top-level {@code migrations/} folder). A file whose schema is newer than
 * these migrations is refused, never touched.
 *
 * <p>Thread-safe: it holds no connection itself; every caller gets its own.
 */
public final class SqliteDatabase implements Database {
    static final String MIGRATIONS = "classpath:db/migration";
    static final String VENDOR_MIGRATIONS = Dialect.SQLITE.vendorMigrations();
    static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private final Path file;
    private final List<String> locations;

    private SqliteDatabase(Path file, List<String> locations) {
        this.file = file.toAbsolutePath().normalize();
        this.locations = List.copyOf(locations);
    }

    /** Opens the file (creating it and its folders when missing) and brings its schema up to date. */
    public static SqliteDatabase open(Path file) {
        SqliteDatabase database = create(file, List.of(MIGRATIONS, VENDOR_MIGRATIONS));
        Optional<String> shipped = MigrationFingerprint.ofShippedMigrations();
        if (shipped.isPresent() && database.migratedWith(shipped.get())) {
            return database;
        }
        database.migrate();
        shipped.ifPresent(database::rememberMigratedWith);
        return database;
    }

    private boolean migratedWith(String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Connection connection = connect()) {
            return MigrationFingerprint.matches(connection, fingerprint);
        } catch (SQLException e) {
            return false;
        }
    }

    private void rememberMigratedWith(String fingerprint) {
        try (Connection connection = connect()) {
            MigrationFingerprint.store(connection, fingerprint);
        } catch (SQLException e) {
            // only the fast path of the next start is lost; Flyway will check the schema again then
            LoggerFactory.getLogger(SqliteDatabase.class).warn("cannot record the migrations fingerprint in {}: {}", file, e.getMessage());
        }
    }

    /** The database at this path, created (with its folders) when first used; nothing is migrated yet. */
    public static SqliteDatabase at(Path file) {
        return create(file, List.of(MIGRATIONS, VENDOR_MIGRATIONS));
    }

    /** Opens an existing file without changing anything, for inspection ({@code db info}). */
    public static SqliteDatabase openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException("no database at " + file.toAbsolutePath().normalize());
        }
        return new SqliteDatabase(file, List.of(MIGRATIONS, VENDOR_MIGRATIONS));
    }

    /** Prepares a database from other migration folders without migrating; tests use it to fake older and newer versions. */
    static SqliteDatabase create(Path file, List<String> locations) {
        if (":memory:".equals(file.toString())) {
            throw new StorageException("an in-memory database is not supported: every part opens its own connection, give a file");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        return new SqliteDatabase(file, locations);
    }

    public Path file() {
        return file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public long sizeBytes() throws java.io.IOException {
        return Files.size(file);
    }

    /**
     * Applies pending migrations.
     *
     * @throws StorageException when the file was migrated by a newer termbot, or a migration fails
     */
    @Override
    public MigrationReport migrate() {
        return migrateTo(null);
    }

    /** Migrates up to {@code target} (e.g. "1"), or to the latest when null. */
    MigrationReport migrateTo(String target) {
        return Migrations.migrate(flyway(target), location());
    }

    @Override
    public SchemaInfo info() {
        return Migrations.info(this, flyway(null));
    }

    /** A new connection with the standard settings and the default busy timeout; the caller closes it. */
    @Override
    public Connection connect() throws SQLException {
        return connect(DEFAULT_BUSY_TIMEOUT);
    }

    /** A new connection that waits at most {@code busyTimeout} for a lock held by another connection. */
    @Override
    public Connection connect(Duration busyTimeout) throws SQLException {
        return open(busyTimeout, false);
    }

    @Override
    public Connection connectForChatPath(Duration busyTimeout) throws SQLException {
        return open(busyTimeout, true);
    }

    private Connection open(Duration busyTimeout, boolean chatPath) throws SQLException {
        Connection connection = dataSource(busyTimeout).getConnection();
        try {
            // replaces SQLite's own busy timeout, whose sleeps grow in steps of milliseconds (see PromptBusyWait)
            BusyHandler.setHandler(connection, new PromptBusyWait(busyTimeout));
            if (chatPath) {
                WalCheckpoints.neverOnCommit(connection);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private SQLiteDataSource dataSource(Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is durable against a process crash in WAL mode; only a power cut may lose the last commits
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private Flyway flyway(String target) {
        return Migrations.flyway(dataSource(DEFAULT_BUSY_TIMEOUT), locations, target);
    }
}
