package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.PolicyStore;
import dev.termbot.core.Where;
import dev.termbot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy store's in-memory copy (its answer when the database fails) forgets what the retention
 * purge deletes, so a bot that runs for months does not grow it with every message it ever claimed.
 */
class PolicyMirrorTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final int KEYS_PER_HOUR = 10;

    @TempDir
    Path dir;

    @Test
    void the_mirror_holds_only_what_the_database_would_still_answer() {
        MutableClock clock = new MutableClock(T0);
        StorageOptions options = StorageOptions.defaults().withRetentionDays(3); // keys: 2 days, notes: 3 days
        try (Storage storage = Storage.open(dir.resolve("termbot.db"), clock, options)) {
            SqlitePolicyStore store = (SqlitePolicyStore) storage.policyStore();
            int hours = 24 * 10;
            int largest = 0;
            for (int hour = 0; hour < hours; hour++) {
                claimAnHourOfTraffic(store, hour, clock.instant());
                largest = Math.max(largest, store.mirrorSize());
                clock.advance(Duration.ofHours(1));
            }

            // what is younger than its limit, plus the hour in which a prune is due
            int keyHours = (int) options.handledKeyTtl().toHours() + 1;
            int noteHours = (int) options.retention().toHours() + 1;
            int bound = keyHours * KEYS_PER_HOUR + noteHours * 2;
            assertThat(largest).as("largest mirror over %d hours of traffic", hours).isLessThanOrEqualTo(bound);
            assertThat(largest).as("far below everything ever claimed").isLessThan(hours * (KEYS_PER_HOUR + 2) / 3);

            // and what it still holds is answered as before: a key of the last hour is still a repeat
            Instant lastHour = clock.instant().minus(Duration.ofHours(1));
            assertThat(store.markHandled("slack", "T1", "msg:C1:" + (hours - 1) + ":0", lastHour)).isFalse();
        }
    }

    /** Ten delivery keys, one note time and one "already explained" in a new thread, all at {@code at}. */
    private static void claimAnHourOfTraffic(PolicyStore store, int hour, Instant at) {
        for (int i = 0; i < KEYS_PER_HOUR; i++) {
            assertThat(store.markHandled("slack", "T1", "msg:C1:" + hour + ":" + i, at)).isTrue();
        }
        store.recordNote(new Where("slack", "T1", "C1", "thread-" + hour), "distillation-attack", at);
        store.recordExplained("slack", "T1", "U" + hour, "distillation-attack", at);
    }
}
