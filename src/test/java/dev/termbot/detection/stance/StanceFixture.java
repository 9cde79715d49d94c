package dev.termbot.detection.stance;

import dev.termbot.core.Hit;
import dev.termbot.core.Knowledge;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Stance;
import dev.termbot.testing.ShippedKnowledge;

import java.util.List;

/**
 * Short names for the stance tests: the shipped glossary's rule, analyzer and knowledge
 * ({@link ShippedKnowledge}), and the stances of a message's hits.
 */
final class StanceFixture {
    static final MisuseRule RULE = ShippedKnowledge.RULE;
    static final StanceAnalyzer ANALYZER = ShippedKnowledge.ANALYZER;
    static final Knowledge KNOWLEDGE = ShippedKnowledge.KNOWLEDGE;

    private StanceFixture() {
    }

    /** The stances of every hit of a plain-text message, in order. */
    static List<Stance> stances(String text) {
        return stances(text, Markup.PLAIN);
    }

    static List<Stance> stances(String text, Markup markup) {
        return KNOWLEDGE.judgedHits(text, markup).stream().map(Hit::stance).toList();
    }
}
