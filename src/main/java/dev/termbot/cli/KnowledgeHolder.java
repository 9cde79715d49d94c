package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import dev.termbot.core.Knowledge;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryOverlay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Holds the glossary snapshot the bot runs on and swaps it whole on reload, so that no message is
 * ever checked against half a glossary: a reader gets either the old snapshot or the new one.
 * Thread-safe.
 */
final class KnowledgeHolder implements Supplier<Knowledge> {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeHolder.class);

    private final KnowledgeFactory factory;
    private final GlossaryOption source;
    private final AtomicReference<Loaded> current;
    /** The overlay of approved suggestions (entry YAML, approval order) and its fingerprint; none until {@link #mergeOverlay}. */
    private volatile Supplier<List<String>> overlay = List::of;
    private volatile Supplier<String> overlayVersion = () -> "";
    private volatile String mergedVersion = "";

    /**
     * A snapshot with the glossary it was built from (reports need the plain lists) and the overlay
     * entries merged into it.
     */
    record Loaded(Glossary glossary, Knowledge knowledge, List<String> overlayEntries) {
        Loaded(Glossary glossary, Knowledge knowledge) {
            this(glossary, knowledge, List.of());
        }
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

    /** The overlay entries merged into the snapshot in force. */
    List<String> overlayEntries() {
        return current.get().overlayEntries();
    }

    /**
     * From now on every reload merges the overlay of approved suggestions over the file (see
     * {@link GlossaryOverlay}: the file wins); merges it in now.
     */
    void mergeOverlay(Supplier<List<String>> entries, Supplier<String> version) {
        this.overlay = entries;
        this.overlayVersion = version;
        String now = version.get();
        if (entries.get().isEmpty()) {
            mergedVersion = now; // nothing to merge: the snapshot read at start stands (no second build)
            return;
        }
        reload().ifPresent(e -> LOG.error("glossary not reloaded with the overlay: {}", e.getMessage()));
    }

    /** Reloads when another process (or this one) changed the overlay since the last merge; true when it did. */
    boolean reloadIfOverlayChanged() {
        String now;
        try {
            now = overlayVersion.get();
        } catch (RuntimeException e) {
            // the database is away for a moment: keep the glossary in force and look again next time
            LOG.warn("cannot read the glossary overlay: {}", e.getMessage());
            return false;
        }
        if (now.equals(mergedVersion)) {
            return false;
        }
        reload().ifPresent(e -> LOG.error("glossary not reloaded with the overlay: {}", e.getMessage()));
        return true;
    }

    /**
     * Reads the glossary again and merges the overlay over it; a valid file replaces the snapshot
     * atomically, an invalid one is rejected and the last good snapshot stays.
     *
     * @return the located error when the new file was rejected
     */
    synchronized Optional<ConfigException> reload() {
        try {
            String version;
            List<String> entries;
            try {
                version = overlayVersion.get();
                entries = overlay.get();
            } catch (RuntimeException e) {
                // the database is away: a file edit still applies, over the overlay entries merged last time
                LOG.warn("cannot read the glossary overlay, merging the last one read: {}", e.getMessage());
                version = "";
                entries = current.get().overlayEntries();
            }
            if (entries.isEmpty()) {
                Glossary glossary = source.load();
                current.set(new Loaded(glossary, factory.build(glossary)));
            } else {
                GlossaryOverlay.Merged merged = source.loadMerged(entries);
                merged.skipped().forEach(skipped -> LOG.warn("an approved glossary entry is left out, the file wins: {}",
                        skipped.problem()));
                current.set(new Loaded(merged.glossary(), factory.build(merged.glossary()), merged.entries()));
            }
            mergedVersion = version;
            return Optional.empty();
        } catch (ConfigException e) {
            return Optional.of(e);
        }
    }
}
