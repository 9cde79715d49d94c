package dev.termbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryPolicyStoreForgetTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Where CHANNEL = new Where("slack", "T1", "C1", "");

    @Test
    void forgets_old_times_and_keys_and_keeps_the_rest() {
        InMemoryPolicyStore store = new InMemoryPolicyStore();
        store.setOptedOut("slack", "T1", "U1", true);
        store.setMuted(CHANNEL, true);
        store.setCooldownOverride(CHANNEL, Duration.ofMinutes(5));
        store.recordNote(CHANNEL, "old", T0);
        store.recordNote(CHANNEL, "new", T0.plusSeconds(10));
        store.recordExplained("slack", "T1", "U1", "old", T0);
        store.markHandled("slack", "T1", "old-key", T0);
        store.markHandled("slack", "T1", "new-key", T0.plusSeconds(100));

        store.forget(T0.plusSeconds(5), T0.plusSeconds(50));

        assertThat(store.lastNote(CHANNEL, "old")).isEmpty();
        assertThat(store.lastNote(CHANNEL, "new")).contains(T0.plusSeconds(10));
        assertThat(store.lastExplained("slack", "T1", "U1", "old")).isEmpty();
        assertThat(store.markHandled("slack", "T1", "old-key", T0.plusSeconds(200))).as("forgotten: new again").isTrue();
        assertThat(store.markHandled("slack", "T1", "new-key", T0.plusSeconds(200))).as("kept: a repeat").isFalse();
        assertThat(store.isOptedOut("slack", "T1", "U1")).isTrue();
        assertThat(store.isMuted(CHANNEL)).isTrue();
        assertThat(store.cooldownOverride(CHANNEL)).contains(Duration.ofMinutes(5));
        assertThat(store.size()).isEqualTo(3 + 1 + 2); // opt-out, mute, cooldown; one note; two keys
    }
}
