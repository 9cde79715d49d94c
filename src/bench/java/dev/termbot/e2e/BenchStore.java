package dev.termbot.e2e;

import dev.termbot.storage.PostgresDatabase;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The store a benchmark runs termbot on: an SQLite file in the run's folder, or a fresh database on
 * PostgreSQL ({@link BenchPostgres}: {@code TERMBOT_BENCH_DATABASE_URL}'s server, else an embedded
 * one the benchmark starts itself).
 */
public enum BenchStore {
    SQLITE, POSTGRESQL;

    /** A hash key of the benchmark's own: a shared store takes its key from the caller, never a file. */
    private static final String HASH_KEY = "termbot-benchmark-hash-key-0123456789abcdef";

    /** The store called {@code name} ({@code sqlite}, {@code postgresql} or {@code postgres}). */
    public static BenchStore named(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("postgres")) {
            return POSTGRESQL;
        }
        for (BenchStore store : values()) {
            if (store.label().equals(lower)) {
                return store;
            }
        }
        throw new IllegalArgumentException("unknown store '" + name + "': use sqlite or postgresql");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where one benchmark's data goes: a file name for SQLite, a new database for PostgreSQL. */
    public Place newPlace(Path dir) {
        return this == SQLITE ? new Place(this, dir.resolve("termbot.db"), null) : new Place(this, null, BenchPostgres.freshDatabaseUrl());
    }

    /** One benchmark's database; {@link #open} may be called several times, as several processes would. */
    public record Place(BenchStore store, Path file, String url) {
        public Storage open(Clock clock) {
            StorageOptions options = StorageOptions.defaults().withHashKey(Optional.of(HASH_KEY));
            Optional<PostgresDatabase> shared = url == null ? Optional.empty() : Optional.of(PostgresDatabase.at(url, null, null));
            return Storage.open(shared, file, clock, options);
        }
    }
}
