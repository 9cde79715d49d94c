package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import dev.termbot.core.Knowledge;
import dev.termbot.glossary.Glossary;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Holds the glossary snapshot the bot runs on and swaps it whole on reload, so that no message is
 * ever checked against half a glossary: a reader gets either the old snapshot or the new one.
 * Thread-safe.
 */
final class KnowledgeHolder implements Supplier<Knowledge> {
    private final KnowledgeFactory factory;
    private final GlossaryOption source;
    private final AtomicReference<Loaded> current;

    /** A snapshot with the glossary it was built from (reports need the plain lists). */
    record Loaded(Glossary glossary, Knowledge knowledge) {
    }

    private KnowledgeHolder(KnowledgeFactory factory, GlossaryOption source, Loaded first) {
        this.factory = factory;
        this.source = source;
        this.current = new AtomicReference<>(first);
    }

    /** Loads the glossary once; a broken file fails the start with its located error. */
    static KnowledgeHolder load(KnowledgeFactory factory, GlossaryOption source) throws ConfigException {
        return of(factory, source, source.load());
    }

    /** The holder for {@code glossary}, already read from {@code source}. */
    static KnowledgeHolder of(KnowledgeFactory factory, GlossaryOption source, Glossary glossary) {
        return new KnowledgeHolder(factory, source, new Loaded(glossary, factory.build(glossary)));
    }

    @Override
    public Knowledge get() {
        return current.get().knowledge();
    }

    Glossary glossary() {
        return current.get().glossary();
    }

    GlossaryOption source() {
        return source;
    }

    /**
     * Reads the glossary again; a valid file replaces the snapshot atomically, an invalid one is
     * rejected and the last good snapshot stays.
     *
     * @return the located error when the new file was rejected
     */
    Optional<ConfigException> reload() {
        try {
            Glossary glossary = source.load();
            current.set(new Loaded(glossary, factory.build(glossary)));
            return Optional.empty();
        } catch (ConfigException e) {
            return Optional.of(e);
        }
    }
}
