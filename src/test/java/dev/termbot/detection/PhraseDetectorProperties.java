package dev.termbot.detection;

import dev.termbot.testing.Dialects;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.testing.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever arrives, the detector answers without throwing, with spans inside the text that say
 * what they match, in order and without overlap. Cases come from a fixed seed (see {@link Theories}).
 */
class PhraseDetectorProperties {
    /** Pieces that stress every branch: phrase words, separators, markup, code, links, Unicode tricks. */
    private static final List<String> FRAGMENTS = List.of(
            "distillation", "attack", "attacks", "distilation", "atack", "Distillation-style", "model", "extraction",
            "open", "source", "weights", "so-called", " ", "  ", "\n", "\n\n", "\r\n", "\t", "-", "\u2014", "_", "*",
            "**", "~~", "||", "`", "``", "```", "<", ">", "|", "<@U1>", "<https://x.io|", "](", "(", ")", "[",
            "https://", "www.", "example.com/", "@", "#", "/", "\\", ".", ",", ";", ":", ".csv", "v2", "\u200B",
            "\u00AD", "\u0336", "\u0301", "\uFEFF", "\u0430", "\u03BF", "\uFF41", "\uD835\uDC1D", "\uD83D\uDD25",
            "\uD800", "\uDC00", "\uFB01", "\u0130", "&amp;", "1.", "> ", "# ");
    private static final Gen<Markup> MARKUPS = Dialects.any();

    private final PhraseDetector detector = TestRules.detector();

    @Test
    void random_unicode_never_breaks_it() {
        for (String text : Theories.edgeTexts(300)) {
            for (Markup markup : Dialects.EVERY) {
                assertWellFormed(text, detector.detect(text, markup));
            }
        }
        Theories.tries(400).forAll(Theories.anyText(300), MARKUPS)
                .checkAssert((text, markup) -> assertWellFormed(text, detector.detect(text, markup)));
    }

    @Test
    void mixes_of_phrase_fragments_and_markup_never_break_it() {
        Theories.tries(400).forAll(fragmentSoup(), MARKUPS)
                .checkAssert((text, markup) -> assertWellFormed(text, detector.detect(text, markup)));
    }

    @Test
    void ten_thousand_char_lines_never_break_it() {
        Theories.tries(30).forAll(longLines(), MARKUPS)
                .checkAssert((text, markup) -> assertWellFormed(text, detector.detect(text, markup)));
    }

    /**
     * Most texts fold char for char and take the fast path; one zero-width char sends the same
     * text down the general path (an offset per folded char). Both must find the same phrases.
     */
    @Test
    void the_fast_and_the_general_fold_find_the_same_phrases() {
        Theories.tries(400).forAll(fragmentSoup(), MARKUPS).checkAssert((text, markup) -> {
            List<String> direct = spans(detector.detect(text, markup), 0);
            List<String> general = spans(detector.detect("\u200B" + text, markup), 1);

            assertThat(general).as("%s", text).isEqualTo(direct);
        });
    }

    private static List<String> spans(List<Hit> hits, int shift) {
        return hits.stream().map(h -> h.ruleId() + "@" + (h.start() - shift) + "-" + (h.end() - shift)).toList();
    }

    @Test
    void any_amount_of_spaces_between_the_words_still_hits() {
        Gen<String> gaps = Generate.range(1, 5000).zip(Generate.pick(List.of(" ", "\t", "\u00A0", "\u3000")),
                (count, space) -> space.repeat(count));
        Theories.tries(60).forAll(gaps).checkAssert(gap -> {
            String text = "distillation" + gap + "attack";
            assertThat(detector.detect(text, Markup.PLAIN)).extracting(Hit::matched).containsExactly(text);
        });
    }

    @Test
    void unbalanced_backticks_and_brackets_in_bulk() {
        String text = "`".repeat(3000) + " distillation attack " + "<".repeat(3000) + "](".repeat(2000) + "``x";
        assertWellFormed(text, detector.detect(text, Dialects.SLACK));
        assertThat(detector.detect(text, Markup.PLAIN)).extracting(Hit::matched).containsExactly("distillation attack");
    }

    @Test
    void thousands_of_hits_in_one_message() {
        String text = "distillation attack, ".repeat(2000);
        List<Hit> hits = detector.detect(text, Dialects.DISCORD);
        assertWellFormed(text, hits);
        assertThat(hits).hasSize(2000);
    }

    @Test
    void a_huge_message_of_code_spans_and_exceptions_is_still_answered_correctly() {
        String codeAndProse = "distillation attack `x` ".repeat(5000);
        List<Hit> hits = detector.detect(codeAndProse, Markup.PLAIN);
        assertWellFormed(codeAndProse, hits);
        assertThat(hits).hasSize(5000);
        assertThat(detector.detect("so-called distillation attacks, ".repeat(5000), Markup.PLAIN)).isEmpty();
    }

    private static Gen<String> fragmentSoup() {
        return Theories.soup(FRAGMENTS, 0, 60);
    }

    /** Ten thousand chars of noise, of one to five fragments repeated, or of one separator between the two words. */
    private static Gen<String> longLines() {
        Gen<String> noise = Theories.anyTextOfLength(10_000);
        Gen<String> repeated = Theories.soup(FRAGMENTS, 1, 5)
                .map(unit -> unit.repeat(Math.max(1, 10_000 / unit.length())));
        Gen<String> separators = Generate.pick(List.of(" ", "-", "\n", "`", "_", "*", "\u200B"))
                .map(sep -> "distillation" + sep.repeat(10_000) + "attack");
        return Generate.oneOf(noise, repeated, separators);
    }

    static void assertWellFormed(String text, List<Hit> hits) {
        int previousEnd = 0;
        for (Hit hit : hits) {
            assertThat(hit.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(hit.end());
            assertThat(hit.end()).isLessThanOrEqualTo(text.length());
            assertThat(hit.matched()).isEqualTo(text.substring(hit.start(), hit.end()));
            previousEnd = hit.end();
        }
    }
}
