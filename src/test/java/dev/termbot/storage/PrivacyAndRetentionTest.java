package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Where;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyAndRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Where SLACK = new Where("slack", "T1", "C1", "");
    private static final Where DISCORD = new Where("discord", "G1", "C7", "");

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void someUsage() {
        file = dir.resolve("termbot.db");
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            storage.usageLog().record(Events.hit(NOW.minusSeconds(30), SLACK, "U-alice", "distillation-attack", "distillation"));
            storage.usageLog().record(Events.define(NOW.minusSeconds(20), DISCORD, "U-alice", "rlhf", "rlhf"));
            storage.usageLog().record(Events.suppressed(NOW.minus(Duration.ofDays(91)), SLACK, "U-alice", SuppressionReason.COOLDOWN));
            storage.usageLog().record(Events.hit(NOW.minusSeconds(10), SLACK, "U-bob", "distillation-attack", "distillation"));
            storage.policyStore().setOptedOut("slack", "T1", "U-alice", true);
            storage.policyStore().recordExplained("slack", "T1", "U-alice", "distillation-attack", NOW.minus(Duration.ofDays(100)));
            storage.policyStore().recordExplained("discord", "G1", "U-alice", "distillation-attack", NOW);
            storage.policyStore().setOptedOut("slack", "T1", "U-bob", true);
            storage.policyStore().markHandled("slack", "T1", "old", NOW.minus(Duration.ofDays(3)));
            storage.policyStore().markHandled("slack", "T1", "new", NOW.minus(Duration.ofHours(1)));
        }
    }

    @Test
    void export_returns_everything_stored_under_the_users_hash_and_nothing_of_others() {
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            UserData alice = storage.privacy().export(UserSelector.anywhere("U-alice"));

            assertThat(alice.userHash()).matches("[0-9a-f]{64}");
            assertThat(alice.events()).extracting(UserData.Event::kind).containsExactly("SUPPRESSED", "HIT", "DEFINE");
            assertThat(alice.events().get(0).suppressionReason()).contains("cooldown");
            assertThat(alice.events().get(2).defineQuery()).isEqualTo("rlhf");
            assertThat(alice.events().get(2).defineFound()).isTrue();
            assertThat(alice.optOuts()).containsExactly(new UserData.OptOut("slack", "T1", NOW));
            assertThat(alice.explained()).hasSize(2);

            UserData aliceOnDiscord = storage.privacy().export(new UserSelector("U-alice", Optional.of("discord"), Optional.of("G1")));
            assertThat(aliceOnDiscord.events()).extracting(UserData.Event::platform).containsExactly("discord");
            assertThat(aliceOnDiscord.optOuts()).isEmpty();
            assertThat(aliceOnDiscord.explained()).extracting(UserData.Explained::platform).containsExactly("discord");

            assertThat(storage.privacy().export(UserSelector.anywhere("U-nobody")).events()).isEmpty();
        }
    }

    @Test
    void forget_deletes_the_users_rows_opt_outs_and_explanations_only() {
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            ForgetReport report = storage.privacy().forget(UserSelector.anywhere("U-alice"));

            assertThat(report).isEqualTo(new ForgetReport(report.userHash(), 3, 1, 2));
            UserData alice = storage.privacy().export(UserSelector.anywhere("U-alice"));
            assertThat(alice.events()).isEmpty();
            assertThat(alice.optOuts()).isEmpty();
            assertThat(alice.explained()).isEmpty();
            assertThat(storage.policyStore().isOptedOut("slack", "T1", "U-alice")).isFalse();
            assertThat(storage.privacy().export(UserSelector.anywhere("U-bob")).events()).hasSize(1);
            assertThat(storage.policyStore().isOptedOut("slack", "T1", "U-bob")).isTrue();
        }
    }

    @Test
    void forget_can_be_narrowed_to_one_platform() {
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            ForgetReport report = storage.privacy().forget(new UserSelector("U-alice", Optional.of("discord"), Optional.empty()));

            assertThat(report.events()).isEqualTo(1);
            assertThat(report.explained()).isEqualTo(1);
            assertThat(storage.privacy().export(UserSelector.anywhere("U-alice")).events()).extracting(UserData.Event::platform)
                    .containsOnly("slack");
        }
    }

    @Test
    void purge_deletes_rows_older_than_the_retention_and_expired_delivery_keys_but_keeps_settings() {
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults())) {
            PurgeReport report = storage.retention().purge();

            assertThat(report.cutoff()).isEqualTo(NOW.minus(Duration.ofDays(90)));
            assertThat(report.events()).isEqualTo(1);
            assertThat(report.explained()).isEqualTo(1);
            assertThat(report.deliveryKeys()).isEqualTo(1);
            assertThat(Rows.count(file, "SELECT COUNT(*) FROM usage_events")).isEqualTo(3);
            assertThat(Rows.count(file, "SELECT COUNT(*) FROM usage_events WHERE occurred_at < ?",
                    NOW.minus(Duration.ofDays(90)).toEpochMilli())).isZero();
            assertThat(Rows.query(file, "SELECT delivery_key FROM handled_deliveries")).containsExactly(java.util.List.of("new"));
            assertThat(Rows.count(file, "SELECT COUNT(*) FROM opted_out_users")).as("opt-outs are kept").isEqualTo(2);

            assertThat(storage.retention().purge().events()).as("a second purge finds nothing").isZero();
        }
    }

    @Test
    void a_shorter_retention_purges_more() {
        try (Storage storage = Storage.open(file, CLOCK, StorageOptions.defaults().withRetentionDays(1))) {
            assertThat(storage.retention().purge().events()).isEqualTo(1);
        }
        RetentionPurge tomorrow = new RetentionPurge(SqliteDatabase.open(file), Clock.offset(CLOCK, Duration.ofDays(2)),
                Duration.ofDays(1), Duration.ofDays(2));
        assertThat(tomorrow.purge().events()).isEqualTo(3);
    }
}
