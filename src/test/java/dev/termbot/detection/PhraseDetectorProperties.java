package dev.termbot.detection;

import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever arrives, the detector answers without throwing, with spans inside the text that say
 * what they match, in order and without overlap.
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

    private final PhraseDetector detector = TestRules.detector();

    @Property(tries = 400)
    void random_unicode_never_breaks_it(@ForAll("anyText") String text, @ForAll Markup markup) {
        assertWellFormed(text, detector.detect(text, markup));
    }

    @Property(tries = 400)
    void mixes_of_phrase_fragments_and_markup_never_break_it(@ForAll("fragmentSoup") String text, @ForAll Markup markup) {
        assertWellFormed(text, detector.detect(text, markup));
    }

    @Property(tries = 30)
    void ten_thousand_char_lines_never_break_it(@ForAll("longLines") String text, @ForAll Markup markup) {
        assertWellFormed(text, detector.detect(text, markup));
    }

    /**
     * Most texts fold char for char and take the fast path; one zero-width char sends the same
     * text down the general path (an offset per folded char). Both must find the same phrases.
     */
    @Property(tries = 400)
    void the_fast_and_the_general_fold_find_the_same_phrases(@ForAll("fragmentSoup") String text, @ForAll Markup markup) {
        List<String> direct = spans(detector.detect(text, markup), 0);
        List<String> general = spans(detector.detect("\u200B" + text, markup), 1);

        assertThat(general).as("%s", text).isEqualTo(direct);
    }

    private static List<String> spans(List<Hit> hits, int shift) {
        return hits.stream().map(h -> h.ruleId() + "@" + (h.start() - shift) + "-" + (h.end() - shift)).toList();
    }

    @Property(tries = 60)
    void any_amount_of_spaces_between_the_words_still_hits(@ForAll("spaces") String gap) {
        String text = "distillation" + gap + "attack";
        assertThat(detector.detect(text, Markup.PLAIN)).extracting(Hit::matched).containsExactly(text);
    }

    @Example
    void unbalanced_backticks_and_brackets_in_bulk() {
        String text = "`".repeat(3000) + " distillation attack " + "<".repeat(3000) + "](".repeat(2000) + "``x";
        assertWellFormed(text, detector.detect(text, Markup.SLACK_MRKDWN));
        assertThat(detector.detect(text, Markup.PLAIN)).extracting(Hit::matched).containsExactly("distillation attack");
    }

    @Example
    void thousands_of_hits_in_one_message() {
        String text = "distillation attack, ".repeat(2000);
        List<Hit> hits = detector.detect(text, Markup.DISCORD_MARKDOWN);
        assertWellFormed(text, hits);
        assertThat(hits).hasSize(2000);
    }

    @Example
    void a_huge_message_of_code_spans_and_exceptions_is_still_answered_correctly() {
        String codeAndProse = "distillation attack `x` ".repeat(5000);
        List<Hit> hits = detector.detect(codeAndProse, Markup.PLAIN);
        assertWellFormed(codeAndProse, hits);
        assertThat(hits).hasSize(5000);
        assertThat(detector.detect("so-called distillation attacks, ".repeat(5000), Markup.PLAIN)).isEmpty();
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> fragmentSoup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> longLines() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofLength(10_000);
        Arbitrary<String> repeated = Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(5)
                .map(parts -> String.join("", parts))
                .map(unit -> unit.repeat(Math.max(1, 10_000 / unit.length())));
        Arbitrary<String> separators = Arbitraries.of(" ", "-", "\n", "`", "_", "*", "\u200B")
                .map(sep -> "distillation" + sep.repeat(10_000) + "attack");
        return Arbitraries.oneOf(noise, repeated, separators);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Combinators.combine(Arbitraries.integers().between(1, 5000), Arbitraries.of(" ", "\t", "\u00A0", "\u3000"))
                .as((count, space) -> space.repeat(count));
    }

    private static void assertWellFormed(String text, List<Hit> hits) {
        int previousEnd = 0;
        for (Hit hit : hits) {
            assertThat(hit.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(hit.end());
            assertThat(hit.end()).isLessThanOrEqualTo(text.length());
            assertThat(hit.matched()).isEqualTo(text.substring(hit.start(), hit.end()));
            previousEnd = hit.end();
        }
    }
}
