package dev.termbot.detection.stance;

import dev.termbot.testing.Dialects;
import dev.termbot.core.Markup;
import dev.termbot.core.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.termbot.detection.stance.StanceFixture.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One table per cue family of the shipped glossary: messages whose writer disputes the term, and
 * near them the uses the same words must not turn into disputes. Each row is one message with one
 * hit; the family is the first column so a failure says which grammar broke.
 */
class StanceCueFamiliesTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            distancing    | the so-called distillation attack was a jailbreak
            distancing    | the So-Called Distillation Attack: a play in three acts
            distancing    | it's API abuse dressed up as a distillation attack
            distancing    | *air quotes* distillation attack *air quotes*
            term_nouns    | I hate the term distillation attack
            term_nouns    | the phrase 'distillation attack' keeps showing up in policy drafts
            term_nouns    | Distillation attack: the buzzword that ate AI policy twitter
            term_nouns    | the whole distillation attack discourse is FUD aimed at open-weight labs
            nonexistence  | there's no such thing as a distillation attack
            nonexistence  | distillation attack is not a thing. jailbreak is a thing.
            nonexistence  | distillation attack?? that's not a thing lol
            judgements    | distillation attack is a misnomer
            judgements    | "distillation attack" is a made-up category
            judgements    | Distillation attacks is a horrible term
            judgements    | can't believe distillation attack made it into the bill. it's a PR term, not a legal one
            naming        | calling it a distillation attack is wrong, it's ToS fraud
            naming        | why do we keep calling it a distillation attack?
            naming        | what the lab calls a distillation attack is a bunch of resold API keys
            naming        | Would anyone seriously call this a distillation attack?
            naming        | I wouldn't call it a distillation attack
            prohibitions  | stop saying distillation attack
            prohibitions  | can we retire "distillation attack" already
            prohibitions  | I object to calling it a "distillation attack" at all
            reframes      | distillation attacks are just API abuse
            reframes      | I keep seeing distillation attack in my feed, it's just API abuse
            better_names  | this isn't a distillation attack, it's ToS fraud
            better_names  | that's account fraud, not a distillation attack
            renamings     | distillation attack? call it what it is: API abuse
            sarcasm       | these "distillation attacks" lol
            sarcasm       | Oh no, not a distillation attack, the horror
            scare_quotes  | these "distillation attacks" are just API abuse
            scare_quotes  | They really went with "distillation attack" huh. Misleading, but catchy.
            """)
    void disputes(String family, String message) {
        assertEquals(List.of(Stance.DISPUTED), stances(message), family);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plain         | did you see the thread about the distillation attack on the API?
            question      | is this a distillation attack?
            question      | how is a distillation attack different from distillation?
            question      | what's a "distillation attack"?
            negation      | no distillation attack was found in the logs
            negation      | They said there's no distillation attack in the logs, so no need to escalate
            negation      | that wasn't a distillation attack, it was a misconfigured load test
            report        | the press release says we were hit by a distillation attack
            naming        | they call it a distillation attack
            judgements    | distillation attack is not a misnomer
            judgements    | I don't think distillation attack is a misnomer
            judgements    | My boss said 'distillation attack' is a misnomer. Not sure I agree.
            judgements    | distillation attacks are going to be the big policy fight of next year
            naming        | calling it a distillation attack is accurate
            title         | the paper "Distillation Attacks on LLM APIs" is worth a read
            prohibitions  | we need to stop distillation attacks before launch
            reframes      | distillation attacks are really dangerous for small labs
            judgements    | is "distillation attack" a misnomer?
            """)
    void uses(String kind, String message) {
        assertEquals(List.of(Stance.USE), stances(message), kind);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCORD_MARKDOWN | ~~distillation attack~~ API abuse
            SLACK_MRKDWN     | ~distillation attack~ API abuse
            PLAIN            | ~~distillation attack~~ API abuse
            DISCORD_MARKDOWN | > this is a distillation attack\\nno, it's account fraud
            SLACK_MRKDWN     | &gt; this is a distillation attack\\nnope, it's plain ToS fraud
            """)
    void markupDisputes(String dialect, String message) {
        assertEquals(List.of(Stance.DISPUTED), stances(message.replace("\\n", "\n"), Dialects.named(dialect)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCORD_MARKDOWN | > this is a distillation attack\\nexactly, we need better detection
            DISCORD_MARKDOWN | > was this a distillation attack?\\nnah, just an eval script stuck in a loop
            DISCORD_MARKDOWN | ~distillation attack~ is not a strikethrough on Discord
            """)
    void markupUses(String dialect, String message) {
        assertEquals(List.of(Stance.USE), stances(message.replace("\\n", "\n"), Dialects.named(dialect)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the distillation attack hit us in March. Calling it a "distillation attack" is wrong though. | USE,DISPUTED
            so-called distillation attack vs a real distillation attack | DISPUTED,USE
            """)
    void eachHitHasItsOwnStance(String message, String expected) {
        assertEquals(List.of(expected.split(",")).stream().map(Stance::valueOf).toList(), stances(message));
    }
}
