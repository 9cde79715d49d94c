package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import dev.termbot.storage.Database;
import dev.termbot.storage.PostgresDatabase;
import dev.termbot.storage.SqliteDatabase;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by every command that reads or writes the database (a picocli mixin). */
final class DatabaseOption {
    /** The settings file, which may name the database (SQLite file or PostgreSQL) too. */
    @Mixin
    ConfigOption config = new ConfigOption();

    @Option(names = "--db", paramLabel = "FILE",
            description = "SQLite database file (default: the PostgreSQL database of $TERMBOT_DATABASE_URL or storage.postgresql when set, else $TERMBOT_DB,"
                    + " else storage.database of the settings file, else data/termbot.db)")
    Path file;

    Path resolve() throws ConfigException {
        // the same file the bot uses: --db, else TERMBOT_DB, else the settings file, else the default
        return file != null ? file : config.load(System.getenv()).storage().database();
    }

    /**
     * The PostgreSQL database {@code TERMBOT_DATABASE_URL} or {@code storage.postgresql} of
     * the settings file names (they must agree), unless {@code --db} asks for a file.
     */
    Optional<PostgresDatabase> shared() throws ConfigException {
        if (file != null) {
            return Optional.empty();
        }
        Map<String, String> env = System.getenv();
        return config.load(env).storage().postgresql().map(shared -> shared.database(env));
    }

    /** The chosen database as it is, for reading: PostgreSQL, or an SQLite file that must exist. */
    Database existingDatabase() throws ConfigException, BadInput {
        Optional<PostgresDatabase> shared = shared();
        return shared.isPresent() ? shared.get() : SqliteDatabase.openExisting(existing());
    }

    /** The chosen database, migrated: PostgreSQL, or an SQLite file that must exist. */
    Database migratedDatabase() throws ConfigException, BadInput {
        Optional<PostgresDatabase> shared = shared();
        if (shared.isPresent()) {
            shared.get().migrate();
            return shared.get();
        }
        return SqliteDatabase.open(existing());
    }

    /** The whole store (with the hash key) on the chosen database; an SQLite file must exist. */
    Storage openStorage(StorageOptions options) throws ConfigException, BadInput {
        Optional<PostgresDatabase> shared = shared();
        return Storage.open(shared, shared.isPresent() ? null : existing(), Clock.systemUTC(), options);
    }

    /** The resolved file, which must exist: the commands that read the database never create one by accident. */
    Path existing() throws ConfigException, BadInput {
        Path resolved = resolve();
        if (!Files.isRegularFile(resolved)) {
            throw new BadInput("no database at " + resolved.toAbsolutePath().normalize()
                    + " (start the bot once or run: termbot db migrate --db " + resolved + ")");
        }
        return resolved;
    }
}
