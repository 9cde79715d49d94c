package dev.termbot.storage;

import dev.termbot.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two stores a storage test runs against (with {@code @EnumSource(StoreKind.class)}): an SQLite
 * file in the test's folder, or a fresh PostgreSQL database that belongs to that folder, so that
 * opening twice in one test reopens the same data, as a restart does.
 */
enum StoreKind {
    SQLITE {
        @Override
        Storage open(Path dir, Clock clock, StorageOptions options) {
            return Storage.open(dir.resolve("termbot.db"), clock, options);
        }
    },
    POSTGRESQL {
        @Override
        Storage open(Path dir, Clock clock, StorageOptions options) {
            String url = DATABASES.computeIfAbsent(dir, d -> TestPostgres.freshDatabaseUrl());
            // a shared store takes its hash key from the environment only
            StorageOptions withKey = options.hashKey().isPresent() ? options : options.withHashKey(Optional.of(PostgresStoreTest.HASH_KEY));
            return Storage.open(null, Map.of(PostgresDatabase.URL_VARIABLE, url), clock, withKey);
        }
    };

    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    abstract Storage open(Path dir, Clock clock, StorageOptions options);
}
