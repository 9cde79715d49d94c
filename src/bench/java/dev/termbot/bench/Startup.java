package dev.termbot.bench;

import dev.termbot.core.Knowledge;
import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import dev.termbot.glossary.GlossaryLookup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console's way to ready, measured in-process: OpenNLP models, the default glossary, the
 * detector and the lookup, timed from the first of these steps to the last (JVM start and class
 * loading before it are not included; performance.md says how to time the real {@code console}). Then
 * the heap in use after a few forced collections.
 *
 * <p>Immutable once loaded; the loaded objects are thread-safe.
 *
 * @param readyMillis  milliseconds from the start of loading to a ready {@link Knowledge}
 * @param stepMillis   the same time by step: models, glossary, detector, lookup
 * @param heapMb       heap in use after loading and forced GC, MiB
 * @param heapBeforeMb heap in use before loading (after forced GC), MiB
 * @param glossary     the default glossary
 * @param inflections  the OpenNLP models
 * @param knowledge    what the console would run on
 */
record Startup(double readyMillis, Map<String, Double> stepMillis, double heapMb, double heapBeforeMb, Glossary glossary,
               OpenNlpInflections inflections, Knowledge knowledge) {
    private static final double MIB = 1024.0 * 1024.0;

    /** Loads everything the console needs and measures the time and the heap it takes. */
    static Startup load() {
        double before = heapAfterGc();
        long start = System.nanoTime();
        OpenNlpInflections inflections = OpenNlpInflections.fromClasspath();
        long models = System.nanoTime();
        Glossary glossary = GlossaryFile.loadDefault();
        long loaded = System.nanoTime();
        PhraseDetector detector = PhraseDetector.build(glossary.rules(), inflections);
        long built = System.nanoTime();
        Knowledge knowledge = new Knowledge(glossary.terms(), glossary.rules(), detector, new GlossaryLookup(glossary.terms()));
        long ready = System.nanoTime();
        Map<String, Double> steps = new LinkedHashMap<>();
        steps.put("models", (models - start) / 1e6);
        steps.put("glossary", (loaded - models) / 1e6);
        steps.put("detector", (built - loaded) / 1e6);
        steps.put("lookup", (ready - built) / 1e6);
        return new Startup((ready - start) / 1e6, Collections.unmodifiableMap(steps), heapAfterGc(), before,
                glossary, inflections, knowledge);
    }

    /** Heap in use after three forced collections, MiB. */
    static double heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int k = 0; k < 3; k++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed() / MIB;
    }
}
