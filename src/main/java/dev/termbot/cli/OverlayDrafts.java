package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import dev.termbot.core.EntryDrafts;
import dev.termbot.core.SuggestedEntry;
import dev.termbot.glossary.GlossaryOverlay;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The core's {@link EntryDrafts} with the glossary package: a suggestion is written as an entry of
 * the glossary file and validated on top of the file as it is now and the overlay entries in force,
 * by the file's own checks; an approval reloads the holder, which merges the overlay again.
 * Thread-safe (the holder is).
 */
final class OverlayDrafts implements EntryDrafts {
    private final KnowledgeHolder holder;

    OverlayDrafts(KnowledgeHolder holder) {
        this.holder = holder;
    }

    @Override
    public Draft draft(SuggestedEntry suggested, LocalDate reviewed) {
        GlossaryOverlay.Entry entry = GlossaryOverlay.entry(suggested, reviewed);
        if (entry.id().isEmpty()) {
            return new Draft("", entry.yaml(), Optional.of("the term needs at least one letter from a to z or a digit,"
                    + " since its id is made from them"));
        }
        try {
            String file = holder.source().text();
            return new Draft(entry.id(), entry.yaml(),
                    GlossaryOverlay.problemWith(file, holder.source().fileName(), holder.overlayEntries(), entry.yaml()));
        } catch (ConfigException e) {
            return new Draft(entry.id(), entry.yaml(), Optional.of("the glossary file cannot be read right now ("
                    + e.problem() + "); try again after it is fixed"));
        }
    }

    @Override
    public void refresh() {
        holder.reload();
    }
}
