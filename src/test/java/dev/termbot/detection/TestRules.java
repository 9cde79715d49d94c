package dev.termbot.detection;

import dev.termbot.core.Link;
import dev.termbot.core.MisuseRule;

import java.util.List;

/**
 * A small rule set written for the detection tests (the real glossary is tested where it is
 * loaded), and one detector built from it with the real OpenNLP models, shared by all detection
 * test classes because loading the models takes a noticeable part of a second.
 */
final class TestRules {
    static final MisuseRule DISTILLATION_ATTACK = new MisuseRule("distillation-attack", "distillation-attack",
            List.of("distillation attack", "distillation-style attack"),
            List.of("so-called distillation attack"),
            "Distillation is a standard training technique; what is described is usually API abuse.",
            List.of(new Link("Distillation", "https://example.org/distillation")));
    static final MisuseRule MODEL_EXTRACTION = new MisuseRule("model-extraction", "api-abuse",
            List.of("model extraction attack"), List.of(),
            "Extracting a model through its API is API abuse.", List.of());
    static final MisuseRule OPEN_SOURCE_WEIGHTS = new MisuseRule("open-source-weights", "open-weight-model",
            List.of("open source weights"), List.of(),
            "Released weights without training code and data make an open-weight model.", List.of());
    static final List<MisuseRule> ALL = List.of(DISTILLATION_ATTACK, MODEL_EXTRACTION, OPEN_SOURCE_WEIGHTS);

    private TestRules() {
    }

    static OpenNlpInflections inflections() {
        return Shared.INFLECTIONS;
    }

    static PhraseDetector detector() {
        return Shared.DETECTOR;
    }

    private static final class Shared {
        static final OpenNlpInflections INFLECTIONS = OpenNlpInflections.fromClasspath();
        static final PhraseDetector DETECTOR = PhraseDetector.build(ALL, INFLECTIONS);
    }
}
