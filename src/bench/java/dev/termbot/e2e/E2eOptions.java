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
 * @param warmup    whether to send a single and a first burst to every bot before the first run
 */
public record E2eOptions(int single, List<Integer> bursts, int senders, int runs, List<String> platforms, boolean warmup) {
    public static final E2eOptions DEFAULTS = new E2eOptions(50, List.of(200, 2000), 30, 3, List.of("slack", "discord"), true);

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

    /** The warm-up: the single scenario and the smallest burst, once. */
    List<Scenario> warmupScenarios() {
        if (!warmup) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        if (single > 0) {
            scenarios.add(Scenario.single(single));
        }
        bursts.stream().min(Integer::compare).ifPresent(b -> scenarios.add(Scenario.burst(b, senders)));
        return scenarios;
    }

    int maxMessages() {
        return Math.max(single, bursts.stream().max(Integer::compare).orElse(1));
    }
}
