package dev.termbot.detection;

import dev.termbot.testing.Theories;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-pass {@link FoldedText} cuts every text into exactly the words the plain single-pass
 * {@link ReferenceWordScanner} finds: same folded chars, same spans in the original text, same
 * "joined to the word before". Texts are built from the fragments where the two designs could
 * differ: combining marks and zero-width chars (dropped by the fast pass), ligatures (which expand),
 * surrogate pairs and lone halves, list markers, blank lines and markup. Cases come from a fixed
 * seed (see {@link Theories}).
 */
class FoldedTextProperties {
    private static final List<String> FRAGMENTS = List.of(
            "distillation", "attack", "a", "Ab", "x1", " ", "  ", "\n", "\n\n", "\r\n", "\t", "-", "- ", "* ", "\u2014",
            "_", "*", "**", "~~", "||", "`", "\"", "\u201C", ".", ",", "!", "\u200B", "\u00AD", "\u0336", "\u0301",
            "\uFEFF", "\u0430", "\u03BF", "\uFF41", "\uD835\uDC1D", "\uD83D\uDD25", "\uD800", "\uDC00", "\uFB01",
            "\uFB03", "\u0130", "\u3164", "\u2028", "\u00A0", "\uDB40\uDC20", "\uD834\uDD65", "\u337F", "\uFDFA");

    @Test
    void agrees_with_the_reference_scanner_on_fragment_soup() {
        assertSameWords("");
        FRAGMENTS.forEach(FoldedTextProperties::assertSameWords);
        Theories.tries(3000).forAll(Theories.soup(FRAGMENTS, 0, 80)).checkAssert(FoldedTextProperties::assertSameWords);
    }

    @Test
    void agrees_on_arbitrary_unicode() {
        Theories.edgeTexts(400).forEach(FoldedTextProperties::assertSameWords);
        Theories.tries(300).forAll(Theories.anyText(400)).checkAssert(FoldedTextProperties::assertSameWords);
    }

    @Test
    void agrees_on_words_longer_than_the_capacity_and_on_texts_longer_than_the_buffers() {
        assertSameWords("x".repeat(200) + " distillation " + "\uFB03".repeat(300) + " attack");
        assertSameWords("word ".repeat(5000));
    }

    @Test
    void a_short_text_after_a_long_one_sees_no_stale_letters() {
        FoldedText reused = new FoldedText();
        words(reused, "abcdefgh".repeat(100));
        // the ligatures push the folded text past the short text's own length
        String shorter = "\uFB03".repeat(40) + " , ; . " + "\u2014 ".repeat(30);
        assertThat(words(reused, shorter)).isEqualTo(expected(shorter));
    }

    private static void assertSameWords(String text) {
        assertThat(words(new FoldedText(), text)).as("%s", escaped(text)).isEqualTo(expected(text));
    }

    private static List<ReferenceWordScanner.Word> expected(String text) {
        return ReferenceWordScanner.words(text);
    }

    private static List<ReferenceWordScanner.Word> words(FoldedText folded, String text) {
        List<ReferenceWordScanner.Word> out = new ArrayList<>();
        folded.fold(text).words((t, from, length) -> {
            out.add(new ReferenceWordScanner.Word(new String(t.chars(), from, Math.min(length, FoldedText.CAPACITY)),
                    length, t.start(from), t.end(from, length), t.joinedToPrevious(from)));
            return false;
        });
        return out;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
