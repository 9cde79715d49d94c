package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.PolicyFacts;
import dev.termbot.core.PolicyStore;
import dev.termbot.core.Where;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class SqlitePolicyStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Where CHANNEL = new Where("slack", "T1", "C1", "");
    private static final Where THREAD = new Where("slack", "T1", "C1", "1700000000.0001");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void every_kind_of_policy_state_survives_a_restart(StoreKind kind) {
        // GIVEN a store that was told about opt-outs, mutes, cooldowns, notes and explanations
        try (Storage first = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            PolicyStore store = first.policyStore();
            store.setOptedOut("slack", "T1", "U-alice", true);
            store.setMuted(THREAD, true);
            store.setCooldownOverride(CHANNEL, Duration.ofMinutes(45));
            store.recordNote(THREAD, "distillation-attack", NOW.minusSeconds(60));
            store.recordExplained("slack", "T1", "U-bob", "distillation-attack", NOW.minusSeconds(120));
            assertThat(store.markHandled("slack", "T1", "msg:C1:42", NOW)).isTrue();
        }

        // WHEN the bot starts again on the same file
        try (Storage second = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            PolicyStore store = second.policyStore();

            // THEN it remembers all of it, keyed exactly as before
            assertThat(store.isOptedOut("slack", "T1", "U-alice")).isTrue();
            assertThat(store.isOptedOut("slack", "T2", "U-alice")).isFalse();
            assertThat(store.isOptedOut("slack", "T1", "U-bob")).isFalse();
            assertThat(store.isMuted(CHANNEL)).as("threads share their channel's mute").isTrue();
            assertThat(store.isMuted(new Where("slack", "T1", "C2", ""))).isFalse();
            assertThat(store.cooldownOverride(THREAD)).contains(Duration.ofMinutes(45));
            assertThat(store.lastNote(THREAD, "distillation-attack")).contains(NOW.minusSeconds(60));
            assertThat(store.lastNote(CHANNEL, "distillation-attack")).as("a note in a thread is not a note in the channel").isEmpty();
            assertThat(store.lastExplained("slack", "T1", "U-bob", "distillation-attack")).contains(NOW.minusSeconds(120));
            assertThat(store.markHandled("slack", "T1", "msg:C1:42", NOW.plusSeconds(5))).as("a replayed delivery").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void the_facts_of_a_claim_read_in_one_statement_are_the_five_reads_answers(StoreKind kind) {
        // GIVEN state about some authors, places and rules, in a store opened afresh (nothing in its memory)
        try (Storage first = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            PolicyStore store = first.policyStore();
            store.setOptedOut("slack", "T1", "U-alice", true);
            store.setMuted(THREAD, true);
            store.setCooldownOverride(CHANNEL, Duration.ofMinutes(45));
            store.recordNote(THREAD, "distillation-attack", NOW.minusSeconds(60));
            store.recordExplained("slack", "T1", "U-bob", "distillation-attack", NOW.minusSeconds(120));
        }
        try (Storage second = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            PolicyStore store = second.policyStore();

            // THEN the facts read together are what each question asked alone answers
            assertThat(store.factsFor(THREAD, "U-alice", "distillation-attack")).isEqualTo(new PolicyFacts(true, true,
                    Optional.of(Duration.ofMinutes(45)), Optional.of(NOW.minusSeconds(60)), Optional.empty()));
            assertThat(store.factsFor(CHANNEL, "U-bob", "distillation-attack")).isEqualTo(new PolicyFacts(false, true,
                    Optional.of(Duration.ofMinutes(45)), Optional.empty(), Optional.of(NOW.minusSeconds(120))));
            Where elsewhere = new Where("slack", "T2", "C9", "");
            assertThat(store.factsFor(elsewhere, "U-alice", "distillation-attack")).isEqualTo(new PolicyFacts(false, false,
                    Optional.empty(), Optional.empty(), Optional.empty()));
            for (Where where : List.of(THREAD, CHANNEL, elsewhere)) {
                for (String user : List.of("U-alice", "U-bob", "U-carol")) {
                    for (String rule : List.of("distillation-attack", "another-rule")) {
                        assertThat(store.factsFor(where, user, rule)).as(where + " " + user + " " + rule)
                                .isEqualTo(new PolicyFacts(store.isOptedOut(where.platform(), where.workspace(), user),
                                        store.isMuted(where), store.cooldownOverride(where), store.lastNote(where, rule),
                                        store.lastExplained(where.platform(), where.workspace(), user, rule)));
                    }
                }
            }
        }
    }

    @Test
    void changes_overwrite_and_undo_earlier_state() {
        Path file = dir.resolve("termbot.db");
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            PolicyStore store = storage.policyStore();
            store.setOptedOut("slack", "T1", "U-alice", true);
            store.setOptedOut("slack", "T1", "U-alice", true);
            store.setOptedOut("slack", "T1", "U-alice", false);
            store.setMuted(CHANNEL, true);
            store.setMuted(CHANNEL, false);
            store.setCooldownOverride(CHANNEL, Duration.ofMinutes(45));
            store.setCooldownOverride(CHANNEL, Duration.ofHours(2));
            store.recordNote(CHANNEL, "r", NOW.minusSeconds(600));
            store.recordNote(CHANNEL, "r", NOW);

            assertThat(store.isOptedOut("slack", "T1", "U-alice")).isFalse();
            assertThat(store.isMuted(CHANNEL)).isFalse();
            assertThat(store.cooldownOverride(CHANNEL)).contains(Duration.ofHours(2));
            assertThat(store.lastNote(CHANNEL, "r")).contains(NOW);
        }
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM opted_out_users")).isZero();
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM channel_cooldowns")).isEqualTo(1);
    }

    @Test
    void user_ids_are_stored_only_as_their_keyed_hash() {
        Path file = dir.resolve("termbot.db");
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            storage.policyStore().setOptedOut("discord", "G1", "123456789012345678", true);
            storage.policyStore().recordExplained("discord", "G1", "123456789012345678", "r", NOW);
        }

        List<Object> hashes = Rows.query(file, "SELECT user_hash FROM opted_out_users UNION ALL SELECT user_hash FROM explained_rules")
                .stream().map(row -> row.get(0)).toList();
        assertThat(hashes).hasSize(2).allSatisfy(hash -> assertThat((String) hash).matches("[0-9a-f]{64}"));
        assertThat(hashes.get(0)).isEqualTo(hashes.get(1));
        assertThat((String) hashes.get(0)).doesNotContain("123456789012345678");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_delivery_key_counts_as_new_again_after_its_time_limit(StoreKind kind) {
        try (Storage storage = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            PolicyStore store = storage.policyStore();
            assertThat(store.markHandled("slack", "T1", "Ev1", NOW)).isTrue();
            assertThat(store.markHandled("slack", "T1", "Ev1", NOW.plus(Duration.ofDays(2)).minusMillis(1))).isFalse();
            assertThat(store.markHandled("slack", "T2", "Ev1", NOW)).as("keys are per workspace").isTrue();
            assertThat(store.markHandled("slack", "T1", "Ev1", NOW.plus(Duration.ofDays(2)).plusMillis(1))).isTrue();
            assertThat(store.markHandled("slack", "T1", "Ev1", NOW.plus(Duration.ofDays(2)).plusMillis(2))).isFalse();
        }
    }

    @Test
    void when_the_database_fails_the_store_answers_from_memory_and_reports_it() {
        // GIVEN state written while the database worked
        Path file = dir.resolve("termbot.db");
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            PolicyStore store = storage.policyStore();
            store.setOptedOut("slack", "T1", "U-alice", true);
            store.setMuted(CHANNEL, true);
            assertThat(store.markHandled("slack", "T1", "Ev1", NOW)).isTrue();

            // WHEN the policy tables become unusable under the running bot
            Rows.execute(file, "DROP TABLE opted_out_users", "DROP TABLE muted_channels", "DROP TABLE handled_deliveries",
                    "DROP TABLE explained_rules");

            // THEN calls do not throw; they answer from what this process knew
            assertThat(store.isOptedOut("slack", "T1", "U-alice")).isTrue();
            assertThat(store.isMuted(CHANNEL)).isTrue();
            store.recordExplained("slack", "T1", "U-bob", "r", NOW);
            assertThat(store.lastExplained("slack", "T1", "U-bob", "r")).contains(NOW);
            assertThat(store.markHandled("slack", "T1", "Ev2", NOW)).isTrue();
            assertThat(store.markHandled("slack", "T1", "Ev2", NOW)).isFalse();
            // AND health shows the failure
            assertThat(storage.health().writable()).isFalse();
            assertThat(storage.health().lastError()).hasValueSatisfying(error -> assertThat(error).contains("no such table"));
        }
    }
}
