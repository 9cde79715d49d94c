/**
 * SQLite persistence: Flyway migrations from the top-level {@code migrations/} folder, the
 * asynchronous batched usage log, the persistent policy store, retention and privacy requests,
 * and the queries the digest needs. JDBC and Flyway are used here only.
 */
package dev.termbot.storage;
