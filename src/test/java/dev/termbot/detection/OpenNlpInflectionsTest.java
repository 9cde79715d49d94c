package dev.termbot.detection;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The real OpenNLP models from the classpath, loaded once for all detection tests. */
class OpenNlpInflectionsTest {
    private final OpenNlpInflections inflections = TestRules.inflections();

    @Test
    void inflects_the_head_noun_only() {
        // GIVEN a noun compound whose head is also a verb
        // WHEN its forms are asked for
        // THEN the head gets its plural and verb forms, the modifier stays as it is
        assertThat(inflections.formsOf(List.of("distillation", "attack")))
                .containsExactly(Set.of("distillation"), Set.of("attack", "attacks", "attacked", "attacking"));
    }

    @Test
    void nouns_made_with_a_noun_suffix_get_no_verb_forms() {
        assertThat(inflections.formsOf(List.of("prompt", "injection")).get(1)).containsExactlyInAnyOrder("injection", "injections");
        assertThat(inflections.formsOf(List.of("distillation", "attacker")).get(1)).containsExactlyInAnyOrder("attacker", "attackers");
    }

    @Test
    void a_plural_head_also_stands_for_its_singular() {
        assertThat(inflections.formsOf(List.of("open", "source", "weights")).get(2))
                .contains("weights", "weight");
    }

    @Test
    void the_head_comes_before_a_preposition() {
        List<Set<String>> forms = inflections.formsOf(List.of("attack", "on", "distillation"));
        assertThat(forms.get(0)).contains("attacks", "attacked");
        assertThat(forms.get(2)).containsExactly("distillation");
    }

    @Test
    void regular_spellings_are_kept_only_when_the_lemmatizer_agrees() {
        // "query" proposes "querys" and "queries"; only the real plural maps back to "query"
        assertThat(inflections.formsOf(List.of("query")).get(0)).contains("query", "queries").doesNotContain("querys");
        assertThat(inflections.formsOf(List.of("analysis")).get(0)).contains("analyses").doesNotContain("analysises");
    }

    @Test
    void words_the_models_do_not_know_still_get_their_regular_plural_on_the_right_word() {
        // the tagger, seeing two words alone, may call the first one the head; the closed list of
        // linking words decides instead, and the lemmatizer's silence about rare nouns is not a "no"
        assertThat(inflections.formsOf(List.of("attention", "trojan")).get(0)).isEqualTo(Set.of("attention"));
        assertThat(inflections.formsOf(List.of("attention", "trojan")).get(1)).contains("trojan", "trojans");
        assertThat(inflections.formsOf(List.of("weight", "hijack")).get(1)).contains("hijack", "hijacks");
        assertThat(inflections.formsOf(List.of("sycophancy", "theft")).get(1)).contains("thefts");
        assertThat(inflections.formsOf(List.of("attack", "on", "distillation")).get(0)).contains("attacks");
    }

    @Test
    void a_verb_head_gets_verb_forms() {
        assertThat(inflections.formsOf(List.of("reward", "hacking")).get(1))
                .contains("hacking", "hack", "hacks", "hacked");
    }

    @Test
    void the_lemmatizer_reads_the_tag() {
        assertThat(inflections.lemma("attacks", "NOUN")).isEqualTo("attack");
        assertThat(inflections.lemma("attacked", "VERB")).isEqualTo("attack");
        assertThat(inflections.lemma("attackes", "NOUN")).isNotEqualTo("attack");
    }

    @Test
    void knows_real_words_from_the_model() {
        assertThat(inflections.realWords()).hasSizeGreaterThan(2000).contains("attach", "attack", "course");
        assertThat(inflections.realWords()).allMatch(word -> word.chars().allMatch(c -> c >= 'a' && c <= 'z'));
    }

    @Test
    void answers_the_same_phrase_from_its_cache() {
        List<String> phrase = List.of("model", "extraction", "attack");
        assertThat(inflections.formsOf(phrase)).isSameAs(inflections.formsOf(List.copyOf(phrase)));
    }
}
