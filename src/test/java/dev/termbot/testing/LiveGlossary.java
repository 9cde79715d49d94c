package dev.termbot.testing;

import dev.termbot.core.ConfigException;
import dev.termbot.core.EntryDrafts;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.InMemorySuggestionStore;
import dev.termbot.core.Knowledge;
import dev.termbot.core.OverlayEntry;
import dev.termbot.core.SuggestedEntry;
import dev.termbot.core.SuggestionStore;
import dev.termbot.glossary.Glossary;
import dev.termbot.glossary.GlossaryFile;
import dev.termbot.glossary.GlossaryLookup;
import dev.termbot.glossary.GlossaryOverlay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The shipped glossary with the overlay of approved suggestions merged in, swapped whole after each
 * approval: what {@code run} wires (the cli's holder and drafts), rebuilt from the public glossary
 * API for the platform tests, with the real lookup and validation and the cheap regex detector.
 * Thread-safe.
 */
public final class LiveGlossary implements Supplier<Knowledge>, EntryDrafts {
    private static final String TEXT = GlossaryFile.defaultText();

    private final SuggestionStore store;
    private final AtomicReference<GlossaryOverlay.Merged> merged = new AtomicReference<>();
    private final AtomicReference<Knowledge> knowledge = new AtomicReference<>();

    public LiveGlossary(SuggestionStore store) {
        this.store = store;
        refresh();
    }

    public LiveGlossary() {
        this(new InMemorySuggestionStore());
    }

    /** Suggestions decided into this glossary. */
    public GlossarySuggestions suggestions(Clock clock) {
        return new GlossarySuggestions(store, this, clock);
    }

    public SuggestionStore store() {
        return store;
    }

    @Override
    public Knowledge get() {
        return knowledge.get();
    }

    @Override
    public Draft draft(SuggestedEntry entry, LocalDate reviewed) {
        GlossaryOverlay.Entry written = GlossaryOverlay.entry(entry, reviewed);
        return new Draft(written.id(), written.yaml(),
                GlossaryOverlay.problemWith(TEXT, GlossaryFile.DEFAULT_RESOURCE, merged.get().entries(), written.yaml()));
    }

    @Override
    public synchronized void refresh() {
        try {
            GlossaryOverlay.Merged now = GlossaryOverlay.merge(TEXT, GlossaryFile.DEFAULT_RESOURCE,
                    store.overlay().stream().map(OverlayEntry::entryYaml).toList());
            Glossary glossary = now.glossary();
            merged.set(now);
            knowledge.set(new Knowledge(glossary.terms(), glossary.rules(), RegexDetector.distillationAttack(),
                    new GlossaryLookup(glossary.terms())));
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many entries the shipped glossary has, for list assertions. */
    public static int shippedTerms() {
        return GlossaryFile.loadDefault().terms().size();
    }

    public List<String> overlayEntries() {
        return merged.get().entries();
    }
}
