package dev.termbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.Await;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.testing.TestKnowledge;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The confirmation thread, on a real SQLite file: every confirmation handed over is recorded once
 * before a stop ends, each with the time its post was confirmed, and one that arrives after the
 * stop began is still recorded.
 */
class ConfirmationsTest {
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final String RULE = "distillation-attack";
    private static final String PLATFORM = "discord";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    private final RecordingUsageLog usage = new RecordingUsageLog();
    private Storage storage;
    private Bot bot;
    private Reply reply;
    private final List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        storage = Storage.open(dir.resolve("termbot.db"), clock, StorageOptions.fromEnvironment(Map.of()));
        bot = new Bot(TestKnowledge::create, storage.policyStore(), storage.noteLedger(), PolicySettings.DEFAULTS, usage,
                clock, MessageCounter.NONE);
        reply = Replies.noteFor(bot.knowledge(), RULE).orElseThrow();
    }

    @AfterEach
    void close() {
        storage.close();
        assertThat(warnings).as("failed writes reported").isEmpty();
    }

    @Test
    void a_drain_records_every_confirmation_taken_once_each_at_its_own_confirmation_time() throws Exception {
        // GIVEN 300 owed notes (more than one batch), each confirmed a second after the one before
        List<PendingNote> notes = owed(300);
        Confirmations confirmations = new Confirmations(bot, PLATFORM, (message, e) -> warnings.add(message));
        for (PendingNote note : notes) {
            clock.advance(Duration.ofSeconds(1));
            confirmations.confirmed(bot.delivered(note, reply, T0));
        }

        // WHEN the platform stops
        assertThat(confirmations.drain(Duration.ofSeconds(30))).as("drained in time").isTrue();

        // THEN nothing is owed any more, each cooldown started when its own post was confirmed, and each post is counted once
        assertThat(storage.noteLedger().unsent(PLATFORM)).isEmpty();
        for (int i = 0; i < notes.size(); i++) {
            assertThat(storage.policyStore().lastNote(notes.get(i).where(), RULE)).contains(T0.plusSeconds(i + 1L));
        }
        assertThat(usage.count(EventKind.REPLIED)).isEqualTo(300);
    }

    @Test
    void a_confirmation_after_the_stop_began_is_still_recorded_and_a_second_one_keeps_the_first_cooldown()
            throws Exception {
        List<PendingNote> notes = owed(2);
        Confirmations confirmations = new Confirmations(bot, PLATFORM, (message, e) -> warnings.add(message));
        assertThat(confirmations.drain(Duration.ofSeconds(5))).isTrue();

        // WHEN a post is confirmed after the drain (a reply that outlived the grace period), and confirmed again later
        clock.advance(Duration.ofSeconds(1));
        confirmations.confirmed(bot.delivered(notes.get(0), reply, T0));
        clock.advance(Duration.ofMinutes(5));
        confirmations.confirmed(bot.delivered(notes.get(0), reply, T0));

        // THEN it is recorded at once, on the caller's thread, with the first confirmation's time; the other note stays owed
        assertThat(storage.policyStore().lastNote(notes.get(0).where(), RULE)).contains(T0.plusSeconds(1));
        assertThat(storage.noteLedger().unsent(PLATFORM)).extracting(PendingNote::messageId)
                .containsExactly(notes.get(1).messageId());
    }

    @Test
    void a_confirmation_is_written_on_its_own_soon_after_it_arrives_without_a_stop() throws Exception {
        List<PendingNote> notes = owed(1);
        Confirmations confirmations = new Confirmations(bot, PLATFORM, (message, e) -> warnings.add(message));
        clock.advance(Duration.ofSeconds(1));

        confirmations.confirmed(bot.delivered(notes.get(0), reply, T0));

        // the thread waits a moment for others to write with it (Confirmations.LINGER), then writes
        Await.until("the note is no longer owed", () -> storage.noteLedger().unsent(PLATFORM).isEmpty());
        assertThat(storage.policyStore().lastNote(notes.get(0).where(), RULE)).contains(T0.plusSeconds(1));
        assertThat(confirmations.drain(Duration.ofSeconds(5))).isTrue();
        assertThat(usage.count(EventKind.REPLIED)).isEqualTo(1);
    }

    /** Owed notes as decisions leave them: one per channel and author. */
    private List<PendingNote> owed(int count) {
        List<PendingNote> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            InboundMessage message = new InboundMessage(new Where(PLATFORM, "guild", "c" + i, ""), "m" + i,
                    "author-" + i, false, "a distillation attack", Markup.PLAIN);
            notes.add(storage.noteLedger().open(message, RULE, T0));
        }
        return notes;
    }
}
