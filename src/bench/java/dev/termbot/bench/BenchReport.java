package dev.termbot.bench;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one benchmark run.
 *
 * @param messages            corpus size
 * @param seed                corpus seed
 * @param averageBytes        average UTF-8 bytes per message
 * @param timing              warm-up and runs
 * @param cpus                available processors
 * @param java                Java runtime version and VM name
 * @param startup             start-to-ready time and heap with the default glossary
 * @param containsOnePhrase   lowercase + {@code contains} of "distillation attack" alone
 * @param hitCost             the messages with a hit, with the detector alone and with stance analysis
 * @param sizes               one result per phrase-set size, in the order asked
 */
public record BenchReport(int messages, long seed, double averageBytes, Timing timing, int cpus, String java,
                          StartupFigures startup, Rate containsOnePhrase, HitCost hitCost, List<SizeResult> sizes) {
    public BenchReport {
        sizes = List.copyOf(sizes);
    }

    /** The ceiling: median of the ceilings measured before each size. */
    public double ceilingMsgsPerSecond() {
        return Throughput.median(sizes.stream().mapToDouble(s -> s.ceiling().msgsPerSecond()).toArray());
    }

    /** The ceiling in MB/s, as {@link #ceilingMsgsPerSecond()}. */
    public double ceilingMbPerSecond() {
        return Throughput.median(sizes.stream().mapToDouble(s -> s.ceiling().mbPerSecond()).toArray());
    }

    /** Sum of every workload's checksum: printed so no measured loop can be optimised away. */
    public long checksum() {
        return containsOnePhrase.checksum() + hitCost.detector().checksum() + hitCost.judged().checksum() + sizes.stream().mapToLong(s -> Arrays.stream(
                new Rate[] {s.ceiling(), s.contains(), s.regex(), s.detector(), s.core()}).mapToLong(Rate::checksum).sum()).sum();
    }

    /**
     * What a hit costs: the messages of the corpus that have one, timed with the detector alone and
     * with the detector plus stance analysis (OpenNLP sentences, tokens, tags and the cue grammar).
     */
    public record HitCost(int messages, Rate detector, Rate judged) {
        /** Microseconds per message with a hit, detector alone. */
        public double detectorMicros() {
            return detector.msgsPerSecond() == 0 ? 0 : 1e6 / detector.msgsPerSecond();
        }

        /** Microseconds per message with a hit, detector and stance analysis. */
        public double judgedMicros() {
            return judged.msgsPerSecond() == 0 ? 0 : 1e6 / judged.msgsPerSecond();
        }
    }

    /**
     * Heap and start-up figures.
     *
     * @param readyMillis  start to ready, in-process
     * @param stepMillis   the same by step (models, glossary, detector, lookup)
     * @param heapMb       heap in use with the default glossary and the models loaded
     * @param heapBeforeMb heap in use before loading them
     */
    public record StartupFigures(double readyMillis, Map<String, Double> stepMillis, double heapMb, double heapBeforeMb) {
        public StartupFigures {
            stepMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stepMillis));
        }
    }
}
