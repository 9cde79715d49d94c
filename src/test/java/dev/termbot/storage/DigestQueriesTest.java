package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.ChannelName;
import dev.termbot.core.EventKind;
import dev.termbot.core.Stance;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.UsageEvent;
import dev.termbot.core.Where;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest's queries over feedback, suggestions, daily activity and channel names, on a real
 * SQLite file and a real PostgreSQL database: the same rows give the same counts on both. The
 * feedback and suggestion rows are written with plain SQL, as the tables' own writers would.
 */
class DigestQueriesTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant BEFORE = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-12-01T10:00:00Z");
    private static final Where GENERAL = new Where("slack", "T1", "C-general", "");
    private static final Where RANDOM = new Where("slack", "T1", "C-random", "");
    private static final String RULE = "distillation-attack";

    @TempDir
    Path dir;

    private Storage open(StoreKind kind) {
        return kind.open(dir, Clock.fixed(AFTER, ZoneOffset.UTC), StorageOptions.fromEnvironment(Map.of()));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void notes_suppressed_hits_and_disputed_mentions_are_counted_in_the_range(StoreKind kind) {
        try (Storage storage = open(kind)) {
            for (int i = 0; i < 3; i++) {
                storage.usageLog().record(event(TUESDAY, EventKind.REPLIED, null, ""));
            }
            storage.usageLog().record(event(TUESDAY, EventKind.SUPPRESSED, SuppressionReason.COOLDOWN, ""));
            storage.usageLog().record(event(TUESDAY, EventKind.SUPPRESSED, SuppressionReason.MUTED, ""));
            // a duplicate delivery is no suppression people notice
            storage.usageLog().record(event(TUESDAY, EventKind.SUPPRESSED, SuppressionReason.DUPLICATE, ""));
            storage.usageLog().record(event(TUESDAY, EventKind.HIT, null, Stance.DISPUTED.key()));
            storage.usageLog().record(event(TUESDAY, EventKind.HIT, null, Stance.USE.key()));
            storage.usageLog().record(event(BEFORE, EventKind.REPLIED, null, ""));
            storage.usageLog().record(event(BEFORE, EventKind.HIT, null, Stance.DISPUTED.key()));
        }
        try (Storage storage = open(kind)) {
            assertThat(storage.usageQueries().activity(MONDAY, NEXT_MONDAY)).isEqualTo(new ActivityCounts(3, 2, 1));
            assertThat(storage.usageQueries().activity(AFTER, AFTER.plusSeconds(60))).isEqualTo(ActivityCounts.NONE);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void votes_and_removals_are_counted_per_rule_in_the_week_they_were_cast(StoreKind kind) throws SQLException {
        try (Storage storage = open(kind)) {
            execute(storage,
                    vote("n1", "h1", "helpful", TUESDAY), vote("n1", "h2", "helpful", TUESDAY), vote("n2", "h1", "not_needed", TUESDAY),
                    vote("n3", "h3", "helpful", BEFORE), vote("n3", "h4", "not_needed", AFTER),
                    "INSERT INTO note_feedback VALUES ('slack', 'T1', 'C-general', 'n9', 'open-source-model', 'h1', 'helpful', "
                            + TUESDAY.toEpochMilli() + ")",
                    removal("n2", TUESDAY), removal("n4", TUESDAY), removal("n5", BEFORE));

            assertThat(storage.usageQueries().feedback(MONDAY, NEXT_MONDAY)).containsExactly(
                    new NoteFeedback(RULE, 2, 1, 2), new NoteFeedback("open-source-model", 1, 0, 0));
            assertThat(storage.usageQueries().feedback(AFTER, AFTER.plusSeconds(60))).containsExactly(new NoteFeedback(RULE, 0, 1, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void suggestions_pending_at_the_end_of_the_range_and_decided_in_it(StoreKind kind) throws SQLException {
        try (Storage storage = open(kind)) {
            execute(storage,
                    suggestion("pending", BEFORE, null), suggestion("pending", TUESDAY, null),
                    suggestion("approved", BEFORE, TUESDAY), suggestion("approved", TUESDAY, TUESDAY.plusSeconds(60)),
                    suggestion("rejected", TUESDAY, TUESDAY.plusSeconds(120)),
                    // decided after the week: still pending when the week ended
                    suggestion("approved", TUESDAY, AFTER),
                    // decided before the week: neither pending nor decided in it
                    suggestion("rejected", BEFORE, BEFORE.plusSeconds(60)),
                    // suggested after the week: not yet there when it ended
                    suggestion("pending", AFTER, null));

            assertThat(storage.usageQueries().suggestions(MONDAY, NEXT_MONDAY)).isEqualTo(new SuggestionCounts(3, 2, 1));
            assertThat(storage.usageQueries().suggestions(NEXT_MONDAY, NEXT_MONDAY.plusSeconds(7 * 86_400L)))
                    .isEqualTo(new SuggestionCounts(3, 1, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void busiest_channels_carry_their_latest_name_or_none(StoreKind kind) {
        try (Storage storage = open(kind)) {
            storage.channelNames().remember(new ChannelName("slack", "T1", "C-general", "general", BEFORE));
            // a rename replaces the row; another workspace's channel of the same id is another channel
            storage.channelNames().remember(new ChannelName("slack", "T1", "C-general", "ai-talk", TUESDAY));
            storage.channelNames().remember(new ChannelName("slack", "T2", "C-random", "elsewhere", TUESDAY));
            for (int i = 0; i < 3; i++) {
                storage.usageLog().record(new UsageEvent(TUESDAY, GENERAL, "U" + i, EventKind.HIT, null, RULE, "distillation", "",
                        false, -1, Stance.USE.key()));
            }
            storage.usageLog().record(new UsageEvent(TUESDAY, RANDOM, "U9", EventKind.HIT, null, RULE, "distillation", "",
                    false, -1, Stance.USE.key()));
        }
        try (Storage storage = open(kind)) {
            assertThat(storage.usageQueries().busiestChannels(MONDAY, NEXT_MONDAY, 10)).containsExactly(
                    new ChannelActivity("slack", "T1", "C-general", 3, "ai-talk"),
                    new ChannelActivity("slack", "T1", "C-random", 1, ""));
            assertThat(storage.channelNames().find("slack", "T1", "C-general"))
                    .contains(new ChannelName("slack", "T1", "C-general", "ai-talk", TUESDAY));
            assertThat(storage.channelNames().find("discord", "T1", "C-general")).isEmpty();
        }
    }

    private static UsageEvent event(Instant at, EventKind kind, SuppressionReason reason, String stance) {
        return new UsageEvent(at, GENERAL, "U1", kind, reason, RULE, "distillation", "", false, -1, stance);
    }

    private static String vote(String note, String userHash, String vote, Instant at) {
        return "INSERT INTO note_feedback (platform, workspace, channel, note_ref, rule_id, user_hash, vote, voted_at)"
                + " VALUES ('slack', 'T1', 'C-general', '" + note + "', '" + RULE + "', '" + userHash + "', '" + vote + "', "
                + at.toEpochMilli() + ")";
    }

    private static String removal(String note, Instant at) {
        return "INSERT INTO note_removals (platform, workspace, channel, note_ref, rule_id, user_hash, removed_by, removed_at)"
                + " VALUES ('slack', 'T1', 'C-general', '" + note + "', '" + RULE + "', 'h1', 'author', " + at.toEpochMilli() + ")";
    }

    private static String suggestion(String status, Instant suggestedAt, Instant decidedAt) {
        return "INSERT INTO glossary_suggestions (platform, workspace, term, definition, suggested_by, suggested_at, status,"
                + " decided_by, decided_at) VALUES ('slack', 'T1', 'grokking', 'Late generalisation after long training.', 'h1', "
                + suggestedAt.toEpochMilli() + ", '" + status + "', " + (decidedAt == null ? "NULL, NULL" : "'h2', "
                + decidedAt.toEpochMilli()) + ")";
    }

    private static void execute(Storage storage, String... statements) throws SQLException {
        try (Connection connection = storage.database().connect(); var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
