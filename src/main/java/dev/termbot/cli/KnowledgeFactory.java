package dev.termbot.cli;

import dev.termbot.core.Detector;
import dev.termbot.core.Knowledge;
import dev.termbot.detection.Inflections;
import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryLookup;

/**
 * Turns a loaded glossary into the snapshot the core runs on: the detector for its rules and the
 * lookup for its terms. The OpenNLP models are loaded once per process and reused by reloads.
 */
final class KnowledgeFactory {
    private final Inflections inflections;

    KnowledgeFactory(Inflections inflections) {
        this.inflections = inflections;
    }

    /** Loads the English OpenNLP models from the classpath (the only slow part of start-up). */
    static KnowledgeFactory withOpenNlp() {
        return new KnowledgeFactory(OpenNlpInflections.fromClasspath());
    }

    Knowledge build(Glossary glossary) {
        return new Knowledge(glossary.terms(), glossary.rules(), detector(glossary), new GlossaryLookup(glossary.terms()));
    }

    /** The detector alone, for commands that never look terms up ({@code scan}). */
    Detector detector(Glossary glossary) {
        return PhraseDetector.build(glossary.rules(), inflections);
    }
}
