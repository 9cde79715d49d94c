package dev.termbot.bench;

import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's accuracy figures, as a test: on the corpus the benchmark uses by default (100,000
 * messages, seed 42) and at each of its default phrase-set sizes, the detector finds every planted
 * variant, flags no near miss and no background message. The timing stays in the benchmark
 * ({@code target/termbot-bench.jar}); what it measures on this corpus is deterministic, so it is
 * checked on every build.
 */
class DetectorAccuracyTest {
    private static final int MESSAGES = 100_000;
    private static final long SEED = 42;

    @Test
    void the_detector_finds_every_planted_variant_and_no_near_miss_at_20_200_and_2000_phrases() {
        Glossary glossary = GlossaryFile.loadDefault();
        OpenNlpInflections inflections = OpenNlpInflections.fromClasspath();
        Set<String> knownWords = KnownWords.of(inflections);
        BenchCorpus first = null;
        for (int size : new int[] {20, 200, 2000}) {
            // GIVEN the benchmark's corpus with this many watched phrases planted in the same places
            PhraseSet phrases = PhraseSet.of(glossary, size, SEED);
            CorpusGenerator generator = new CorpusGenerator(phrases, knownWords, SEED);
            BenchCorpus corpus = first == null ? generator.corpus(MESSAGES) : generator.corpusOver(first);
            first = first == null ? corpus : first;
            // WHEN the detector for those phrases reads every message
            Accuracy accuracy = Accuracy.measure(PhraseDetector.build(phrases.rules(), inflections), corpus);
            // THEN nothing planted is missed and nothing else is flagged
            assertThat(accuracy.variants()).as("%d phrases: planted variants", size).isGreaterThan(900);
            assertThat(accuracy.found()).as("%d phrases: %s", size, accuracy.examples()).isEqualTo(accuracy.variants());
            assertThat(accuracy.glossaryFound()).as("%d phrases: glossary variants", size).isEqualTo(accuracy.glossaryVariants());
            assertThat(accuracy.nearMisses()).as("%d phrases: planted near misses", size).isGreaterThan(900);
            assertThat(accuracy.nearMissHits()).as("%d phrases: %s", size, accuracy.examples()).isZero();
            assertThat(accuracy.backgroundHits()).as("%d phrases: %s", size, accuracy.examples()).isZero();
        }
    }
}
