package dev.termbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.Await;
import dev.termbot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions from many threads sharing transactions, on a real SQLite file: each caller gets its own
 * result once its transaction is committed, callers that queue while another decides share the next
 * transaction, and a decision that throws fails only its own caller.
 */
class SharedTransactionsTest {
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final String PLATFORM = "slack";
    private static final String RULE = "distillation-attack";

    @TempDir
    Path dir;

    private Storage storage;
    private CountingLedger ledger;
    private SharedTransactions decisions;
    private final ExecutorService callers = Executors.newFixedThreadPool(12);
    private final List<Thread> parked = new ArrayList<>();

    @BeforeEach
    void open() {
        storage = Storage.open(dir.resolve("termbot.db"), new MutableClock(T0), StorageOptions.fromEnvironment(Map.of()));
        ledger = new CountingLedger(storage.noteLedger());
        decisions = new SharedTransactions(new ReplyPolicy(storage.policyStore(), PolicySettings.DEFAULTS, ledger));
    }

    @AfterEach
    void close() throws InterruptedException {
        callers.shutdownNow();
        assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        storage.close();
    }

    @Test
    void a_caller_alone_decides_in_a_transaction_of_its_own_and_gets_its_result() {
        PendingNote note = decisions.decide(() -> owe(1));

        assertThat(note.messageId()).isEqualTo("m1");
        assertThat(ledger.transactions.get()).isEqualTo(1);
        assertThat(storage.noteLedger().unsent(PLATFORM)).extracting(PendingNote::messageId).containsExactly("m1");
    }

    @Test
    void callers_that_queue_while_one_decides_share_the_next_transaction_and_each_gets_its_own_result() throws Exception {
        // GIVEN a decision that holds the leadership until ten other callers have queued behind it
        CountDownLatch release = new CountDownLatch(1);
        Future<PendingNote> first = callers.submit(() -> decisions.decide(() -> {
            await(release);
            return owe(0);
        }));
        Await.until("the first decision runs", () -> ledger.transactions.get() == 1);
        List<Future<PendingNote>> others = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int n = i;
            others.add(queueBehind(() -> owe(n)));
        }
        awaitParked(10);

        // WHEN the first decision ends
        release.countDown();

