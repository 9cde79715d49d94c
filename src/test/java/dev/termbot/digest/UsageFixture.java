package dev.termbot.digest;

import dev.termbot.core.ChannelName;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
    /** Rows of the tables other parts of termbot write (feedback, suggestions), in plain SQL. */
    private final List<String> statements = new ArrayList<>();
    private final List<ChannelName> channelNames = new ArrayList<>();

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

    /** {@code count} people vote {@code vote} ("helpful" or "not_needed") on one note of the rule. */
    UsageFixture votes(Instant at, String rule, String note, String vote, int count) {
        for (int i = 0; i < count; i++) {
            statements.add("INSERT INTO note_feedback (platform, workspace, channel, note_ref, rule_id, user_hash, vote, voted_at)"
                    + " VALUES ('slack', 'T1', 'C-general', '" + note + "', '" + rule + "', 'hash" + i + "', '" + vote + "', "
                    + at.toEpochMilli() + ")");
        }
        return this;
    }

    /** A note of the rule removed by the person it answered. */
    UsageFixture removal(Instant at, String rule, String note) {
        statements.add("INSERT INTO note_removals (platform, workspace, channel, note_ref, rule_id, user_hash, removed_by, removed_at)"
                + " VALUES ('slack', 'T1', 'C-general', '" + note + "', '" + rule + "', 'hash-author', 'author', " + at.toEpochMilli() + ")");
        return this;
    }

    /** A glossary suggestion made at {@code suggestedAt}; {@code decidedAt} null while pending. */
    UsageFixture suggestion(String status, Instant suggestedAt, Instant decidedAt) {
        statements.add("INSERT INTO glossary_suggestions (platform, workspace, term, definition, suggested_by, suggested_at,"
                + " status, decided_by, decided_at) VALUES ('discord', 'G1', 'grokking', 'Late generalisation.', 'hash-member', "
                + suggestedAt.toEpochMilli() + ", '" + status + "', "
                + (decidedAt == null ? "NULL, NULL" : "'hash-moderator', " + decidedAt.toEpochMilli()) + ")");
        return this;
    }

    UsageFixture channelName(Where where, String name, Instant seenAt) {
        channelNames.add(new ChannelName(where.platform(), where.workspace(), where.channel(), name, seenAt));
        return this;
    }

    /** Stores everything through the real usage log (and plain SQL) and returns storage reopened on the same file. */
    Storage store(Path file, Clock clock) {
        try (Storage writing = Storage.open(file, clock, StorageOptions.defaults())) {
            events.forEach(writing.usageLog()::record);
            channelNames.forEach(writing.channelNames()::remember);
            try (Connection connection = writing.database().connect(); Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return Storage.open(file, clock, StorageOptions.defaults());
    }

    static Term term(String id, LocalDate reviewed) {
        return term(id, id, reviewed);
    }

    static Term term(String id, String display, LocalDate reviewed) {
        return new Term(id, display, List.of(), "definition", "note", List.of(new Link("source", "https://example.org/" + id)),
                List.of(), reviewed);
    }

    static MisuseRule rule(String id, String termId) {
        return new MisuseRule(id, termId, List.of(id.replace('-', ' ')), List.of(), "reply", List.of());
    }
}
