package dev.termbot.storage;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The storage knobs, with defaults that suit one bot process.
 *
 * @param retention          usage rows (and per-user policy memory) older than this are purged; default 90 days
 * @param handledKeyTtl      how long a delivery key (message id, event id) stays remembered; default 2 days
 * @param queueCapacity      events the usage log holds before it drops new ones; default 10,000
 * @param batchSize          events committed per transaction at most; default 200
 * @param hashKey            the user-id hash secret from {@code TERMBOT_HASH_KEY}; empty means "use the key file"
 * @param policyBusyTimeout  how long a policy read/write in the chat path waits for a locked database; default 250 ms
 * @param closeTimeout       how long {@code close()} waits for the queue to drain; default 30 s
 * @param maxWriteAttempts   attempts per batch before it is given up as lost; default 8
 * @param retryDelay         first pause after a failed batch, doubled per attempt up to 5 s; default 100 ms
 * @param acceptNewHashKey   adopt the current hash key even if the database was written with another one
 */
public record StorageOptions(Duration retention, Duration handledKeyTtl, int queueCapacity, int batchSize,
                             Optional<String> hashKey, Duration policyBusyTimeout, Duration closeTimeout,
                             int maxWriteAttempts, Duration retryDelay, boolean acceptNewHashKey) {
    public static final String HASH_KEY_VARIABLE = "TERMBOT_HASH_KEY";
    public static final int DEFAULT_RETENTION_DAYS = 90;

    public StorageOptions {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(handledKeyTtl, "handledKeyTtl");
        Objects.requireNonNull(hashKey, "hashKey");
        Objects.requireNonNull(policyBusyTimeout, "policyBusyTimeout");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        if (queueCapacity < 1 || batchSize < 1 || maxWriteAttempts < 1) {
            throw new IllegalArgumentException("queueCapacity, batchSize and maxWriteAttempts must be at least 1");
        }
    }

    public static StorageOptions defaults() {
        return new StorageOptions(Duration.ofDays(DEFAULT_RETENTION_DAYS), Duration.ofDays(2), 10_000, 200,
                Optional.empty(), Duration.ofMillis(250), Duration.ofSeconds(30), 8, Duration.ofMillis(100), false);
    }

    /** The defaults, with the hash key taken from {@code TERMBOT_HASH_KEY} when it is set. */
    public static StorageOptions fromEnvironment(Map<String, String> environment) {
        String key = environment.get(HASH_KEY_VARIABLE);
        return defaults().withHashKey(key == null || key.isEmpty() ? Optional.empty() : Optional.of(key));
    }

    public StorageOptions withRetentionDays(int days) {
        return new StorageOptions(Duration.ofDays(days), handledKeyTtl, queueCapacity, batchSize, hashKey,
                policyBusyTimeout, closeTimeout, maxWriteAttempts, retryDelay, acceptNewHashKey);
    }

    public StorageOptions withHashKey(Optional<String> key) {
        return new StorageOptions(retention, handledKeyTtl, queueCapacity, batchSize, key,
                policyBusyTimeout, closeTimeout, maxWriteAttempts, retryDelay, acceptNewHashKey);
    }

    public StorageOptions withQueue(int capacity, int batch) {
        return new StorageOptions(retention, handledKeyTtl, capacity, batch, hashKey,
                policyBusyTimeout, closeTimeout, maxWriteAttempts, retryDelay, acceptNewHashKey);
    }

    public StorageOptions withRetries(int attempts, Duration firstDelay) {
        return new StorageOptions(retention, handledKeyTtl, queueCapacity, batchSize, hashKey,
                policyBusyTimeout, closeTimeout, attempts, firstDelay, acceptNewHashKey);
    }

    public StorageOptions withCloseTimeout(Duration timeout) {
        return new StorageOptions(retention, handledKeyTtl, queueCapacity, batchSize, hashKey,
                policyBusyTimeout, timeout, maxWriteAttempts, retryDelay, acceptNewHashKey);
    }

    public StorageOptions withAcceptNewHashKey(boolean accept) {
        return new StorageOptions(retention, handledKeyTtl, queueCapacity, batchSize, hashKey,
                policyBusyTimeout, closeTimeout, maxWriteAttempts, retryDelay, accept);
    }

    /** Retention in whole days, as operators configure it. */
    public long retentionDays() {
        return retention.toDays();
    }
}
