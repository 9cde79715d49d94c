package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.AnsweredNote;
import dev.termbot.core.Bot;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.NoteControls;
import dev.termbot.core.Outcome;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.RemovedBy;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.UsageLog;
import dev.termbot.core.Vote;
import dev.termbot.core.Where;
import dev.termbot.testing.TestKnowledge;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Votes on notes and their removals, on SQLite and on PostgreSQL ({@link StoreKind}): one vote per
 * person per note however the clicks race, changeable, hashed, covered by privacy and retention,
 * and "not needed" from the author holding in another process sharing the store.
 */
class NoteFeedbackStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Where CHANNEL = new Where("slack", "T1", "C1", "1700000000.0001");
    private static final String RULE = "distillation-attack";
    private static final AnsweredNote NOTE = new AnsweredNote(CHANNEL, "1700000000.0002", RULE, "U0SECRETALICE");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_vote_is_one_row_per_person_and_note_and_the_latest_vote_wins(StoreKind kind) throws Exception {
        try (Storage storage = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            // WHEN bob votes helpful, then not needed, and carol votes helpful
            assertThat(storage.noteFeedback().vote(NOTE, "U0SECRETBOB", Vote.HELPFUL, NOW)).isTrue();
            assertThat(storage.noteFeedback().vote(NOTE, "U0SECRETBOB", Vote.NOT_NEEDED, NOW.plusSeconds(5))).isTrue();
            storage.noteFeedback().vote(NOTE, "U0SECRETCAROL", Vote.HELPFUL, NOW);

            // THEN two rows, bob's changed; only hashes and ids, never a raw user id
            assertThat(storage.noteFeedback().voteOf(CHANNEL, NOTE.noteRef(), "U0SECRETBOB")).contains(Vote.NOT_NEEDED);
            assertThat(storage.noteFeedback().voteOf(CHANNEL, NOTE.noteRef(), "U0SECRETCAROL")).contains(Vote.HELPFUL);
            List<List<Object>> rows = rows(storage, "SELECT user_hash, vote, voted_at, rule_id, channel FROM note_feedback"
                    + " ORDER BY vote");
            assertThat(rows).hasSize(2);
            assertThat(rows).extracting(r -> r.get(1)).containsExactly("helpful", "not_needed");
            assertThat(((Number) rows.get(1).get(2)).longValue()).isEqualTo(NOW.plusSeconds(5).toEpochMilli());
            assertThat(rows.toString()).doesNotContain("U0SECRET").contains(RULE, "C1");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void votes_racing_from_two_processes_leave_one_vote_per_person(StoreKind kind) throws Exception {
        try (Storage first = kind.open(dir, CLOCK, StorageOptions.defaults());
             Storage second = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Callable<Boolean>> clicks = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Storage store = i % 2 == 0 ? first : second;
                    Vote vote = i % 3 == 0 ? Vote.NOT_NEEDED : Vote.HELPFUL;
                    clicks.add(() -> {
                        go.await();
                        return store.noteFeedback().vote(NOTE, "U0SECRETBOB", vote, NOW);
                    });
                }
                List<Future<Boolean>> results = new ArrayList<>();
                clicks.forEach(click -> results.add(threads.submit(click)));
                go.countDown();
                for (Future<Boolean> result : results) {
                    assertThat(result.get(30, TimeUnit.SECONDS)).as("every click is stored, none fails on a duplicate key").isTrue();
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(rows(first, "SELECT COUNT(*) FROM note_feedback")).containsExactly(List.of(1L));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_note_is_removed_once_and_privacy_and_retention_cover_both_tables(StoreKind kind) throws Exception {
        try (Storage storage = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            assertThat(storage.noteFeedback().removed(NOTE, "U0SECRETALICE", RemovedBy.AUTHOR, NOW)).isTrue();
            assertThat(storage.noteFeedback().removed(NOTE, "U0SECRETMOD", RemovedBy.MODERATOR, NOW)).as("already removed").isFalse();
            storage.noteFeedback().vote(NOTE, "U0SECRETALICE", Vote.NOT_NEEDED, NOW);
            AnsweredNote old = new AnsweredNote(CHANNEL, "1600000000.0001", RULE, "U0SECRETBOB");
            storage.noteFeedback().vote(old, "U0SECRETBOB", Vote.HELPFUL, NOW.minus(Duration.ofDays(200)));
            storage.noteFeedback().removed(old, "U0SECRETBOB", RemovedBy.AUTHOR, NOW.minus(Duration.ofDays(200)));

            // export shows alice's vote and removal, by hash
            UserData alice = storage.privacy().export(new UserSelector("U0SECRETALICE", Optional.empty(), Optional.empty()));
            assertThat(alice.noteVotes()).singleElement().satisfies(v -> {
                assertThat(v.vote()).isEqualTo("not_needed");
                assertThat(v.noteRef()).isEqualTo(NOTE.noteRef());
            });
            assertThat(alice.noteRemovals()).singleElement().satisfies(r -> assertThat(r.removedBy()).isEqualTo("author"));

            // retention deletes bob's old answers, forget deletes alice's
            PurgeReport purge = storage.retention().purge();
            assertThat(purge.noteFeedback()).isEqualTo(2);
            ForgetReport forget = storage.privacy().forget(new UserSelector("U0SECRETALICE", Optional.empty(), Optional.empty()));
            assertThat(forget.noteVotes()).isEqualTo(1);
            assertThat(forget.noteRemovals()).isEqualTo(1);
            assertThat(rows(storage, "SELECT COUNT(*) FROM note_feedback")).containsExactly(List.of(0L));
            assertThat(rows(storage, "SELECT COUNT(*) FROM note_removals")).containsExactly(List.of(0L));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void not_needed_from_the_author_silences_the_rule_for_them_in_another_process_too(StoreKind kind) {
        try (Storage one = kind.open(dir, CLOCK, StorageOptions.defaults());
             Storage other = kind.open(dir, CLOCK, StorageOptions.defaults())) {
            Bot first = bot(one);
            Bot second = bot(other);

            // WHEN alice says a note was not needed, in the first process
            NoteControls controls = new NoteControls(first, one.noteFeedback(), CLOCK);
            assertThat(controls.vote(NOTE, "U0SECRETALICE", Vote.NOT_NEEDED, "click-1")).isPresent();
            assertThat(controls.vote(NOTE, "U0SECRETALICE", Vote.NOT_NEEDED, "click-1")).as("a replay").isEmpty();

            // THEN the second process does not explain the rule to her, but does to bob
            Outcome alice = second.onMessage(message("m1", "U0SECRETALICE"));
            assertThat(alice.suppressed()).contains(SuppressionReason.ALREADY_EXPLAINED);
            Outcome bob = second.onMessage(message("m2", "U0SECRETBOB"));
            assertThat(bob.reply()).isPresent();
        }
    }

    private static Bot bot(Storage storage) {
        return new Bot(TestKnowledge::create, storage.policyStore(), storage.noteLedger(), PolicySettings.DEFAULTS,
                UsageLog.NONE, CLOCK, dev.termbot.core.MessageCounter.NONE);
    }

    private static InboundMessage message(String id, String author) {
        // another thread of the channel, so the channel's cooldown is not what silences it
        return new InboundMessage(new Where("slack", "T1", "C1", "thread-" + id), id, author, false,
                "is this a distillation attack?", Markup.PLAIN);
    }

    private static List<List<Object>> rows(Storage storage, String sql) throws SQLException {
        try (Connection c = storage.database().connect(); PreparedStatement statement = c.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<List<Object>> out = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rows.getObject(i);
                    row.add(value instanceof Number n && !(value instanceof Double) ? (Object) n.longValue() : value);
                }
                out.add(row);
            }
            return out;
        }
    }
}
