package dev.termbot.testing;

import dev.termbot.core.Knowledge;
import dev.termbot.core.MisuseRule;
import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.detection.stance.StanceAnalyzer;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import dev.termbot.glossary.GlossaryLookup;

/**
 * The shipped glossary with the real detector, lookup and stance analysis, built once per test JVM
 * (loading the OpenNLP models is the slow part): for tests of what users get, not of one class.
 */
public final class ShippedKnowledge {
    public static final Glossary GLOSSARY = GlossaryFile.loadDefault();
    public static final MisuseRule RULE = GLOSSARY.rules().get(0);
    public static final StanceAnalyzer ANALYZER = StanceAnalyzer.forRules(GLOSSARY.rules());
    public static final Knowledge KNOWLEDGE = new Knowledge(GLOSSARY.terms(), GLOSSARY.rules(),
            PhraseDetector.build(GLOSSARY.rules(), OpenNlpInflections.fromClasspath()),
            new GlossaryLookup(GLOSSARY.terms()), ANALYZER);

    private ShippedKnowledge() {
    }
}
