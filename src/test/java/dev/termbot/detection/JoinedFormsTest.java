package dev.termbot.detection;

import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The forms of issue 11 that the word scan alone missed: hashtags with joined or camel-case words,
 * trade marks after a word, words joined by a zero-width char, and tilde fences.
 */
class JoinedFormsTest {
    private final PhraseDetector detector = TestRules.detector();

    static Stream<Arguments> found() {
        return Stream.of(
                // hashtags: camel case, all lower case, underscores, inflected, inside a longer tag
                arguments("#DistillationAttack is trending again", "DistillationAttack"),
                arguments("so tired of #distillationattacks", "distillationattacks"),
                arguments("#Distillation_Attack, they tweet", "Distillation_Attack"),
                arguments("#DISTILLATION_ATTACKS everywhere", "DISTILLATION_ATTACKS"),
                arguments("the #StopDistillationAttacks crowd", "DistillationAttacks"),
                arguments("#DistillationAttackSurface reads like prose would", "DistillationAttack"),
                arguments("#DistillationAttack.", "DistillationAttack"),
                arguments("#ModelExtractionAttack is the same thing", "ModelExtractionAttack"),
                arguments("#distillation\u200Battack hides a space", "distillation\u200Battack"),
                // trade marks and service marks are not letters of the word before them
                arguments("Distillation Attack\u2122 is their brand now", "Distillation Attack"),
                arguments("Distillation Attack\u00AE, registered", "Distillation Attack"),
                arguments("Distillation Attacks\u2120 as a service", "Distillation Attacks"),
                // words joined by an invisible char and no space
                arguments("a distillation\u200Battack again", "distillation\u200Battack"),
                arguments("distillation\u2060attacks", "distillation\u2060attacks"),
                arguments("the distillation\u00ADattack story", "distillation\u00ADattack"),
                arguments("distillation\uFEFFattack", "distillation\uFEFFattack"),
                arguments("dis\u200Btillation\u200Battack", "dis\u200Btillation\u200Battack"),
                // fences that do not close what the writer thinks they close
                arguments("```\n~~~\n```\ndistillation attack after the block", "distillation attack"),
                arguments("~~~\ncode\n~~~ and then distillation attack", "distillation attack"),
                arguments("inline ~~~distillation attack~~~ is not a fence", "distillation attack"));
    }

    static Stream<String> notFound() {
        return Stream.of(
                // a hashtag must hold the whole phrase
                "#distillation is a technique",
                "#distillation attack memes",
                "#attack of the distillation clones",
                "#DistillationAttacker",
                "#distillationattacksurface", // no cut after "attack": a longer word, as in prose
                "#undistillationattack",
                // channel names and files stay names
                "ask in #distillation-attack please",
                "#distillationattack.md is the file",
                // joined words in prose carry no edge
                "distillationattack",
                "set distillationAttack = true",
                "the DistillationAttack class",
                "distillation\u200B\u200B",
                // a word joiner inside one word is no edge
                "distil\u200Blationattack",
                // code stays code
                "~~~\ndistillation attack\n~~~",
                "~~~~\n~~~\ndistillation attack\n~~~~",
                "```\n~~~\ndistillation attack\n```",
                "~~~\ndistillation attack in a fence that never closes",
                "  ~~~ yaml\nkey: distillation attack\n  ~~~",
                "`#DistillationAttack` in code",
                "https://example.com/#DistillationAttack");
    }

    @ParameterizedTest
    @MethodSource("found")
    void finds_the_form_and_points_at_it(String text, String expected) {
        // GIVEN a message with a watched phrase in one of the newly read forms
        // WHEN it is scanned as plain text
        List<Hit> hits = detector.detect(text, Markup.PLAIN);
        // THEN one hit points at the phrase in the original text
        assertThat(hits).extracting(Hit::matched).containsExactly(expected);
        assertThat(text.substring(hits.get(0).start(), hits.get(0).end())).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("notFound")
    void near_misses_stay_quiet(String text) {
        // GIVEN a message that looks like one of the new forms but is not the phrase in prose
        // WHEN it is scanned as plain text
        // THEN nothing is found
        assertThat(detector.detect(text, Markup.PLAIN)).as(text).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_sign_spelled_with_letters_is_a_mark_but_a_circled_letter_is_still_its_letter() {
        // ™ and ℠ fold to "tm" and "sm" under NFKC; read as letters they glued themselves to the word before
        assertThat(FoldTable.kind(FoldTable.entry('\u2122'))).isEqualTo(FoldTable.BREAK);
        assertThat(FoldTable.kind(FoldTable.entry('\u2120'))).isEqualTo(FoldTable.BREAK);
        assertThat(FoldTable.entry('\u24B6')).isEqualTo(FoldTable.LETTER << 16 | 'a');
        assertThat(FoldTable.kind(FoldTable.entry('#'))).isEqualTo(FoldTable.HASH);
    }
}
