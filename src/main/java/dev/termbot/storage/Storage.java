package dev.termbot.storage;

import dev.termbot.core.ChannelNames;
import dev.termbot.core.InstallationStore;
import dev.termbot.core.NoteFeedbackStore;
import dev.termbot.core.NoteLedger;
import dev.termbot.core.PolicyStore;
import dev.termbot.core.SuggestionStore;
import dev.termbot.core.UsageLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the bot keeps in one SQLite file, opened in one call: the migrated database, the
 * asynchronous usage log, the persistent policy store, the digest's queries and run log, privacy
 * requests, retention and health. The composition root opens it once at start and closes it on
 * shutdown (close commits every queued usage event).
 *
 * <pre>{@code
 * Storage storage = Storage.open(dbFile, clock, StorageOptions.fromEnvironment(System.getenv()));
 * Runtime.getRuntime().addShutdownHook(new Thread(storage::close));
 * storage.startDailyPurge();
 * Bot bot = new Bot(knowledge, storage.policyStore(), settings, storage.usageLog(), clock);
 * }</pre>
 *
 * <p>Thread-safe. {@link #open} throws {@link StorageException} with an operator-readable message when
 * the file cannot be used (unreadable, newer schema, different hash key); after a successful open,
 * storage errors are reported through {@link #health()} and the log, never thrown into the chat.
 */
public final class Storage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    private final Database database;
    private final HealthTracker health;
    private final WriteProbe writeProbe;
    private final SqliteUsageLog usageLog;
    private final SqlitePolicyStore policyStore;
    private final SqliteNoteLedger noteLedger;
    private final UsageQueries usageQueries;
    private final PrivacyRequests privacy;
    private final RetentionPurge retention;
    private final DigestRunLog digestRuns;
    private final SqlInstallationStore installations;
    private final SqlNoteFeedbackStore noteFeedback;
    private final SqlChannelNames channelNames;
    private final SqlSuggestionStore suggestions;
    private ScheduledExecutorService maintenance;

    private Storage(Database database, UserHasher hasher, Clock clock, StorageOptions options, BatchListener listener) {
        this.database = database;
        this.health = new HealthTracker(clock);
        this.writeProbe = new WriteProbe(database, health, clock);
        this.usageLog = new SqliteUsageLog(database, hasher, options, health, listener);
        this.policyStore = new SqlitePolicyStore(database, hasher, options, health, clock);
        this.noteLedger = new SqliteNoteLedger(policyStore, hasher);
        this.usageQueries = new SqliteUsageQueries(database);
        this.privacy = new PrivacyRequests(database, hasher);
        this.retention = new RetentionPurge(database, clock, options.retention(), options.handledKeyTtl());
        this.digestRuns = new DigestRunLog(database);
        this.installations = new SqlInstallationStore(database);
        this.noteFeedback = new SqlNoteFeedbackStore(database, hasher, health);
        this.channelNames = new SqlChannelNames(database);
        this.suggestions = new SqlSuggestionStore(database, hasher);
    }

    /**
     * Opens (creating and migrating as needed) the database file and the user-id hash key.
     *
     * @throws StorageException when the file cannot be opened or migrated, its schema is newer than
     *                          this termbot, or the hash key does not match the stored data
     */
    public static Storage open(Path dbFile, Clock clock, StorageOptions options) {
        return open(dbFile, clock, options, BatchListener.NONE);
    }

    /**
     * Opens the store the environment chooses: the PostgreSQL database of {@code TERMBOT_DATABASE_URL}
     * when it is set (shared by every process that names it), otherwise the SQLite file.
     */
    public static Storage open(Path sqliteFile, Map<String, String> environment, Clock clock, StorageOptions options) {
        return open(PostgresDatabase.fromEnvironment(environment), sqliteFile, clock, options);
    }

    /** Opens the shared PostgreSQL database when one is given (from the settings or the environment), else the SQLite file. */
    public static Storage open(Optional<PostgresDatabase> shared, Path sqliteFile, Clock clock, StorageOptions options) {
        if (shared.isPresent()) {
            return openShared(shared.get(), clock, options, BatchListener.NONE);
        }
        return open(sqliteFile, clock, options);
    }

    /**
     * Opens (migrating as needed) a PostgreSQL database. The hash key must come from
     * {@code TERMBOT_HASH_KEY}: processes on several machines cannot share a key file, and each
     * must hash a user id to the same value.
     */
    static Storage openShared(PostgresDatabase database, Clock clock, StorageOptions options, BatchListener listener) {
        if (options.hashKey().isEmpty()) {
            throw new StorageException("with PostgreSQL (" + database.location() + ") set " + StorageOptions.HASH_KEY_VARIABLE
                    + " to the same key in every process: a key file on one machine cannot be shared");
        }
        database.migrate();
        UserHasher hasher = new UserHasher(HashKey.resolve(options.hashKey(), null));
        checkHashKey(database, hasher, StorageOptions.HASH_KEY_VARIABLE, options.acceptNewHashKey());
        return new Storage(database, hasher, clock, options, listener);
    }

    static Storage open(Path dbFile, Clock clock, StorageOptions options, BatchListener listener) {
        SqliteDatabase database = SqliteDatabase.open(dbFile);
        Path keyFile = keyFileFor(database.file());
        UserHasher hasher = new UserHasher(HashKey.resolve(options.hashKey(), keyFile));
        checkHashKey(database, hasher, "the key file " + keyFile, options.acceptNewHashKey());
        return new Storage(database, hasher, clock, options, listener);
    }

    /** The file the generated hash key is kept in when {@code TERMBOT_HASH_KEY} is not set. */
    public static Path keyFileFor(Path dbFile) {
        return HashKey.fileFor(dbFile);
    }

    public UsageLog usageLog() {
        return usageLog;
    }

    public PolicyStore policyStore() {
        return policyStore;
    }

    /** Notes owed and not yet confirmed; shares the policy store's connection. */
    public NoteLedger noteLedger() {
        return noteLedger;
    }

    public UsageQueries usageQueries() {
        return usageQueries;
    }

    public DigestRunLog digestRuns() {
        return digestRuns;
    }

    /** The workspaces installed through OAuth, with their tokens as the adapter sealed them. */
    public InstallationStore installations() {
        return installations;
    }

    /** The votes on passive notes and their removals (hashed user ids only). */
    public NoteFeedbackStore noteFeedback() {
        return noteFeedback;
    }

    /** Channel names for the digest, as the platforms reported them. */
    public ChannelNames channelNames() {
        return channelNames;
    }

    /** Glossary suggestions from chat and the overlay of approved entries. */
    public SuggestionStore suggestions() {
        return suggestions;
    }

    public PrivacyRequests privacy() {
        return privacy;
    }

    public RetentionPurge retention() {
        return retention;
    }

    public Database database() {
        return database;
    }

    public StorageHealth health() {
        return health.snapshot();
    }

    /**
     * Whether a real write succeeds now (at most one probe write a second; see {@link WriteProbe}):
     * what readiness reports, and how it notices a recovery.
     */
    public boolean probeWritable() {
        return writeProbe.writable();
    }

    /** Starts the daily retention purge on a daemon thread owned by this object (first run after a minute). */
    public synchronized void startDailyPurge() {
        if (maintenance == null) {
            maintenance = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "termbot-retention");
                thread.setDaemon(true);
                return thread;
            });
            retention.scheduleDaily(maintenance);
        }
    }

    /** Commits every queued usage event, stops the purge and closes connections. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (maintenance != null) {
                maintenance.shutdownNow();
                maintenance = null;
            }
        }
        usageLog.close();
        policyStore.close();
    }

    private static void checkHashKey(Database database, UserHasher hasher, String keySource, boolean acceptNew) {
        String check = hasher.keyCheck();
        try (Connection connection = database.connect()) {
            Optional<String> stored = InstallSettings.get(connection, InstallSettings.HASH_KEY_CHECK);
            if (stored.isPresent() && !stored.get().equals(check)) {
                if (!acceptNew) {
                    throw new StorageException("the user-id hash key is not the one " + database.location()
                            + " was written with, so stored opt-outs and privacy requests would no longer match."
                            + " Restore " + keySource + " or set " + StorageOptions.HASH_KEY_VARIABLE + " to the original key;"
                            + " to continue with the new key on purpose, run: termbot db accept-hash-key");
                }
                LOG.warn("adopting a new user-id hash key for {}: rows hashed with the old key no longer match anyone",
                        database.location());
            }
            if (stored.isEmpty() || !stored.get().equals(check)) {
                InstallSettings.put(connection, InstallSettings.HASH_KEY_CHECK, check);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read " + database.location() + ": " + e.getMessage(), e);
        }
    }
}
