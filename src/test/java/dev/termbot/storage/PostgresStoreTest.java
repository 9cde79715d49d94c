package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.PendingNote;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Where;
import dev.termbot.testing.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is PostgreSQL's own on a real server: ids from a sequence, the usage log and digest queries,
 * privacy, db info, the hash key rule and credentials kept out of messages. The storage tests run
 * on both stores through {@link StoreKind}.
 */
class PostgresStoreTest {
    static final String HASH_KEY = "a-test-hash-key-that-is-long-enough-0123456789";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Where THREAD = new Where("slack", "T1", "C1", "1700000000.0001");
    private static final String RULE = "distillation-attack";

    private String url;

    @BeforeEach
    void freshDatabase() {
        url = TestPostgres.freshDatabaseUrl();
    }

    static Storage open(String url, Clock clock) {
        return Storage.open(null, Map.of(PostgresDatabase.URL_VARIABLE, url), clock,
                StorageOptions.fromEnvironment(Map.of(StorageOptions.HASH_KEY_VARIABLE, HASH_KEY)));
    }

    @Test
    void an_owed_note_survives_a_reopen_and_its_confirmation_starts_the_cooldown() {
        InboundMessage message = new InboundMessage(THREAD, "1.0001", "U0SECRETALICE", false, "text", Markup.PLAIN);
        try (Storage storage = open(url, CLOCK)) {
            PendingNote note = storage.noteLedger().open(message, RULE, NOW);
            PendingNote second = storage.noteLedger().open(new InboundMessage(THREAD, "1.0002", "U2", false, "t", Markup.PLAIN),
                    RULE, NOW);
            assertThat(second.id()).as("ids come from the database's sequence").isGreaterThan(note.id()).isPositive();
            storage.noteLedger().release(second);
        }
        try (Storage storage = open(url, CLOCK)) {
            PendingNote owed = storage.noteLedger().unsent("slack").stream().filter(n -> n.messageId().equals("1.0001"))
                    .findFirst().orElseThrow();
            assertThat(owed.authorId()).isEqualTo("U0SECRETALICE");
            storage.noteLedger().sent(owed, NOW.plusSeconds(3));
            assertThat(storage.noteLedger().unsent("slack")).isEmpty();
            assertThat(storage.policyStore().lastNote(THREAD, RULE)).contains(NOW.plusSeconds(3));
            assertThat(storage.policyStore().lastExplained("slack", "T1", "U0SECRETALICE", RULE)).contains(NOW.plusSeconds(3));
        }
    }

    @Test
    void forget_removes_a_person_and_db_info_reads_the_schema() {
        try (Storage storage = open(url, CLOCK)) {
            storage.policyStore().setOptedOut("slack", "T1", "U-carol", true);
            storage.policyStore().recordExplained("slack", "T1", "U-carol", RULE, NOW);
            ForgetReport report = storage.privacy().forget(new UserSelector("U-carol", java.util.Optional.of("slack"), java.util.Optional.of("T1")));
            assertThat(report.optOuts()).isEqualTo(1);
            assertThat(storage.policyStore().isOptedOut("slack", "T1", "U-carol")).isFalse();

            SchemaInfo info = storage.database().info();
            assertThat(info.currentVersion()).isEqualTo(info.latestKnown()).isEqualTo("13");
            assertThat(info.location()).startsWith("jdbc:postgresql://").doesNotContain("user=");
            assertThat(info.rowCounts()).containsKeys("usage_events", "pending_replies", "place_claims", "person_claims");
        }
    }

    @Test
    void the_usage_log_commits_its_batches_and_the_digest_queries_read_them() {
        Instant from = Events.T0.minusSeconds(1);
        Instant to = Events.T0.plusSeconds(60);
        try (Storage storage = open(url, CLOCK)) {
            for (int i = 0; i < 5; i++) {
                storage.usageLog().record(Events.hit(Events.T0.plusMillis(i), Events.GENERAL, "U" + i, RULE, "distillation"));
            }
            storage.usageLog().record(Events.replied(Events.T0, Events.GENERAL, "U1", RULE, "distillation"));
            storage.usageLog().record(Events.suppressed(Events.T0, Events.GENERAL, "U2", SuppressionReason.COOLDOWN));
            storage.usageLog().record(Events.define(Events.T0, Events.GENERAL, "U3", "rlhf", "rlhf"));
            storage.usageLog().record(Events.define(Events.T0, Events.GENERAL, "U3", "model collapse", null));
        } // close commits every queued event
        UsageQueries queries = PostgresDatabase.at(url, null, null).usageQueries();
        assertThat(queries.hitsByTerm(from, to)).containsExactly(new Tally("distillation", 5));
        assertThat(queries.ruleActivity(from, to)).singleElement()
                .satisfies(rule -> assertThat(rule.replies()).isEqualTo(1));
        assertThat(queries.suppressions(from, to)).containsEntry(SuppressionReason.COOLDOWN, 1L);
        assertThat(queries.busiestChannels(from, to, 3)).singleElement()
                .satisfies(channel -> assertThat(channel.hits()).isEqualTo(5));
        assertThat(queries.foundTerms(from, to, 3)).containsExactly(new Tally("rlhf", 1));
        assertThat(queries.notFoundQueries(from, to, 3)).containsExactly(new Tally("model collapse", 1));
    }

    @Test
    void a_shared_store_needs_the_hash_key_from_the_environment() {
        assertThatThrownBy(() -> Storage.open(null, Map.of(PostgresDatabase.URL_VARIABLE, url), CLOCK, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class).hasMessageContaining(StorageOptions.HASH_KEY_VARIABLE);
    }

    @Test
    void the_location_never_shows_credentials() {
        assertThat(PostgresDatabase.withoutCredentials("jdbc:postgresql://db.example:5432/termbot?user=bot&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db.example:5432/termbot");
        assertThat(PostgresDatabase.withoutCredentials("jdbc:postgresql://bot:s3cret@db.example/termbot"))
                .isEqualTo("jdbc:postgresql://db.example/termbot");
    }
}
