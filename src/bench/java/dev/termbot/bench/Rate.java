package dev.termbot.bench;

/**
 * A measured throughput: medians over the timed runs.
 *
 * @param msgsPerSecond messages per second (median run)
 * @param mbPerSecond   UTF-8 megabytes (10^6 bytes) per second (median run)
 * @param messages      messages processed in all timed runs together
 * @param checksum      what the workload found, summed (printed so nothing is optimised away)
 */
public record Rate(double msgsPerSecond, double mbPerSecond, long messages, long checksum) {
    /** This rate as a fraction of another ({@code 0.5} = half as fast). */
    public double ratioTo(Rate other) {
        return other.msgsPerSecond == 0 ? 0 : msgsPerSecond / other.msgsPerSecond;
    }
}
