package dev.termbot.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * What one end-to-end benchmark run does.
 *
 * @param single    messages sent one after another (each waits for its reply)
 * @param bursts    burst sizes
 * @param senders   concurrent senders of a Slack burst
 * @param runs      reported runs (medians over them)
 * @param platforms "slack", "discord" or both
 * @param warmup    whether to send every scenario to every bot before the first run (unreported)
 */
public record E2eOptions(int single, List<Integer> bursts, int senders, int runs, List<String> platforms, boolean warmup) {
    public static final E2eOptions DEFAULTS = new E2eOptions(500, List.of(200, 2000), 30, 3, List.of("slack", "discord"), true);

    public E2eOptions {
        bursts = List.copyOf(bursts);
        platforms = List.copyOf(platforms);
        if (single < 0 || runs < 1 || senders < 1 || bursts.stream().anyMatch(b -> b < 1)) {
            throw new IllegalArgumentException("--single must be >= 0, --runs, --senders and every burst >= 1");
        }
        if (platforms.isEmpty() || !List.of("slack", "discord").containsAll(platforms)) {
            throw new IllegalArgumentException("--platforms takes slack, discord or both");
        }
    }

    List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        if (single > 0) {
            scenarios.add(Scenario.single(single));
        }
        bursts.forEach(b -> scenarios.add(Scenario.burst(b, senders)));
        return scenarios;
    }

    /** Rounds of the warm-up, each every scenario once. */
    static final int WARMUP_ROUNDS = 2;

    /**
     * The warm-up: every scenario, {@link #WARMUP_ROUNDS} times. Why that much: HotSpot's optimising
     * compiler takes thousands of calls of a method before it compiles it, and with a warm-up of one
     * single scenario and one small burst it still used about half of one of the two cores
     * throughout the reported runs (recompiling JDA's, OkHttp's, SQLite's and termbot's paths),
     * which slowed the bot with more code the most. A bot that runs for days sees none of that.
     */
    List<Scenario> warmupScenarios() {
        if (!warmup) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            scenarios.addAll(scenarios());
        }
        return scenarios;
    }

    int maxMessages() {
        return Math.max(single, bursts.stream().max(Integer::compare).orElse(1));
    }
}