        // THEN the ten were decided together in one more transaction, each caller with its own note, all committed
        assertThat(first.get(10, TimeUnit.SECONDS).messageId()).isEqualTo("m0");
        for (int i = 0; i < others.size(); i++) {
            assertThat(others.get(i).get(10, TimeUnit.SECONDS).messageId()).isEqualTo("m" + (i + 1));
        }
        assertThat(ledger.transactions.get()).isEqualTo(2);
        assertThat(storage.noteLedger().unsent(PLATFORM)).hasSize(11);
    }

    @Test
    void on_a_store_shared_between_processes_each_decision_keeps_a_transaction_of_its_own() throws Exception {
        // GIVEN a ledger other processes decide on too
        ledger.shared = true;
        decisions = new SharedTransactions(new ReplyPolicy(storage.policyStore(), PolicySettings.DEFAULTS, ledger));
        CountDownLatch release = new CountDownLatch(1);
        Future<PendingNote> first = callers.submit(() -> decisions.decide(() -> {
            await(release);
            return owe(0);
        }));
        Await.until("the first decision runs", () -> ledger.transactions.get() == 1);
        List<Future<PendingNote>> others = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            others.add(queueBehind(() -> owe(n)));
        }
        awaitParked(5);

        // WHEN the first decision ends
        release.countDown();

        // THEN the five queued ones were decided one transaction each (grouped, two processes could deadlock)
        assertThat(first.get(10, TimeUnit.SECONDS).messageId()).isEqualTo("m0");
        for (int i = 0; i < others.size(); i++) {
            assertThat(others.get(i).get(10, TimeUnit.SECONDS).messageId()).isEqualTo("m" + (i + 1));
        }
        assertThat(ledger.transactions.get()).isEqualTo(6);
    }

    @Test
    void a_decision_that_throws_alone_fails_its_caller_once() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> decisions.decide(() -> {
            runs.incrementAndGet();
            owe(7);
            throw new IllegalStateException("a bug in one decision");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(runs.get()).as("not run again").isEqualTo(1);
        assertThat(storage.noteLedger().unsent(PLATFORM)).isEmpty();
    }

    @Test
    void a_decision_that_throws_fails_its_own_caller_and_rolls_back_only_its_own_writes() throws Exception {
        // GIVEN three callers queued behind a running decision, the middle one of which throws after writing
        CountDownLatch release = new CountDownLatch(1);
        Future<PendingNote> first = callers.submit(() -> decisions.decide(() -> {
            await(release);
            return owe(0);
        }));
        Await.until("the first decision runs", () -> ledger.transactions.get() == 1);
        Future<PendingNote> before = queueBehind(() -> owe(1));
        Future<PendingNote> failing = queueBehind(() -> {
            owe(2);
            throw new IllegalStateException("a bug in one decision");
        });
        Future<PendingNote> after = queueBehind(() -> owe(3));
        awaitParked(3);

        // WHEN the running decision ends
        release.countDown();

        // THEN the failing caller gets its exception, the others their notes, and its own write is gone
        assertThat(first.get(10, TimeUnit.SECONDS).messageId()).isEqualTo("m0");
        assertThat(before.get(10, TimeUnit.SECONDS).messageId()).isEqualTo("m1");
        assertThat(after.get(10, TimeUnit.SECONDS).messageId()).isEqualTo("m3");
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(storage.noteLedger().unsent(PLATFORM)).extracting(PendingNote::messageId)
                .containsExactlyInAnyOrder("m0", "m1", "m3");
    }

    @Test
    void many_callers_at_once_each_get_their_own_committed_result() throws Exception {
        List<Future<PendingNote>> results = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int n = i;
            results.add(callers.submit(() -> decisions.decide(() -> owe(n))));
        }
        for (int i = 0; i < results.size(); i++) {
            PendingNote note = results.get(i).get(30, TimeUnit.SECONDS);
            assertThat(note.messageId()).isEqualTo("m" + i);
            // committed before the caller got it: another connection's read finds it
            assertThat(storage.noteLedger().find(note.where(), note.messageId())).isPresent();
        }
        assertThat(storage.noteLedger().unsent(PLATFORM)).hasSize(300);
        assertThat(ledger.transactions.get()).isBetween(1, 300);
    }

    /** A caller on its own thread; its thread is noted just before it calls {@link SharedTransactions#decide}. */
    private Future<PendingNote> queueBehind(Supplier<PendingNote> decision) {
        return callers.submit(() -> {
            synchronized (parked) {
                parked.add(Thread.currentThread());
            }
            return decisions.decide(decision);
        });
    }

    /** Until that many callers wait in decide(): a caller parks there only after it queued its decision. */
    private void awaitParked(int count) {
        Await.until(count + " callers wait", () -> {
            synchronized (parked) {
                return parked.size() == count && parked.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING
                        || t.getState() == Thread.State.WAITING);
            }
        });
    }

    private PendingNote owe(int n) {
        InboundMessage message = new InboundMessage(new Where(PLATFORM, "T1", "C" + n, ""), "m" + n, "U" + n, false,
                "a distillation attack", Markup.PLAIN);
        return ledger.open(message, RULE, T0);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The SQLite ledger, counting the transactions the policy opens on it. */
    private static final class CountingLedger implements NoteLedger {
        final AtomicInteger transactions = new AtomicInteger();
        volatile boolean shared;
        private final NoteLedger ledger;

        CountingLedger(NoteLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        public <T> T atomically(Supplier<T> decision) {
            transactions.incrementAndGet();
            return ledger.atomically(decision);
        }

        @Override
        public boolean sharedBetweenProcesses() {
            return shared;
        }

        @Override
        public PendingNote open(InboundMessage message, String ruleId, Instant at) {
            return ledger.open(message, ruleId, at);
        }

        @Override
        public boolean isOpen(Where where, String ruleId, Instant since) {
            return ledger.isOpen(where, ruleId, since);
        }

        @Override
        public boolean isOpenFor(String platform, String workspace, String userId, String ruleId, Instant since) {
            return ledger.isOpenFor(platform, workspace, userId, ruleId, since);
        }

        @Override
        public Optional<PendingNote> find(Where where, String messageId) {
            return ledger.find(where, messageId);
        }

        @Override
        public void attempting(PendingNote note) {
            ledger.attempting(note);
        }

        @Override
        public void sent(PendingNote note, Instant at) {
            ledger.sent(note, at);
        }

        @Override
        public void release(PendingNote note) {
            ledger.release(note);
        }

        @Override
        public List<PendingNote> unsent(String platform) {
            return ledger.unsent(platform);
        }
    }
}
