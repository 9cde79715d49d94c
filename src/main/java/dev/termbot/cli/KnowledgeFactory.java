package dev.termbot.cli;

import dev.termbot.core.Detector;
import dev.termbot.core.Knowledge;
import dev.termbot.detection.Inflections;
import dev.termbot.detection.OpenNlpInflections;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.detection.stance.StanceAnalyzer;
import dev.termbot.detection.RememberedInflections;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryLookup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a loaded glossary into the snapshot the core runs on: the detector for its rules and the
 * lookup for its terms. The OpenNLP models are loaded once per process and reused by reloads.
 */
final class KnowledgeFactory {
    private final Inflections inflections;
    private final Optional<RememberedInflections> remembered;

    KnowledgeFactory(Inflections inflections) {
        this(inflections, Optional.empty());
    }

    private KnowledgeFactory(Inflections inflections, Optional<RememberedInflections> remembered) {
        this.inflections = inflections;
        this.remembered = remembered;
    }

    /** Loads the English OpenNLP models from the classpath (the slowest part of a start). */
    static KnowledgeFactory withOpenNlp() {
        return new KnowledgeFactory(OpenNlpInflections.fromClasspath());
    }

    /**
     * Inflections remembered in {@code file} from earlier starts, the OpenNLP models loaded only for
     * what is not there. When the file holds nothing usable the models surely are needed, so their
     * loading starts at once, on a thread of its own, beside the rest of the start.
     */
    static KnowledgeFactory remembering(Path file) {
        CompletableFuture<Inflections> models = new CompletableFuture<>();
        AtomicBoolean started = new AtomicBoolean();
        Runnable loadOnce = () -> {
            if (started.compareAndSet(false, true)) {
                Assembly.startDaemon(() -> {
                    try {
                        models.complete(OpenNlpInflections.fromClasspath());
                    } catch (RuntimeException | Error e) {
                        models.completeExceptionally(e);
                    }
                }, "termbot-start-models");
            }
        };
        RememberedInflections remembered = RememberedInflections.open(file, () -> {
            loadOnce.run();
            return models.join();
        });
        if (!remembered.remembersAnything()) {
            loadOnce.run();
        }
        return new KnowledgeFactory(remembered, Optional.of(remembered));
    }

    /** Where {@link #remembering} keeps its file: beside the database. */
    static Path rememberedInflectionsBeside(Path database) {
        return database.toAbsolutePath().resolveSibling("inflections.txt");
    }

    Knowledge build(Glossary glossary) {
        Knowledge knowledge = new Knowledge(glossary.terms(), glossary.rules(), detector(glossary),
                new GlossaryLookup(glossary.terms()), StanceAnalyzer.forRules(glossary.rules()));
        remembered.ifPresent(RememberedInflections::save);
        return knowledge;
    }

    /** The detector alone, for commands that never look terms up ({@code scan}). */
    Detector detector(Glossary glossary) {
        return PhraseDetector.build(glossary.rules(), inflections);
    }
}
