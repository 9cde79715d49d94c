package dev.termbot.detection;

import dev.termbot.testing.Dialects;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class PhraseDetectorTest {
    private final PhraseDetector detector = TestRules.detector();

    static Stream<Arguments> positives() {
        return Stream.of(
                // case and plain prose
                arguments("honestly the distillation attack framing is doing a lot of work here", "distillation attack"),
                arguments("DISTILLATION ATTACK is trending on my timeline again", "DISTILLATION ATTACK"),
                arguments("was it really a distillation attack?", "distillation attack"),
                arguments("they blamed it on (distillation attacks) in the postmortem", "distillation attacks"),
                // inflection
                arguments("Are Distillation Attacks even a real category?", "Distillation Attacks"),
                arguments("three distillation attacks in one week, apparently", "distillation attacks"),
                arguments("it's not open source weight, it's a checkpoint", "open source weight"),
                arguments("our API got distillation-attacked last month", "distillation-attacked"),
                arguments("they are distillation attacking every frontier lab", "distillation attacking"),
                // hyphen, dashes, wrapping, spacing
                arguments("they keep calling every scraper a distillation-attack", "distillation-attack"),
                arguments("the distillation\u2013attack narrative is everywhere", "distillation\u2013attack"),
                arguments("distillation\u2014attack, as the press calls it", "distillation\u2014attack"),
                arguments("distillation \u2014 attack is how the blog spelled it", "distillation \u2014 attack"),
                arguments("I keep reading about the distillation\nattack on that API", "distillation\nattack"),
                arguments("the distillation\r\nattack writeup from the vendor", "distillation\r\nattack"),
                arguments("so this   distillation    attack thing", "distillation    attack"),
                arguments("a distillation\tattack, per the slide", "distillation\tattack"),
                arguments("is the distillation\n   attacks thread still open", "distillation\n   attacks"),
                // chat markup around and inside
                arguments("**Distillation attacks** are the new buzzword", "Distillation attacks"),
                arguments("_distillation_ attack, they said with a straight face", "distillation_ attack"),
                arguments("*distillation* attack is not a threat model", "distillation* attack"),
                arguments("~~distillation attack~~ API abuse, please", "distillation attack"),
                arguments("||distillation attack|| spoiler: it was scraping", "distillation attack"),
                arguments("> distillation attack is not a thing\nagreed", "distillation attack"),
                arguments("# Distillation attacks explained", "Distillation attacks"),
                arguments("__Distillation__ __attack__ in bold, twice", "Distillation__ __attack"),
                arguments("the \"distillation\" attack everyone quotes", "distillation\" attack"),
                // one edit per word
                arguments("distilation attack, same as last time", "distilation attack"),
                arguments("the distillaton attack paper is out", "distillaton attack"),
                arguments("a distillation atack on their endpoint", "distillation atack"),
                arguments("ditsillation attack again?", "ditsillation attack"),
                arguments("distillation attakcs everywhere this week", "distillation attakcs"),
                arguments("distilllation attack lol", "distilllation attack"),
                arguments("distillatiom atack", "distillatiom atack"),
                // Unicode evasion
                arguments("\uFF44\uFF49\uFF53\uFF54\uFF49\uFF4C\uFF4C\uFF41\uFF54\uFF49\uFF4F\uFF4E \uFF41\uFF54\uFF54\uFF41\uFF43\uFF4B",
                        "\uFF44\uFF49\uFF53\uFF54\uFF49\uFF4C\uFF4C\uFF41\uFF54\uFF49\uFF4F\uFF4E \uFF41\uFF54\uFF54\uFF41\uFF43\uFF4B"),
                arguments("they call it a distillation att\u0430ck now", "distillation att\u0430ck"),
                arguments("d\u0456still\u0430ti\u043En \u0430tt\u0430\u0441k", "d\u0456still\u0430ti\u043En \u0430tt\u0430\u0441k"),
                arguments("distillati\u03BFn attack (Greek omicron)", "distillati\u03BFn attack"),
                arguments("distil\u200Blation attack", "distil\u200Blation attack"),
                arguments("distil\u00ADlation at\u00ADtack", "distil\u00ADlation at\u00ADtack"),
                arguments("dis\u200Dtillation\u2060 attack", "dis\u200Dtillation\u2060 attack"),
                arguments("\uFEFFdistillation attack", "distillation attack"),
                arguments("d\u00EDstill\u00E1tion attack", "d\u00EDstill\u00E1tion attack"),
                arguments("di\u0301stillation attack", "di\u0301stillation attack"),
                arguments("d\u0336i\u0336s\u0336t\u0336i\u0336l\u0336l\u0336a\u0336t\u0336i\u0336o\u0336n\u0336 a\u0336t\u0336t\u0336a\u0336c\u0336k\u0336",
                        "d\u0336i\u0336s\u0336t\u0336i\u0336l\u0336l\u0336a\u0336t\u0336i\u0336o\u0336n\u0336 a\u0336t\u0336t\u0336a\u0336c\u0336k\u0336"),
                arguments("\uD835\uDC1D\uD835\uDC22\uD835\uDC2C\uD835\uDC2D\uD835\uDC22\uD835\uDC25\uD835\uDC25\uD835\uDC1A\uD835\uDC2D\uD835\uDC22\uD835\uDC28\uD835\uDC27 attack",
                        "\uD835\uDC1D\uD835\uDC22\uD835\uDC2C\uD835\uDC2D\uD835\uDC22\uD835\uDC25\uD835\uDC25\uD835\uDC1A\uD835\uDC2D\uD835\uDC22\uD835\uDC28\uD835\uDC27 attack"),
                // paraphrase listed in the rule
                arguments("that distillation-style attack story again", "distillation-style attack"),
                arguments("a distillation style attack, whatever that means", "distillation style attack"),
                // link labels are prose
                arguments("[distillation attack](https://example.org/post) is the headline", "distillation attack"),
                arguments("<https://example.org/a|distillation attacks> went viral", "distillation attacks"),
                // the other rules
                arguments("someone ran a model extraction attack against the endpoint", "model extraction attack"),
                arguments("it's not open-source weights if the license forbids fine-tuning", "open-source weights"));
    }

    static Stream<String> negatives() {
        return Stream.of(
                // code
                "`distillation attack` is the string we grep for",
                "```\nlog: distillation attack detected\n```",
                "```python\nlabel = 'distillation attack'\n```\nthat's the classifier label",
                "``distillation attack`` with double backticks",
                "`distillation` attack",
                // URLs and links
                "https://example.com/posts/distillation-attack-explained",
                "see www.example.org/distillation-attack for the slides",
                "example.com/distillation-attack was down all morning",
                "<https://example.com/distillation-attack|the writeup> is long",
                "[the writeup](https://example.com/distillation-attack) is long",
                // identifiers, paths, files, addresses
                "distillation_attack_v2.csv is in the bucket",
                "check /data/distillation-attack/ for the runs",
                "the notes are in distillation-attack.md",
                "C:\\runs\\distillation\\attack is the folder",
                "set distillationAttack = true in the config",
                "mail distillation.attack@example.com for access",
                // mentions and hashtags
                "ping @distillation attack team when ready",
                "#distillation attack memes are getting old",
                "ask in #distillation-attack please",
                // apart or across a boundary
                "distillation, attack surfaces are another topic",
                "we tried distillation. Attack vectors differ though",
                "distillation; attacks hurt",
                "distillation helps; attacks hurt",
                "distillation: attack",
                "distillation (attack)",
                "distillation... attack",
                "distillation/attack",
                "distillation & attack",
                "distillation \uD83D\uDD25 attack",
                "distillation 2 attack",
                "- distillation\n- attack",
                "* distillation\n* attack",
                "1. distillation\n2. attack",
                "> distillation\n> attack",
                "distillation\n\nattack",
                "distillation\n  \nattack",
                "distillation\n# attack",
                "we ran vacuum distillation before the attack",
                "the student model learns from the teacher via distillation",
                // near misses
                "installation attack",
                "distribution attack on the mirror",
                "distillation attach the logs please",
                "distillation attached below",
                "distillationattack",
                "distil attack",
                "model extraction is a research area",
                "open source weightlifting club",
                // exception
                "the so-called distillation attack is just scraping",
                "so called distillation attacks, again");
    }

    @ParameterizedTest
    @MethodSource("positives")
    void finds_the_phrase_and_points_at_it(String text, String expected) {
        // GIVEN a chat line that uses a watched phrase
        // WHEN it is scanned
        List<Hit> hits = detector.detect(text, Markup.PLAIN);
        // THEN exactly one hit points at the phrase itself, not at the markup around it
        assertThat(hits).hasSize(1);
        Hit hit = hits.get(0);
        assertThat(hit.matched()).isEqualTo(expected);
        assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.matched());
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void is_not_fooled(String text) {
        // GIVEN code, URLs, identifiers, separated words or a near miss
        // WHEN scanned in every dialect
        // THEN nothing is found
        for (Markup markup : Dialects.EVERY) {
            assertThat(detector.detect(text, markup)).as("%s in %s", text, markup).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("positives")
    void positives_hold_in_every_dialect(String text, String expected) {
        for (Markup markup : Dialects.EVERY) {
            assertThat(detector.detect(text, markup)).as("%s in %s", text, markup)
                    .extracting(Hit::matched).containsExactly(expected);
        }
    }

    @Test
    void reports_rule_term_and_span() {
        String text = "did you see the distillation attack on the API?";
        assertThat(detector.detect(text, Markup.PLAIN)).containsExactly(
                new Hit("distillation-attack", "distillation-attack", 16, 35, "distillation attack"));
    }

    @Test
    void reports_several_hits_in_text_order() {
        // GIVEN two phrases of two rules and a repeated phrase in one message
        String text = "model extraction attacks and distillation attacks, then another distillation attack";
        // WHEN scanned
        List<Hit> hits = detector.detect(text, Markup.PLAIN);
        // THEN every place is reported once, in order, with its own rule
        assertThat(hits).extracting(Hit::ruleId, Hit::termId, Hit::matched).containsExactly(
                tuple("model-extraction", "api-abuse", "model extraction attacks"),
                tuple("distillation-attack", "distillation-attack", "distillation attacks"),
                tuple("distillation-attack", "distillation-attack", "distillation attack"));
        assertThat(hits).isSortedAccordingTo(Comparator.comparingInt(Hit::start));
    }

    @Test
    void an_exception_cancels_only_the_hit_it_covers() {
        String text = "the so-called distillation attacks are not the same as a distillation attack";
        List<Hit> hits = detector.detect(text, Markup.PLAIN);
        assertThat(hits).extracting(Hit::start).containsExactly(text.lastIndexOf("distillation attack"));
    }

    @Test
    void overlapping_phrases_give_one_hit() {
        // "distillation-style attack" also contains "distillation" and "attack" with a word between
        assertThat(detector.detect("a distillation-style attack and distillation attack", Markup.PLAIN))
                .extracting(Hit::matched).containsExactly("distillation-style attack", "distillation attack");
    }

    @Test
    void slack_links_keep_their_label_and_lose_their_target() {
        String text = "<https://example.com/distillation-attack|distillation attack> says it all";
        assertThat(detector.detect(text, Dialects.SLACK))
                .singleElement().satisfies(hit -> assertThat(hit.start()).isEqualTo(text.indexOf('|') + 1));
    }

    @Test
    void slack_mentions_and_channels_are_not_prose() {
        assertThat(detector.detect("<@U024BE7LH|distillation> attack", Dialects.SLACK)).isEmpty();
        assertThat(detector.detect("<#C0123|distillation-attack> is the place", Dialects.SLACK)).isEmpty();
        assertThat(detector.detect("<!here> <@U024BE7LH> distillation attack again", Dialects.SLACK))
                .extracting(Hit::matched).containsExactly("distillation attack");
    }

    @Test
    void discord_spoilers_mentions_and_emoji() {
        assertThat(detector.detect("||distillation attack||", Dialects.DISCORD))
                .extracting(Hit::start, Hit::end).containsExactly(tuple(2, 21));
        assertThat(detector.detect("<@!80351110224678912> distillation attack", Dialects.DISCORD))
                .extracting(Hit::start).containsExactly(22);
        assertThat(detector.detect("<:distillation:1234567890> attack", Dialects.DISCORD)).isEmpty();
    }

    @Test
    void knows_nothing_about_authors_the_policy_does() {
        // a line a bot would post still contains the phrase; whether to reply is the policy's call
        assertThat(detector.detect("[bot] I posted a note about the distillation attack term", Markup.PLAIN))
                .extracting(Hit::matched).containsExactly("distillation attack");
    }

    @Test
    void empty_and_null_input_give_no_hits() {
        assertThat(detector.detect("", Markup.PLAIN)).isEmpty();
        assertThat(detector.detect(null, Markup.PLAIN)).isEmpty();
        assertThat(detector.detect("distillation attack", null)).hasSize(1);
    }

    @Test
    void a_derived_word_hits_only_when_a_rule_lists_it() {
        // GIVEN the test rules, which do not list "distillation attacker"
        assertThat(detector.detect("the distillation attackers were never named", Markup.PLAIN)).isEmpty();
        // WHEN a rule lists it THEN it is found, inflected like any phrase
        MisuseRule withAttacker = new MisuseRule("distillation-attack", "distillation-attack",
                List.of("distillation attack", "distillation attacker"), List.of(), "", List.of());
        PhraseDetector wider = PhraseDetector.build(List.of(withAttacker), TestRules.inflections());
        assertThat(wider.detect("the distillation attackers were never named", Markup.PLAIN))
                .extracting(Hit::matched).containsExactly("distillation attackers");
    }

    @Test
    void rebuilding_from_the_same_rules_gives_the_same_answers() {
        PhraseDetector rebuilt = PhraseDetector.build(TestRules.ALL, TestRules.inflections());
        String text = "model extraction attacks, **distillation attаcks** and `distillation attack`";
        assertThat(rebuilt.detect(text, Markup.PLAIN)).isEqualTo(detector.detect(text, Markup.PLAIN)).hasSize(2);
    }

    @Test
    void works_without_inflections_too() {
        PhraseDetector exact = PhraseDetector.build(TestRules.ALL, Inflections.NONE);
        assertThat(exact.detect("a distillation attack", Markup.PLAIN)).hasSize(1);
        assertThat(exact.detect("two distillation attacks", Markup.PLAIN))
                .as("a one-edit typo of attack, not an inflection").hasSize(1);
        assertThat(exact.detect("two distillation attacking", Markup.PLAIN)).isEmpty();
    }

    @Test
    void rejects_a_phrase_without_words() {
        MisuseRule empty = new MisuseRule("empty", "x", List.of("  -- "), List.of(), "", List.of());
        assertThatThrownBy(() -> PhraseDetector.build(List.of(empty), Inflections.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void the_dialect_s_facts_decide_what_is_prose() {
        for (Markup markup : Dialects.EVERY) {
            assertThat(detector.detect("<distillation-attack|the thread>", markup)).as("%s", markup)
                    .hasSize(markup.angleBracketLinks() ? 0 : 1);
            assertThat(detector.detect("~~~\ndistillation attack\n~~~", markup)).as("%s", markup)
                    .hasSize(markup.fencedBlocks() ? 0 : 1);
        }
    }

    @Test
    void a_detector_without_rules_finds_nothing() {
        PhraseDetector none = PhraseDetector.build(List.of(), Inflections.NONE);
        for (Markup markup : Dialects.EVERY) {
            assertThat(none.detect("distillation attack", markup)).as("%s", markup).isEmpty();
        }
    }
}
