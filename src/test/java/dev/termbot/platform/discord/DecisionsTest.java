package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.EventKind;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.InboundMessage;
import dev.termbot.core.PendingNote;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.SuppressionReason;
import dev.termbot.core.Where;
import dev.termbot.testing.RecordingUsageLog;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision and posting threads: every message taken is decided and its note handed over before a stop ends, in order, once. */
class DecisionsTest {
    private final RecordingUsageLog usage = new RecordingUsageLog();
    private final Bot bot = new Bot(TestGlossary::knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, usage,
            DiscordHarness.CLOCK);
    private final List<PendingNote> posted = new CopyOnWriteArrayList<>();
    private final Set<String> postingThreads = ConcurrentHashMap.newKeySet();

    @Test
    void a_drain_decides_every_message_taken_and_queues_each_note_once() throws Exception {
        // GIVEN 300 messages with a hit, each in its own channel, handed over at once (more than one batch)
        Decisions decisions = new Decisions(bot);
        for (int i = 0; i < 300; i++) {
            InboundMessage message = message("c" + i, "m" + i);
            assertThat(decisions.submit(message, bot.judge(message), (note, reply) -> {
                postingThreads.add(Thread.currentThread().getName());
                posted.add(note);
            })).isTrue();
        }

        // WHEN the platform stops
        assertThat(decisions.drain(Duration.ofSeconds(30))).as("drained in time").isTrue();

        // THEN every message was decided and its note queued, exactly once, in the order the messages came
        assertThat(posted).extracting(PendingNote::messageId).hasSize(300).doesNotHaveDuplicates()
                .containsExactlyElementsOf(IntStream.range(0, 300).mapToObj(i -> "m" + i).toList());
        // AND by the posting thread (or, for a lone note with nothing else waiting, the deciding one), never by the caller
        assertThat(postingThreads).isSubsetOf("termbot-discord-post", "termbot-discord-decide");
        assertThat(usage.count(EventKind.HIT)).isEqualTo(300);
        // AND nothing is taken after the drain began
        InboundMessage late = message("late", "m-late");
        assertThat(decisions.submit(late, bot.judge(late), (note, reply) -> posted.add(note))).isFalse();
        assertThat(posted).hasSize(300);
    }

    @Test
    void messages_in_one_channel_are_decided_in_arrival_order() throws Exception {
        Decisions decisions = new Decisions(bot);
        for (int i = 0; i < 5; i++) {
            InboundMessage message = message("general", "m" + i);
            decisions.submit(message, bot.judge(message), (note, reply) -> posted.add(note));
        }
        assertThat(decisions.drain(Duration.ofSeconds(30))).isTrue();

        // the first message wins the channel's cooldown; the later ones are held back
        assertThat(posted).extracting(PendingNote::messageId).containsExactly("m0");
        assertThat(usage.suppressed(SuppressionReason.COOLDOWN)).hasSize(4);
    }

    private static InboundMessage message(String channel, String id) {
        return new InboundMessage(new Where(Places.PLATFORM, "guild", channel, ""), id, "author-" + id, false,
                "a distillation attack", PassiveNotes.MARKDOWN);
    }
}
