package dev.termbot.detection.stance;

import dev.termbot.testing.Dialects;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.core.Stance;
import dev.termbot.testing.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever surrounds a hit, stance analysis never throws, never adds, drops or moves a hit, and
 * only ever sets its stance; and the cheap screen never lets a dispute through unexamined.
 */
class StanceAnalyzerProperties {
    private static final List<String> FRAGMENTS = List.of("distillation attack", " ", "\"", "\u201C", "\u201D", "'", "~",
            "~~", "> ", "&gt; ", "\n", ">>> ", "so-called ", "calling it ", " is wrong", "not a ", ", it's API abuse",
            "the term ", "?", ".", "stop saying ", "lol", "\uD83D\uDE44", "*", "_", "no", "why ", "what they call ",
            " is just ", "\u200B", "\uD800", "-", "::", "(", ")", "`", "is ", "a ", "misnomer", "I wouldn't call it ", "would anyone call this ");

    private static Gen<String> chat() {
        return Theories.soup(FRAGMENTS, 0, 24);
    }

    @Test
    void neverThrowsAndKeepsEveryHitWhereItWas() {
        Theories.tries(400).forAll(chat(), Dialects.any()).checkAssert((text, markup) -> {
            List<Hit> found = StanceFixture.KNOWLEDGE.detector().detect(text, markup);
            List<Hit> judged = StanceFixture.ANALYZER.judge(text, markup, found);
            assertEquals(found.size(), judged.size());
            for (int i = 0; i < found.size(); i++) {
                assertEquals(found.get(i).withStance(Stance.USE), judged.get(i).withStance(Stance.USE), "only the stance may change");
            }
        });
    }

    @Test
    void neverThrowsOnAnyTextAroundAHit() {
        Theories.tries(300).forAll(Theories.anyText(120), Theories.anyText(120)).checkAssert((before, after) -> {
            String text = before + "distillation attack" + after;
            Hit hit = new Hit(StanceFixture.RULE.id(), StanceFixture.RULE.termId(), before.length(),
                    before.length() + "distillation attack".length(), "distillation attack");
            List<Hit> judged = StanceFixture.ANALYZER.judge(text, Markup.PLAIN, List.of(hit));
            assertEquals(1, judged.size());
            assertEquals(hit.start(), judged.get(0).start());
            assertEquals(hit.end(), judged.get(0).end());
        });
    }

    @Test
    void whatTheScreenLetsPassUnexaminedIsAUse() {
        DisputeScreen screen = DisputeScreen.of(StanceFixture.RULE.cues());
        Theories.tries(400).forAll(chat()).checkAssert(text -> {
            for (Hit hit : StanceFixture.KNOWLEDGE.detector().detect(text, Markup.PLAIN)) {
                if (!screen.mightDispute(text, hit)) {
                    assertTrue(StanceAnalyzer.decide(StanceFixture.ANALYZER.evidence(text, Markup.PLAIN, hit)) == Stance.USE,
                            "the screen stopped a dispute: " + text);
                }
            }
        });
    }
}
