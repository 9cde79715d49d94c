package dev.termbot.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Drives the rigs: an unreported warm-up, then {@code runs} runs, each sending every scenario to
 * every rig in turn (termbot and the minimal bot alternate who goes first, run by run), so that the
 * two bots of a platform meet the same machine state and their ratio is a same-run figure.
 * Not thread-safe; one run at a time.
 */
public final class E2eRun {
    /** What every message says: the one phrase both bots look for, in an ordinary sentence. */
    static final String TEXT = "honestly the distillation attack on that model was clever";
    private static final Duration GRACE = Duration.ofMillis(200);

    private final List<Rig> rigs;
    private final List<Scenario> scenarios;
    private final int runs;
    private final List<Scenario> warmup;
    private final Consumer<String> progress;

    /**
     * @param rigs      started rigs, termbot and minimal for each platform
     * @param scenarios what each run sends
     * @param runs      how many reported runs
     * @param warmup    scenarios sent once to every rig before the first run, not reported
     * @param progress  where progress lines go (stderr)
     */
    public E2eRun(List<Rig> rigs, List<Scenario> scenarios, int runs, List<Scenario> warmup, Consumer<String> progress) {
        this.rigs = List.copyOf(rigs);
        this.scenarios = List.copyOf(scenarios);
        this.runs = runs;
        this.warmup = List.copyOf(warmup);
        this.progress = progress;
    }

    public List<Measurement> run() throws InterruptedException {
        for (Scenario scenario : warmup) {
            for (Rig rig : rigs) {
                progress.accept("warm-up " + rig.platform() + " " + rig.bot() + " " + scenario.name());
                measure(rig, scenario, 0);
            }
        }
        List<Measurement> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            for (Scenario scenario : scenarios) {
                List<Rig> order = new ArrayList<>(rigs);
                if (run % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                for (Rig rig : order) {
                    Measurement m = measure(rig, scenario, run);
                    progress.accept(String.format("run %d %s %s %s: p50 %.1f ms p99 %.1f ms, %.0f replies/s, lost %d, dup %d",
                            run, rig.platform(), rig.bot(), scenario.name(), m.latency().p50(), m.latency().p99(),
                            m.repliesPerSecond(), m.lost(), m.duplicated()));
                    results.add(m);
                }
            }
        }
        return results;
    }

    Measurement measure(Rig rig, Scenario scenario, int run) throws InterruptedException {
        if (scenario.messages() > rig.channels()) {
            throw new IllegalArgumentException(scenario.name() + " needs " + scenario.messages() + " channels, the "
                    + rig.platform() + " fake has " + rig.channels());
        }
        List<Rig.Sent> sent = scenario.sequential() ? sendOneByOne(rig, scenario) : sendBurst(rig, scenario);
        Duration wait = Duration.ofSeconds(30).plusMillis(20L * scenario.messages());
        awaitReplies(rig, sent, wait);
        sleep(GRACE); // a duplicate would arrive just after the first reply
        int owedLeft = awaitOwed(rig, Duration.ofSeconds(10));
        return tally(rig, scenario, run, sent, rig.replies(), owedLeft);
    }

    private static List<Rig.Sent> sendOneByOne(Rig rig, Scenario scenario) throws InterruptedException {
        List<Rig.Sent> sent = new ArrayList<>();
        for (int i = 0; i < scenario.messages(); i++) {
            Rig.Sent one = rig.send(i, TEXT);
            sent.add(one);
            awaitReplies(rig, List.of(one), Duration.ofSeconds(10));
        }
        return sent;
    }

    private static List<Rig.Sent> sendBurst(Rig rig, Scenario scenario) throws InterruptedException {
        int senders = rig.platform().equals("slack") ? scenario.senders() : 1;
        Queue<Rig.Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        for (int s = 0; s < senders; s++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < scenario.messages(); i = next.getAndIncrement()) {
                    sent.add(rig.send(i, TEXT));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new IllegalStateException("senders did not finish within 5 minutes");
        }
        return new ArrayList<>(sent);
    }

    private static void awaitReplies(Rig rig, List<Rig.Sent> sent, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, List<Long>> replies = rig.replies();
            if (sent.stream().allMatch(s -> replies.containsKey(s.key()))) {
                return;
            }
            sleep(Duration.ofMillis(sent.size() == 1 ? 1 : 10));
        }
    }

    private static int awaitOwed(Rig rig, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int owed = rig.owed();
        while (owed > 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(20));
            owed = rig.owed();
        }
        return owed;
    }

    static Measurement tally(Rig rig, Scenario scenario, int run, List<Rig.Sent> sent, Map<String, List<Long>> replies,
                             int owedLeft) {
        List<Long> latencies = new ArrayList<>();
        List<Long> acks = new ArrayList<>();
        int lost = 0;
        int duplicated = 0;
        int refused = 0;
        long firstSent = Long.MAX_VALUE;
        long lastReply = Long.MIN_VALUE;
        for (Rig.Sent s : sent) {
            firstSent = Math.min(firstSent, s.sentAt());
            if (s.ackNanos() >= 0) {
                acks.add(s.ackNanos());
            }
            if (s.status() != 0 && s.status() != 200) {
                refused++;
            }
            List<Long> times = replies.getOrDefault(s.key(), List.of());
            if (times.isEmpty()) {
                lost++;
                continue;
            }
            duplicated += times.size() - 1;
            long first = times.stream().mapToLong(Long::longValue).min().orElseThrow();
            latencies.add(first - s.sentAt());
            lastReply = Math.max(lastReply, first);
        }
        double seconds = (lastReply - firstSent) / 1e9;
        double rate = latencies.isEmpty() || seconds <= 0 ? Double.NaN : latencies.size() / seconds;
        return new Measurement(rig.platform(), rig.bot(), scenario.name(), run, sent.size(), Percentiles.ofNanos(latencies),
                acks.isEmpty() ? Percentiles.NONE : Percentiles.ofNanos(acks), rate, lost, duplicated, owedLeft, refused);
    }

    private static void sleep(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
