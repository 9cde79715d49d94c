package dev.termbot.bench;

import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How right the detector is on a corpus: recall on planted variants (a hit of the planted rule
 * overlapping the fragment), false hits on near misses, and hits in background messages where
 * nothing was planted. Keeps a few examples of each mistake for the report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param variants         planted variants
 * @param found            variants found
 * @param glossaryVariants planted variants of the real glossary's phrases (the rest are synthetic)
 * @param glossaryFound    of those, found
 * @param nearMisses       planted near misses
 * @param nearMissHits     near-miss messages with any hit
 * @param backgroundHits   background messages with any hit
 * @param missedByKind     variants not found, by {@link VariantKind}
 * @param falseHitsByKind  near misses hit, by {@link NearMissKind}
 * @param examples         up to {@link #EXAMPLES} mistakes, as "kind: text"
 */
public record Accuracy(int variants, int found, int glossaryVariants, int glossaryFound, int nearMisses, int nearMissHits, int backgroundHits,
                Map<String, Integer> missedByKind, Map<String, Integer> falseHitsByKind, List<String> examples) {
    static final int EXAMPLES = 8;

    public Accuracy {
        missedByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(missedByKind));
        falseHitsByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(falseHitsByKind));
        examples = List.copyOf(examples);
    }

    /** Share of planted variants found; 1.0 when none were planted. */
    public double recall() {
        return variants == 0 ? 1.0 : (double) found / variants;
    }

    /** Share of the glossary's own planted variants found; 1.0 when none were planted. */
    public double glossaryRecall() {
        return glossaryVariants == 0 ? 1.0 : (double) glossaryFound / glossaryVariants;
    }

    /** Runs the detector once over every message of the corpus. */
    static Accuracy measure(Detector detector, BenchCorpus corpus) {
        int variants = 0;
        int found = 0;
        int glossaryVariants = 0;
        int glossaryFound = 0;
        int nearMisses = 0;
        int nearMissHits = 0;
        int background = 0;
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> falseHits = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String text = corpus.message(i);
            List<Hit> hits = detector.detect(text, Markup.PLAIN);
            Plant plant = corpus.plantAt(i);
            if (plant == null) {
                if (!hits.isEmpty()) {
                    background++;
                    example(examples, "background hit " + hits.get(0).ruleId(), text);
                }
            } else if (plant.variant()) {
                variants++;
                boolean glossary = !plant.ruleId().startsWith(PhraseSet.RULE_PREFIX);
                glossaryVariants += glossary ? 1 : 0;
                if (hits.stream().anyMatch(hit -> isThePlant(hit, plant))) {
                    found++;
                    glossaryFound += glossary ? 1 : 0;
                } else {
                    missed.merge(plant.kind(), 1, Integer::sum);
                    example(examples, "missed " + plant.kind(), text);
                }
            } else {
                nearMisses++;
                if (!hits.isEmpty()) {
                    nearMissHits++;
                    falseHits.merge(plant.kind(), 1, Integer::sum);
                    example(examples, "near miss hit " + plant.kind(), text);
                }
            }
        }
        return new Accuracy(variants, found, glossaryVariants, glossaryFound, nearMisses, nearMissHits, background, missed, falseHits, examples);
    }

    private static boolean isThePlant(Hit hit, Plant plant) {
        return hit.ruleId().equals(plant.ruleId()) && hit.start() < plant.end() && plant.start() < hit.end();
    }

    private static void example(List<String> examples, String what, String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(what + ": " + text.replace("\n", "\\n"));
        }
    }
}
