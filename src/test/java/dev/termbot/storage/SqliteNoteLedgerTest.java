package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.DeliveredNote;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.NoteLedger;
import dev.termbot.core.PendingNote;
import dev.termbot.core.Reply;
import dev.termbot.core.Where;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Owed notes in a real SQLite file and a real PostgreSQL database: they survive a reopen, are confirmed atomically, and hold no raw user id. */
class SqliteNoteLedgerTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final String USER = "U0SECRETALICE";
    private static final String RULE = "distillation-attack";
    private static final Where GENERAL = new Where("slack", "T1", "C1", "");

    @TempDir
    Path dir;

    private Storage open(StoreKind kind) {
        return kind.open(dir, Clock.fixed(T0, ZoneOffset.UTC), StorageOptions.fromEnvironment(Map.of()));
    }

    private static InboundMessage message(String ts) {
        return new InboundMessage(GENERAL, ts, USER, false, "a distillation attack", Markup.PLAIN);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void an_owed_note_survives_a_reopen_with_its_recipient_and_counts_its_attempts(StoreKind kind) {
        try (Storage storage = open(kind)) {
            PendingNote note = storage.noteLedger().open(message("1.0001"), RULE, T0);
            storage.noteLedger().attempting(note);
        }
        try (Storage storage = open(kind)) {
            assertThat(storage.noteLedger().unsent("slack")).singleElement().satisfies(note -> {
                assertThat(note.where()).isEqualTo(GENERAL);
                assertThat(note.messageId()).isEqualTo("1.0001");
                assertThat(note.authorId()).isEqualTo(USER);
                assertThat(note.ruleId()).isEqualTo(RULE);
                assertThat(note.attempts()).isEqualTo(1);
            });
            assertThat(storage.noteLedger().isOpen(GENERAL, RULE, T0)).isTrue();
            assertThat(storage.noteLedger().isOpenFor("slack", "T1", USER, RULE, T0)).isTrue();
            assertThat(storage.noteLedger().isOpen(GENERAL, RULE, T0.plusMillis(1))).as("claimed before 'since'").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void sent_writes_cooldown_and_explained_and_forgets_the_note_once(StoreKind kind) throws Exception {
        try (Storage storage = open(kind)) {
            NoteLedger ledger = storage.noteLedger();
            PendingNote note = ledger.open(message("1.0001"), RULE, T0);
            assertThat(storage.policyStore().lastNote(GENERAL, RULE)).isEmpty();

            ledger.sent(note, T0.plusSeconds(3));
            ledger.sent(note, T0.plusSeconds(60));

            assertThat(ledger.unsent("slack")).isEmpty();
            assertThat(storage.policyStore().lastNote(GENERAL, RULE)).contains(T0.plusSeconds(3));
            assertThat(storage.policyStore().lastExplained("slack", "T1", USER, RULE)).contains(T0.plusSeconds(3));
        }
        // the author's id was kept only sealed: no file of the database holds it, not even in freed pages
        if (kind != StoreKind.SQLITE) {
            return; // PostgreSQL's files are the server's; PostgresStoreTest checks what its rows hold
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("termbot.db")).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(USER);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void several_notes_sent_together_each_start_their_cooldown_at_their_own_time_once(StoreKind kind) {
        Where random = new Where("slack", "T1", "C2", "");
        try (Storage storage = open(kind)) {
            NoteLedger ledger = storage.noteLedger();
            PendingNote general = ledger.open(message("1.0001"), RULE, T0);
            PendingNote other = ledger.open(new InboundMessage(random, "1.0002", "U0BOB", false, "a distillation attack",
                    Markup.PLAIN), RULE, T0);
            PendingNote stillOwed = ledger.open(new InboundMessage(new Where("slack", "T1", "C3", ""), "1.0003", "U0CAROL",
                    false, "a distillation attack", Markup.PLAIN), RULE, T0);
            ledger.sent(general, T0.plusSeconds(1)); // confirmed before: the batch must not move its cooldown

            ledger.sent(List.of(delivered(general, T0.plusSeconds(9)), delivered(other, T0.plusSeconds(2))));

            assertThat(ledger.unsent("slack")).containsExactly(stillOwed);
            assertThat(storage.policyStore().lastNote(GENERAL, RULE)).contains(T0.plusSeconds(1));
            assertThat(storage.policyStore().lastNote(random, RULE)).contains(T0.plusSeconds(2));
            assertThat(storage.policyStore().lastExplained("slack", "T1", "U0BOB", RULE)).contains(T0.plusSeconds(2));
        }
    }

    private static DeliveredNote delivered(PendingNote note, Instant at) {
        return new DeliveredNote(note, Reply.notice("note", "text"), T0, at);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void release_forgets_the_note_without_a_cooldown(StoreKind kind) {
        try (Storage storage = open(kind)) {
            NoteLedger ledger = storage.noteLedger();
            ledger.release(ledger.open(message("1.0001"), RULE, T0));

            assertThat(ledger.unsent("slack")).isEmpty();
            assertThat(storage.policyStore().lastNote(GENERAL, RULE)).isEmpty();
            assertThat(storage.policyStore().lastExplained("slack", "T1", USER, RULE)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_decision_that_fails_halfway_records_nothing(StoreKind kind) {
        try (Storage storage = open(kind)) {
            try {
                ((SqlitePolicyStore) storage.policyStore()).atomically(() -> {
                    storage.policyStore().markHandled("slack", "T1", "event:Ev1", T0);
                    storage.noteLedger().open(message("1.0001"), RULE, T0);
                    throw new IllegalStateException("crash in the middle");
                });
            } catch (IllegalStateException expected) {
                // the decision was cut short
            }
            assertThat(storage.noteLedger().unsent("slack")).isEmpty();
            assertThat(storage.policyStore().markHandled("slack", "T1", "event:Ev1", T0)).as("the key is new again").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void forget_drops_the_notes_owed_to_that_person(StoreKind kind) {
        try (Storage storage = open(kind)) {
            storage.noteLedger().open(message("1.0001"), RULE, T0);

            storage.privacy().forget(UserSelector.anywhere(USER));

            assertThat(storage.noteLedger().unsent("slack")).isEmpty();
        }
    }
}
