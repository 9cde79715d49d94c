package dev.termbot.e2e;

import dev.termbot.core.InboundMessage;
import dev.termbot.core.Markup;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.ReplyPolicy;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Where;
import dev.termbot.storage.Storage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Note claims per second: the decision a message with a hit costs in the store, as the adapters run
 * it ({@link ReplyPolicy#atomically}: the delivery key, the policy's reads, on a shared store the
 * place and person claims, and the owed note, in one transaction), on SQLite and on PostgreSQL, by
 * one process and by two. A "process" is a {@link Storage} of its own (its own connection, its own
 * locks: exactly what a second {@code termbot run} has) driven by {@code threads} threads; two
 * processes in one JVM share the CPU, as two JVMs on this machine would.
 *
 * <p>Every message is in its own channel, from its own author, with its own delivery key, so every
 * claim must be won: a claim that is not counts as an error, and the run reports it. No time is
 * asserted anywhere; the figures are rates and the ratios between them.
 */
public final class ClaimsBench {
    /** What to measure. */
    public record Options(List<BenchStore> stores, List<Integer> processes, int threads, Duration warmup, Duration measured) {
        public static final Options DEFAULTS = new Options(List.of(BenchStore.SQLITE, BenchStore.POSTGRESQL), List.of(1, 2), 2,
                Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    /**
     * One configuration's figures. {@code storeErrors}: writes that failed (on SQLite shared by two
     * processes, the lock wait running out), after which a decision was made from the process's memory
     * alone: such a configuration is measured, but it is not one a deployment may use.
     */
    public record Result(BenchStore store, int processes, int threads, long claims, double seconds, long notWon, long storeErrors) {
        public double claimsPerSecond() {
            return claims / seconds;
        }
    }

    private static final PolicySettings SETTINGS = PolicySettings.DEFAULTS;
    private static final String RULE = "distillation-attack";

    private final Options options;
    private final Consumer<String> progress;

    public ClaimsBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public List<Result> run() throws Exception {
        Path dir = Files.createTempDirectory("termbot-claims");
        List<Result> results = new ArrayList<>();
        try {
            for (BenchStore store : options.stores()) {
                for (int processes : options.processes()) {
                    progress.accept(store.label() + ", " + processes + " process(es) x " + options.threads() + " threads");
                    results.add(measure(store.newPlace(dir.resolve(store.label() + "-" + processes)), processes));
                }
            }
        } finally {
            E2eBench.deleteTree(dir);
        }
        return results;
    }

    private Result measure(BenchStore.Place place, int processCount) throws Exception {
        List<Storage> processes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(processCount * options.threads());
        try {
            for (int i = 0; i < processCount; i++) {
                processes.add(place.open(Clock.systemUTC()));
            }
            AtomicLong sequence = new AtomicLong();
            round(processes, threads, sequence, options.warmup());
            long before = sequence.get();
            long start = System.nanoTime();
            long notWon = round(processes, threads, sequence, options.measured());
            double seconds = (System.nanoTime() - start) / 1e9;
            long storeErrors = processes.stream().mapToLong(p -> p.health().writeFailures()).sum();
            return new Result(place.store(), processCount, options.threads(), sequence.get() - before, seconds, notWon, storeErrors);
        } finally {
            threads.shutdownNow();
            processes.forEach(Storage::close);
        }
    }

    /** Claims on every thread of every process until {@code length} is over; returns the claims not won. */
    private long round(List<Storage> processes, ExecutorService threads, AtomicLong sequence, Duration length) throws Exception {
        AtomicBoolean over = new AtomicBoolean();
        AtomicLong notWon = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Storage process : processes) {
            ReplyPolicy policy = new ReplyPolicy(process.policyStore(), SETTINGS, process.noteLedger());
            for (int t = 0; t < options.threads(); t++) {
                running.add(threads.submit(() -> {
                    go.await();
                    while (!over.get()) {
                        if (!claim(process, policy, sequence.incrementAndGet())) {
                            notWon.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
        }
        go.countDown();
        // waits out the round on a latch nobody counts down (a bounded wait, not a poll)
        new CountDownLatch(1).await(length.toMillis(), TimeUnit.MILLISECONDS);
        over.set(true);
        for (Future<?> future : running) {
            future.get(2, TimeUnit.MINUTES);
        }
        return notWon.get();
    }

    /** One decision as the Slack adapter makes it for an event with a hit; true when the note is owed. */
    private static boolean claim(Storage process, ReplyPolicy policy, long n) {
        String id = Long.toString(n);
        InboundMessage message = new InboundMessage(new Where("slack", "T-bench", "C" + id, ""), id + ".0001", "U" + id, false,
                "is this a distillation attack?", Markup.PLAIN);
        Instant now = Instant.now();
        Optional<SuppressionReason> outcome = policy.atomically(() -> process.policyStore().markHandled("slack", "T-bench", "Ev" + id, now)
                ? policy.claim(message, RULE, now)
                : Optional.of(SuppressionReason.COOLDOWN));
        return outcome.isEmpty();
    }

}
