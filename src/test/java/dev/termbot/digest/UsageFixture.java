package dev.termbot.digest;

import dev.termbot.core.EventKind;
import dev.termbot.core.Link;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Stance;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Term;
import dev.termbot.core.UsageEvent;
import dev.termbot.core.Where;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes known usage into a real SQLite file through the real usage log, for digest tests. */
final class UsageFixture {
    static final Where GENERAL = new Where("slack", "T1", "C-general", "");
    static final Where RESEARCH = new Where("discord", "G1", "C-research", "");

    private final List<UsageEvent> events = new ArrayList<>();

    UsageFixture hits(Instant at, Where where, String rule, String term, int count) {
        return hits(at, where, rule, term, count, Stance.USE);
    }

    UsageFixture hits(Instant at, Where where, String rule, String term, int count, Stance stance) {
        for (int i = 0; i < count; i++) {
            events.add(new UsageEvent(at, where, "U" + i, EventKind.HIT, null, rule, term, "", false, -1, stance.key()));
        }
        return this;
    }

    UsageFixture replies(Instant at, Where where, String rule, String term, int count) {
        for (int i = 0; i < count; i++) {
            events.add(new UsageEvent(at, where, "U" + i, EventKind.REPLIED, null, rule, term, "", false, 250));
        }
        return this;
    }

    UsageFixture suppressed(Instant at, SuppressionReason reason, int count) {
        for (int i = 0; i < count; i++) {
            events.add(new UsageEvent(at, GENERAL, "U" + i, EventKind.SUPPRESSED, reason, "distillation-attack", "distillation",
                    "", false, -1));
        }
        return this;
    }

    UsageFixture defines(Instant at, String query, String foundTerm, int count) {
        for (int i = 0; i < count; i++) {
            events.add(new UsageEvent(at, GENERAL, "U" + i, EventKind.DEFINE, null, "", foundTerm == null ? "" : foundTerm,
                    query, foundTerm != null, -1));
        }
        return this;
    }

    /** Stores everything through the real usage log and returns storage reopened on the same file. */
    Storage store(Path file, Clock clock) {
        try (Storage writing = Storage.open(file, clock, StorageOptions.defaults())) {
            events.forEach(writing.usageLog()::record);
        }
        return Storage.open(file, clock, StorageOptions.defaults());
    }

    static Term term(String id, LocalDate reviewed) {
        return new Term(id, id, List.of(), "definition", "note", List.of(new Link("source", "https://example.org/" + id)),
                List.of(), reviewed);
    }

    static MisuseRule rule(String id, String termId) {
        return new MisuseRule(id, termId, List.of(id.replace('-', ' ')), List.of(), "reply", List.of());
    }
}
