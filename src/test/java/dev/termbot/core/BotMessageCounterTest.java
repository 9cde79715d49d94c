package dev.termbot.core;

import dev.termbot.testing.Dialects;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class BotMessageCounterTest {
    private static final Where CHANNEL = new Where("slack", "T1", "C1", "");

    private final List<Where> scanned = new CopyOnWriteArrayList<>();
    private final Knowledge knowledge = TestKnowledge.create();
    private final Bot bot = new Bot(() -> knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS,
            new RecordingUsageLog(), new MutableClock(Instant.parse("2026-11-23T09:00:00Z")), scanned::add);

    @Test
    void every_message_is_counted_once_with_or_without_hits() {
        // GIVEN a message without a watched phrase, one with, and a replay of the second
        InboundMessage plain = new InboundMessage(CHANNEL, "1", "alice", false, "distillation is fine", Dialects.SLACK);
        InboundMessage hit = new InboundMessage(CHANNEL, "2", "bob", false, "a distillation attack", Dialects.SLACK);

        // WHEN the bot sees all three
        bot.onMessage(plain);
        bot.onMessage(hit);
        bot.onMessage(hit);

        // THEN each was counted once, with the place it came from
        assertThat(scanned).containsExactly(CHANNEL, CHANNEL, CHANNEL);
    }

    @Test
    void the_five_argument_constructor_still_works_without_a_counter() {
        Bot plainBot = new Bot(() -> knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS,
                new RecordingUsageLog(), new MutableClock(Instant.parse("2026-11-23T09:00:00Z")));

        Outcome outcome = plainBot.onMessage(new InboundMessage(CHANNEL, "1", "alice", false, "distillation attack", Markup.PLAIN));

        assertThat(outcome.reply()).isPresent();
    }
}
