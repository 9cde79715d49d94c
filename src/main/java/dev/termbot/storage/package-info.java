/**
 * SQLite persistence: Flyway migrations from the top-level {@code migrations/} folder, the
 * asynchronous batched usage log, the persistent policy store, retention and privacy requests,
 * and the queries the digest needs. JDBC and Flyway are used here only.
 *
 * <p>Start at {@link dev.termbot.storage.Storage#open}: one call opens the file, migrates it, finds the
 * user-id hash key and hands out the {@link dev.termbot.core.UsageLog}, {@link dev.termbot.core.PolicyStore},
 * {@link dev.termbot.storage.UsageQueries} and health. Nothing here stores message text or raw user ids.
 */
package dev.termbot.storage;
