package dev.termbot.detection.stance;

import dev.termbot.core.Hit;
import dev.termbot.core.Knowledge;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Stance;
import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;

import java.util.List;

/**
 * The shipped glossary with the real detector and the real stance analysis, built once for all
 * stance tests (loading the OpenNLP models is the slow part).
 */
final class StanceFixture {
    static final Glossary GLOSSARY = GlossaryFile.loadDefault();
    static final MisuseRule RULE = GLOSSARY.rules().get(0);
    static final StanceAnalyzer ANALYZER = StanceAnalyzer.forRules(GLOSSARY.rules());
    static final Knowledge KNOWLEDGE = new Knowledge(GLOSSARY.terms(), GLOSSARY.rules(),
            PhraseDetector.build(GLOSSARY.rules(), OpenNlpInflections.fromClasspath()), query -> null, ANALYZER);

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
