package dev.termbot.bench;

/**
 * How long to measure: a warm-up, then {@code runs} timed runs of {@code runSeconds} each; the
 * median run is reported.
 *
 * @param warmupSeconds untimed work before the first run, so the JIT has compiled the hot path
 * @param runs          timed runs (the median of at least 3 is reported)
 * @param runSeconds    length of one timed run
 */
public record Timing(double warmupSeconds, int runs, double runSeconds) {
    public static final Timing DEFAULTS = new Timing(1.0, 5, 0.5);

    public Timing {
        if (runs < 3) {
            throw new IllegalArgumentException("at least 3 runs are needed for a median, not " + runs);
        }
        if (warmupSeconds < 0 || runSeconds <= 0) {
            throw new IllegalArgumentException("warm-up must be >= 0 s and a run > 0 s");
        }
    }
}
