package dev.termbot.detection;

import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule's word orders are watched like its phrases, inflected where the phrase is, and never guessed. */
class WordOrderDetectionTest {
    private static final MisuseRule WITH_ORDERS = new MisuseRule("distillation-attack", "distillation-attack",
            List.of("distillation attack"), List.of(), "A note.", List.of(),
            List.of("attack by distillation", "attack via distillation"));
    private static final PhraseDetector DETECTOR = PhraseDetector.build(List.of(WITH_ORDERS), TestRules.inflections());

    @ParameterizedTest
    @ValueSource(strings = {"attacks by distillation", "an attack via distillation, they say", "Attacks-by-Distillation",
            "**attack** by distillation", "the attacks by distilation again"})
    void a_listed_word_order_hits_with_the_phrase_head_inflected(String text) {
        // GIVEN a rule that lists "attack by distillation" and "attack via distillation"
        // WHEN a message says it that way, inflected, marked up or with a typo
        List<Hit> hits = DETECTOR.detect(text, Markup.PLAIN);
        // THEN it is a hit of the rule, spanning the words
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.ruleId()).isEqualTo("distillation-attack");
            assertThat(hit.matched()).startsWithIgnoringCase("attack").endsWith("ation");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"attack on distillation", "distillation by attack", "attack through distillation",
            "attack, by distillation", "attack by the distillation"})
    void an_order_the_rule_does_not_list_or_a_broken_one_is_not_a_hit(String text) {
        assertThat(DETECTOR.detect(text, Markup.PLAIN)).as(text).isEmpty();
    }

    @Test
    void no_word_order_is_guessed_for_a_rule_that_lists_none() {
        // GIVEN the test rules, which list no word orders
        // THEN "attacks by distillation" is not a hit of theirs
        assertThat(TestRules.detector().detect("attacks by distillation", Markup.PLAIN)).isEmpty();
        assertThat(TestRules.detector().detect("attack via distillation", Markup.PLAIN)).isEmpty();
    }

    @Test
    void a_word_order_of_none_of_the_phrases_cannot_be_built() {
        MisuseRule wrong = new MisuseRule("r", "t", List.of("distillation attack"), List.of(), "A note.", List.of(),
                List.of("attack by scraping"));
        assertThatThrownBy(() -> PhraseDetector.build(List.of(wrong), Inflections.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attack by scraping");
    }

    @Test
    void the_short_linking_word_does_not_open_the_gate_to_short_chat_words() {
        // "by" is watched only after "attack": alone, or starting a sentence, it matches nothing
        assertThat(DETECTOR.detect("by the way, by distillation we mean training", Markup.PLAIN)).isEmpty();
    }
}
