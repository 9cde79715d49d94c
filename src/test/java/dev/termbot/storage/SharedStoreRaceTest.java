package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.InboundMessage;
import dev.termbot.core.PendingNote;
import dev.termbot.core.Markup;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.ReplyPolicy;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Where;
import dev.termbot.testing.TestPostgres;
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
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two stores on one PostgreSQL, each with its own connection, as two processes have: racing for the
 * same delivery key, the same message and the same channel's cooldown, exactly one of them wins.
 * The threads are released together by a latch; nothing sleeps.
 */
class SharedStoreRaceTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Where CHANNEL = new Where("slack", "T1", "C1", "");
    private static final int RACERS_PER_STORE = 4;

    private final List<Storage> stores = new ArrayList<>();
    private ExecutorService threads;

    @BeforeEach
    void twoProcessesOnOneDatabase() {
        String url = TestPostgres.freshDatabaseUrl();
        stores.add(PostgresStoreTest.open(url, CLOCK));
        stores.add(PostgresStoreTest.open(url, CLOCK));
        threads = Executors.newFixedThreadPool(2 * RACERS_PER_STORE);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        stores.forEach(Storage::close);
    }

    @RepeatedTest(3)
    void one_delivery_key_is_handled_once() throws Exception {
        List<Boolean> won = race(storage -> () -> storage.policyStore().markHandled("slack", "T1", "Ev0001", NOW));
        assertThat(won).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    @RepeatedTest(3)
    void messages_racing_in_one_channel_yield_one_owed_note() throws Exception {
        List<ReplyPolicy> policies = stores.stream()
                .map(s -> new ReplyPolicy(s.policyStore(), PolicySettings.DEFAULTS, s.noteLedger())).toList();
        List<Optional<SuppressionReason>> outcomes = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<SuppressionReason>>> futures = new ArrayList<>();
        for (int i = 0; i < 2 * RACERS_PER_STORE; i++) {
            ReplyPolicy policy = policies.get(i % 2);
            // different people, different messages: only the channel's cooldown can keep them apart
            InboundMessage message = new InboundMessage(CHANNEL, "1." + i, "U" + i, false, "a distillation attack", Markup.PLAIN);
            futures.add(threads.submit(() -> {
                start.await();
                return policy.atomically(() -> policy.claim(message, "distillation-attack", NOW));
            }));
        }
        start.countDown();
        for (Future<Optional<SuppressionReason>> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        assertThat(outcomes).filteredOn(Optional::isEmpty).hasSize(1);
        assertThat(outcomes).filteredOn(Optional::isPresent).extracting(Optional::get)
                .containsOnly(SuppressionReason.COOLDOWN);
        assertThat(stores.get(0).noteLedger().unsent("slack")).hasSize(1);
    }

    @RepeatedTest(3)
    void one_person_in_two_channels_is_explained_to_once() throws Exception {
        List<ReplyPolicy> policies = stores.stream()
                .map(s -> new ReplyPolicy(s.policyStore(), PolicySettings.DEFAULTS, s.noteLedger())).toList();
        List<Optional<SuppressionReason>> outcomes = race(storage -> {
            ReplyPolicy policy = policies.get(stores.indexOf(storage));
            return () -> {
                InboundMessage message = new InboundMessage(new Where("slack", "T1", "C" + Thread.currentThread().getId(), ""),
                        "1.1", "U-same", false, "a distillation attack", Markup.PLAIN);
                return policy.atomically(() -> policy.claim(message, "distillation-attack", NOW));
            };
        });
        assertThat(outcomes).filteredOn(Optional::isEmpty).hasSize(1);
        assertThat(outcomes).filteredOn(Optional::isPresent).extracting(Optional::get)
                .containsOnly(SuppressionReason.ALREADY_EXPLAINED);
    }

    @RepeatedTest(3)
    void an_owed_note_left_behind_is_recovered_by_exactly_one_process_and_a_note_in_progress_by_none() throws Exception {
        ReplyPolicy policy = new ReplyPolicy(stores.get(0).policyStore(), PolicySettings.DEFAULTS, stores.get(0).noteLedger());
        InboundMessage left = new InboundMessage(CHANNEL, "1.1", "U-left", false, "a distillation attack", Markup.PLAIN);
        InboundMessage working = new InboundMessage(new Where("slack", "T1", "C2", ""), "2.1", "U-working", false,
                "a distillation attack", Markup.PLAIN);
        // one note claimed three minutes ago and never attempted (its process died), one claimed just now
        assertThat(policy.atomically(() -> policy.claim(left, "distillation-attack", NOW.minus(Duration.ofMinutes(3))))).isEmpty();
        assertThat(policy.atomically(() -> policy.claim(working, "distillation-attack", NOW))).isEmpty();

        List<List<PendingNote>> recovered = race(storage -> () -> storage.noteLedger().recoverable("slack"));

        assertThat(recovered.stream().flatMap(List::stream).toList()).singleElement()
                .satisfies(note -> assertThat(note.messageId()).isEqualTo("1.1"));
        assertThat(stores.get(1).noteLedger().unsent("slack")).as("both stay owed until posted").hasSize(2);
    }

    @RepeatedTest(2)
    void a_note_being_attempted_stays_with_its_process() throws Exception {
        ReplyPolicy policy = new ReplyPolicy(stores.get(0).policyStore(), PolicySettings.DEFAULTS, stores.get(0).noteLedger());
        InboundMessage message = new InboundMessage(CHANNEL, "3.1", "U-retrying", false, "a distillation attack", Markup.PLAIN);
        assertThat(policy.atomically(() -> policy.claim(message, "distillation-attack", NOW.minus(Duration.ofMinutes(30))))).isEmpty();
        PendingNote note = stores.get(0).noteLedger().unsent("slack").get(0);

        stores.get(0).noteLedger().attempting(note); // a retry just now: the note is still being worked on

        assertThat(race(storage -> () -> storage.noteLedger().recoverable("slack"))).allSatisfy(notes -> assertThat(notes).isEmpty());
    }

    /** Runs the task made for each store on several threads per store, released at once; returns every result. */
    private <T> List<T> race(Function<Storage, Callable<T>> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < 2 * RACERS_PER_STORE; i++) {
            Callable<T> call = task.apply(stores.get(i % 2));
            futures.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
