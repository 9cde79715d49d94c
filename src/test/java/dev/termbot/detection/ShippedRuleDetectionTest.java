package dev.termbot.detection;

import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped glossary's distillation-attack rule, built with the real OpenNLP inflections, over
 * chat lines of the kind communities actually write. These are the lines that decide whether the
 * bot is useful (it finds the contested phrase however it is typed) and whether it is tolerable
 * (it stays quiet about everything else).
 */
class ShippedRuleDetectionTest {
    private static PhraseDetector detector;

    @BeforeAll
    static void build() throws Exception {
        Glossary glossary = GlossaryFile.load(Path.of("config", "glossary.yaml"));
        detector = PhraseDetector.build(glossary.rules(), OpenNlpInflections.fromClasspath());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "wait, so the distillation attack was just people scraping outputs through fake accounts?",
            "Distillation attacks are the new buzzword in policy circles",
            "DISTILLATION ATTACK!!! read the thread",
            "anyone have a good explainer on distillation-attacks?",
            "they're calling it a distillation\u2013attack in the hearing",
            "the 'distillation\u2014attack' narrative",
            "a 'distillation \u2014 attack', as the senator put it",
            "I think the distillation\n attack framing is misleading",
            "was that a   distillation    attack or normal API use",
            "**distillation attack** is trending",
            "_distillation attack_ again",
            "~~distillation attack~~ API abuse",
            "||distillation attack|| spoiler: it was jailbreaking",
            "> distillation attacks are theft\nhmm, not sure about that",
            "# Distillation attacks explained",
            "lol the distilation attack discourse",
            "distillation atack is a weird phrase",
            "the distillaiton attack thing",
            "another distillation attck headline",
            "distill\u0430tion attack (with a cyrillic a)",
            "d\u0456stillation attack with a cyrillic i",
            "distil\u200Blation attack hidden zero-width space",
            "distil\u00ADlation attack with a soft hyphen",
            "di\u0301stillation attack with a combining accent",
            "\uFF44\uFF49\uFF53\uFF54\uFF49\uFF4C\uFF4C\uFF41\uFF54\uFF49\uFF4F\uFF4E attack in fullwidth letters",
            "was it a distillation-style attack?",
            "a distillation-based attack on the API",
            "who was the distillation attacker here",
            // issue 11: hashtags, marks after the word, zero-width joins, the shipped word orders
            "#DistillationAttack is trending",
            "so tired of #distillationattacks",
            "#Distillation_Attack",
            "Distillation Attack\u2122 by a think tank",
            "a distillation\u200Battack",
            "these attacks by distillation are API abuse",
            "an attack via distillation, allegedly",
            "the distillation attackers used thousands of accounts",
            "see [distillation attacks](https://example.com/post) for background",
            "<https://example.com/x|distillation attack> (slack link label)",
    })
    void finds_the_phrase_however_it_is_written(String text) {
        List<Hit> hits = detector.detect(text, Markup.PLAIN);

        assertThat(hits).as(text).hasSize(1);
        Hit hit = hits.get(0);
        assertThat(hit.ruleId()).isEqualTo("distillation-attack");
        assertThat(hit.termId()).isEqualTo("distillation-attack");
        assertThat(hit.matched()).isEqualTo(text.substring(hit.start(), hit.end()));
        assertThat(hit.matched().toLowerCase()).doesNotStartWith("*").doesNotStartWith("_").doesNotStartWith(" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "distillation is how most small open models get good at math",
            "we distilled a 7B student from the 70B teacher last week",
            "knowledge distillation (Hinton et al.) is from 2015",
            "the installation attack surface of that npm package is huge",
            "a distribution attack on the package registry",
            "distillation, attack surfaces and rate limits are separate topics",
            "we covered distillation. Attack vectors come next week",
            "distillation helps; attacks hurt",
            "distillation: attack of the clones is a great movie",
            "- distillation\n- attack trees",
            "vacuum distillation before the attack on the fortress",
            "`distillation attack` is the string we grep for",
            "```\nif msg.contains(\"distillation attack\"):\n    flag()\n```",
            "https://example.com/blog/distillation-attack-explained",
            "see www.example.org/distillation-attack for the post",
            "[the article](https://example.com/distillation-attack)",
            "<https://example.com/distillation-attack|the article>",
            "open distillation_attack_v2.csv in the notebook",
            "the file /data/distillation-attack/samples.jsonl is empty",
            "distillation and then a separate attack",
            "the distillery attack in the novel",
    })
    void stays_quiet_about_everything_else(String text) {
        assertThat(detector.detect(text, Markup.PLAIN)).as(text).isEmpty();
    }
}
