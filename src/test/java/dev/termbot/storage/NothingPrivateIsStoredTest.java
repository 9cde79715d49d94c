package dev.termbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.AnsweredNote;
import dev.termbot.core.RemovedBy;
import dev.termbot.core.Vote;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.ScriptedSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a real session, no column of any table holds a raw user id or any part of a message text. */
class NothingPrivateIsStoredTest {
    private static final List<String> RAW_IDS = List.of(ScriptedSession.ALICE, ScriptedSession.BOB, ScriptedSession.CAROL,
            ScriptedSession.BOT_USER);

    @TempDir
    Path dir;

    @Test
    void no_table_holds_message_text_or_raw_user_ids() throws Exception {
        // GIVEN a session through the real bot on real storage
        Path file = dir.resolve("termbot.db");
        MutableClock clock = new MutableClock(ScriptedSession.START);
        try (Storage storage = Storage.open(file, clock, StorageOptions.fromEnvironment(Map.of()))) {
            ScriptedSession.run(storage.policyStore(), storage.usageLog(), clock);
            // and the buttons under a note answering alice: bob votes, alice removes it
            AnsweredNote note = new AnsweredNote(ScriptedSession.GENERAL, "note-1", ScriptedSession.RULES.get(0).id(),
                    ScriptedSession.ALICE);
            storage.noteFeedback().vote(note, ScriptedSession.BOB, Vote.HELPFUL, clock.instant());
            storage.noteFeedback().removed(note, ScriptedSession.ALICE, RemovedBy.AUTHOR, clock.instant());
        }

        // WHEN every value of every column of every table is read
        List<String> values = new ArrayList<>();
        for (String table : Rows.tables(file)) {
            for (List<Object> row : Rows.query(file, "SELECT * FROM \"" + table + "\"")) {
                row.forEach(value -> values.add(String.valueOf(value)));
            }
        }

        // THEN the session was recorded
        // 5 hits, 1 note, 4 suppressions, 3 lookups; the replayed delivery is not recorded
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM usage_events")).isEqualTo(13);
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM opted_out_users")).isEqualTo(1);
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM note_feedback")).isEqualTo(1);
        assertThat(Rows.count(file, "SELECT COUNT(*) FROM note_removals")).isEqualTo(1);
        // AND no value contains a raw user id, a message, or a telling fragment of one
        List<String> fragments = new ArrayList<>(RAW_IDS);
        fragments.addAll(ScriptedSession.TEXTS);
        fragments.addAll(List.of("says alice", "asks bob", "bot relay", "carol writes", "alice again",
                digits(ScriptedSession.ALICE), digits(ScriptedSession.BOB), digits(ScriptedSession.CAROL)));
        for (String fragment : fragments) {
            assertThat(values).noneMatch(value -> value.contains(fragment));
        }
        // AND neither do the raw files (database, WAL if any), which also covers free pages and journals
        try (var files = Files.list(dir)) {
            for (Path each : files.filter(f -> f.getFileName().toString().startsWith("termbot.db")).toList()) {
                String raw = new String(Files.readAllBytes(each), java.nio.charset.StandardCharsets.ISO_8859_1);
                for (String fragment : fragments) {
                    assertThat(raw).as(each.getFileName().toString()).doesNotContain(fragment);
                }
            }
        }
    }

    /** The numeric tail of a raw id: an adapter that stripped the prefix but kept the number would still leak it. */
    private static String digits(String rawId) {
        String tail = rawId.substring(rawId.lastIndexOf('-') + 1);
        assertThat(tail).as("raw id tail").matches("\\d{9}");
        return tail;
    }
}
