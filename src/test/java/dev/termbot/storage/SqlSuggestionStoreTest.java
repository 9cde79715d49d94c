package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.OverlayEntry;
import dev.termbot.core.SuggestedEntry;
import dev.termbot.core.Suggestion;
import dev.termbot.core.SuggestionStore;
import dev.termbot.core.Where;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Glossary suggestions and the overlay on SQLite and PostgreSQL: decisions made once, hashes only, privacy and retention. */
class SqlSuggestionStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Where CHANNEL = new Where("slack", "T1", "C1", "");
    private static final SuggestedEntry ENTRY = new SuggestedEntry("Model collapse",
            "Quality loss in models trained on the output of earlier models. https://arxiv.org/abs/2305.17493");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_suggestion_is_kept_with_hashed_ids_and_decided_once(StoreKind kind) throws Exception {
        long id;
        try (Storage storage = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            SuggestionStore store = storage.suggestions();
            // GIVEN a member's suggestion
            Suggestion added = store.add(CHANNEL, "U0SECRETALICE", ENTRY, NOW);
            id = added.id();
            assertThat(id).isPositive();
            assertThat(store.find(id)).contains(added);
            assertThat(store.pendingBy(CHANNEL, "U0SECRETALICE")).isEqualTo(1);
            assertThat(store.pendingBy(new Where("slack", "T2", "C1", ""), "U0SECRETALICE")).isZero();
            // WHEN a moderator approves it, and another moderator (or a replayed click) approves and rejects it too
            OverlayEntry entry = new OverlayEntry("model-collapse", "id: model-collapse\n", id, NOW.plusSeconds(5));
            assertThat(store.approve(id, "U0MOD1", NOW.plusSeconds(5), entry)).isEqualTo(SuggestionStore.Approval.APPROVED);
            assertThat(store.approve(id, "U0MOD2", NOW.plusSeconds(6), entry)).isEqualTo(SuggestionStore.Approval.ALREADY_DECIDED);
            assertThat(store.reject(id, "U0MOD2", NOW.plusSeconds(7))).isFalse();
            // THEN the first decision stands, and the overlay holds the entry once
            Suggestion decided = store.find(id).orElseThrow();
            assertThat(decided.status()).isEqualTo(Suggestion.Status.APPROVED);
            assertThat(decided.decidedAt()).contains(NOW.plusSeconds(5));
            assertThat(store.overlay()).containsExactly(entry);
            assertThat(store.pendingBy(CHANNEL, "U0SECRETALICE")).isZero();
            assertThat(store.overlayVersion()).isNotEqualTo("0:0:0");
        }
        // AND after a restart nothing is lost, and no raw user id is stored anywhere
        try (Storage storage = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            assertThat(storage.suggestions().find(id).map(Suggestion::status)).contains(Suggestion.Status.APPROVED);
            assertThat(storage.suggestions().overlay()).hasSize(1);
            assertThat(storage.privacy().export(UserSelector.anywhere("U0SECRETALICE")).suggestions())
                    .extracting(UserData.SuggestionRow::role, UserData.SuggestionRow::term).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("suggested", "Model collapse"));
            assertThat(storage.privacy().export(UserSelector.anywhere("U0MOD1")).suggestions())
                    .extracting(UserData.SuggestionRow::role).containsExactly("decided");
            try (var c = storage.database().connect(); var s = c.createStatement();
                 var rows = s.executeQuery("SELECT suggested_by, decided_by FROM glossary_suggestions")) {
                rows.next();
                assertThat(rows.getString(1)).hasSize(64).doesNotContain("ALICE");
                assertThat(rows.getString(2)).hasSize(64).doesNotContain("MOD");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_second_entry_with_an_approved_id_is_refused_and_its_suggestion_stays_pending(StoreKind kind) {
        try (Storage storage = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            SuggestionStore store = storage.suggestions();
            long first = store.add(CHANNEL, "U1", ENTRY, NOW).id();
            long second = store.add(CHANNEL, "U2", ENTRY, NOW).id();
            store.approve(first, "M", NOW, new OverlayEntry("model-collapse", "a", first, NOW));

            assertThat(store.approve(second, "M", NOW, new OverlayEntry("model-collapse", "b", second, NOW)))
                    .isEqualTo(SuggestionStore.Approval.ID_TAKEN);
            assertThat(store.find(second).map(Suggestion::status)).contains(Suggestion.Status.PENDING);
            assertThat(store.overlay()).extracting(OverlayEntry::entryYaml).containsExactly("a");
            assertThat(store.reject(second, "M", NOW)).isTrue();
            assertThat(store.find(second).map(Suggestion::status)).contains(Suggestion.Status.REJECTED);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void concurrent_approvals_of_one_suggestion_decide_it_once(StoreKind kind) throws Exception {
        try (Storage storage = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            SuggestionStore store = storage.suggestions();
            long id = store.add(CHANNEL, "U1", ENTRY, NOW).id();
            int racers = 6;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            try {
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    String moderator = "M" + i;
                    boolean approve = i % 2 == 0;
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        return approve
                                ? store.approve(id, moderator, NOW, new OverlayEntry("model-collapse", moderator, id, NOW))
                                        == SuggestionStore.Approval.APPROVED
                                : store.reject(id, moderator, NOW);
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Boolean> outcome : outcomes) {
                    winners += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            Suggestion decided = store.find(id).orElseThrow();
            assertThat(store.overlay()).hasSize(decided.status() == Suggestion.Status.APPROVED ? 1 : 0);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void forget_deletes_unpublished_suggestions_keeps_approved_ones_anonymous_and_retention_expires_old_rows(StoreKind kind)
            throws Exception {
        try (Storage storage = kind.open(dir, CLOCK, StorageOptions.defaults().withRetentionDays(30))) {
            SuggestionStore store = storage.suggestions();
            long pending = store.add(CHANNEL, "U0ALICE", ENTRY, NOW).id();
            long approved = store.add(CHANNEL, "U0ALICE", new SuggestedEntry("Other", "x"), NOW).id();
            long someoneElse = store.add(CHANNEL, "U0BOB", new SuggestedEntry("Third", "y"), NOW).id();
            store.approve(approved, "U0ALICE", NOW, new OverlayEntry("other", "id: other\n", approved, NOW));

            ForgetReport report = storage.privacy().forget(UserSelector.anywhere("U0ALICE"));

            assertThat(report.suggestions()).isEqualTo(3); // one deleted, one made anonymous, one decision
            assertThat(store.find(pending)).isEmpty();
            assertThat(store.find(approved).map(Suggestion::status)).contains(Suggestion.Status.APPROVED);
            assertThat(store.overlay()).hasSize(1);
            assertThat(store.find(someoneElse)).isPresent();
            assertThat(storage.privacy().export(UserSelector.anywhere("U0ALICE")).suggestions()).isEmpty();
        }
        // a month and a day later, every suggestion row has expired; the approved entry stays in the overlay
        Clock later = Clock.offset(CLOCK, Duration.ofDays(31));
        try (Storage storage = kind.open(dir, later, StorageOptions.defaults().withRetentionDays(30))) {
            storage.retention().purge();
            try (var c = storage.database().connect(); var s = c.createStatement();
                 var rows = s.executeQuery("SELECT COUNT(*) FROM glossary_suggestions")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
            assertThat(storage.suggestions().overlay()).hasSize(1);
        }
    }
}
