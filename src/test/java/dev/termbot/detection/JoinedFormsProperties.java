package dev.termbot.detection;

import dev.termbot.testing.Dialects;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.testing.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;

import static dev.termbot.detection.PhraseDetectorProperties.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invisible chars, marks and hashtags anywhere: the detector never throws, its spans point into the
 * original text, and a zero-width char joins two words exactly when it stands between them.
 * Cases come from a fixed seed (see {@link Theories}).
 */
class JoinedFormsProperties {
    /** What a writer, or a tool, slips into text: zero-width chars, trade and service marks, combining marks. */
    private static final List<String> INSERTS = List.of("\u200B", "\u2060", "\u00AD", "\uFEFF", "\u200D", "\u2122",
            "\u00AE", "\u2120", "\u0301", "\u0336", "_", "#", "\uFF03");
    private static final List<String> FRAGMENTS = List.of("#", "#Distillation", "#distillation", "Attack", "attacks",
            "distillation", "attack", "Model", "Extraction", "_", " ", "\n", "~~~", "```", "~~~~", "`", "-", ".", "&",
            "\u200B", "\u2060", "\u00AD", "\uFEFF", "\u2122", "\u00AE", "\u2120", "\u0301", "\uD835\uDC1D", "\uD800",
            "\uFB01", "A", "a", "1");
    private static final String JOINED = "distillationattack";

    private final PhraseDetector detector = TestRules.detector();

    @Test
    void inserting_invisible_chars_and_marks_anywhere_never_breaks_it() {
        // GIVEN texts of hashtags, fences and phrase words, with a char slipped in at any place
        Gen<String> texts = Theories.soup(FRAGMENTS, 0, 40).zip(Generate.pick(INSERTS), Generate.range(0, 1000),
                (text, insert, at) -> insertAt(text, insert, at));
        // WHEN scanned in every dialect
        // THEN nothing throws and every span is the text it claims to be, in order, without overlap
        Theories.tries(500).forAll(texts, Dialects.any())
                .checkAssert((text, markup) -> assertWellFormed(text, detector.detect(text, markup)));
    }

    @Test
    void a_zero_width_char_joins_the_two_words_only_where_it_stands_between_them() {
        // GIVEN "distillationattack" with one zero-width char at any place inside it
        Gen<String> invisible = Generate.pick(List.of("\u200B", "\u2060", "\u00AD", "\uFEFF"));
        Theories.tries(200).forAll(Generate.range(1, JOINED.length() - 1), invisible).checkAssert((at, insert) -> {
            String text = "see " + JOINED.substring(0, at) + insert + JOINED.substring(at) + " here";
            // WHEN scanned
            List<Hit> hits = detector.detect(text, Markup.PLAIN);
            // THEN it is a hit exactly when the char separates "distillation" from "attack", and the hit spans both words
            boolean between = at == "distillation".length();
            assertThat(hits).as(text).hasSize(between ? 1 : 0);
            if (between) {
                assertThat(hits.get(0).start()).isEqualTo(4);
                assertThat(hits.get(0).end()).isEqualTo(text.length() - " here".length());
            }
        });
    }

    @Test
    void a_zero_width_char_inside_spaced_words_never_loses_the_hit() {
        String phrase = "distillation attack";
        Gen<String> invisible = Generate.pick(List.of("\u200B", "\u2060", "\u00AD", "\uFEFF"));
        Theories.tries(200).forAll(Generate.range(0, phrase.length()), invisible).checkAssert((at, insert) -> {
            String text = "a " + phrase.substring(0, at) + insert + phrase.substring(at) + "!";
            assertThat(detector.detect(text, Markup.PLAIN)).as(text).hasSize(1);
        });
    }

    @Test
    void any_casing_of_a_joined_hashtag_hits_and_spans_the_tag() {
        // GIVEN "#distillationattacks" with each letter upper or lower case at random (camel cuts anywhere)
        Gen<String> tags = Theories.words("01", "distillationattacks".length(), "distillationattacks".length())
                .map(JoinedFormsProperties::cased);
        Theories.tries(300).forAll(tags).checkAssert(tag -> {
            String text = "so #" + tag + " again";
            // WHEN scanned; THEN the whole tag body is one hit
            assertThat(detector.detect(text, Markup.PLAIN)).as(text).extracting(Hit::matched).containsExactly(tag);
        });
    }

    private static String cased(String bits) {
        String word = "distillationattacks";
        StringBuilder out = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            out.append(bits.charAt(k) == '1' ? Character.toUpperCase(word.charAt(k)) : word.charAt(k));
        }
        return out.toString();
    }

    private static String insertAt(String text, String insert, int at) {
        int k = text.isEmpty() ? 0 : at % (text.length() + 1);
        return text.substring(0, k) + insert + text.substring(k);
    }
}
