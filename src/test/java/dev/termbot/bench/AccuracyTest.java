package dev.termbot.bench;

import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bookkeeping of recall and false hits, checked with detectors whose answers are known. */
class AccuracyTest {
    private static final Glossary GLOSSARY = GlossaryFile.loadDefault();
    // Typo planting needs real words only to avoid real ones; an empty set keeps this test fast.
    private final BenchCorpus corpus = new CorpusGenerator(PhraseSet.of(GLOSSARY, 200, 3), Set.of(), 3).corpus(5_000);

    @Test
    void a_detector_that_finds_nothing_has_zero_recall_and_no_false_hits() {
        Accuracy accuracy = Accuracy.measure((text, markup) -> List.of(), corpus);

        assertThat(accuracy.variants()).isEqualTo((int) corpus.variants()).isPositive();
        assertThat(accuracy.found()).isZero();
        assertThat(accuracy.recall()).isZero();
        assertThat(accuracy.glossaryRecall()).isZero();
        assertThat(accuracy.nearMissHits()).isZero();
        assertThat(accuracy.backgroundHits()).isZero();
        assertThat(accuracy.missedByKind().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(accuracy.variants());
    }

    @Test
    void a_detector_that_knows_the_plants_is_perfect() {
        // GIVEN a "detector" that reports exactly the planted variant spans, with their rules
        Detector oracle = (text, markup) -> corpus.plants().stream()
                .filter(p -> p.variant() && corpus.message(p.index()).equals(text))
                .map(p -> new Hit(p.ruleId(), "t", p.start(), p.end(), text.substring(p.start(), p.end())))
                .toList();

        Accuracy accuracy = Accuracy.measure(oracle, corpus);

        assertThat(accuracy.recall()).isEqualTo(1.0);
        assertThat(accuracy.glossaryRecall()).isEqualTo(1.0);
        assertThat(accuracy.glossaryVariants()).isPositive().isLessThan(accuracy.variants());
        assertThat(accuracy.nearMissHits()).isZero();
        assertThat(accuracy.examples()).isEmpty();
    }

    @Test
    void a_detector_that_flags_everything_hits_every_near_miss_and_the_wrong_rule_is_no_recall() {
        Detector everything = (text, markup) -> List.of(new Hit("some-other-rule", "t", 0, text.length(), text));

        Accuracy accuracy = Accuracy.measure(everything, corpus);

        assertThat(accuracy.nearMissHits()).isEqualTo(accuracy.nearMisses()).isPositive();
        assertThat(accuracy.backgroundHits()).isEqualTo(corpus.size() - corpus.plants().size());
        assertThat(accuracy.found()).as("a hit of another rule does not count").isZero();
        assertThat(accuracy.examples()).hasSize(Accuracy.EXAMPLES);
    }
}
