package dev.termbot.bench;

import java.util.List;

/**
 * What a benchmark run measures.
 *
 * @param messages corpus size
 * @param sizes    phrase-set sizes, in order (each at least the real glossary's phrase count)
 * @param seed     corpus and phrase-set seed
 * @param timing   warm-up and runs
 */
public record BenchOptions(int messages, List<Integer> sizes, long seed, Timing timing) {
    public BenchOptions {
        sizes = List.copyOf(sizes);
        if (messages < 1) {
            throw new IllegalArgumentException("--messages must be at least 1");
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("at least one phrase-set size is needed");
        }
    }
}
