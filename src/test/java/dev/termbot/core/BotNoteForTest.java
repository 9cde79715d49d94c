package dev.termbot.core;

import dev.termbot.testing.Dialects;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.testing.RegexDetector;
import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The note asked for later (Discord's react mode sends it by DM) is the very note {@link Bot#onMessage}
 * posts, judged the same way, and asking for it spends no cooldown and logs nothing.
 */
class BotNoteForTest {
    private static final Where CHANNEL = new Where("discord", "G1", "C1", "");
    private static final StanceJudge SO_CALLED = (text, markup, hits) -> hits.stream()
            .map(hit -> text.substring(0, hit.start()).endsWith("so-called ") ? hit.withStance(Stance.DISPUTED) : hit)
            .toList();

    private final RecordingUsageLog usage = new RecordingUsageLog();
    private final Knowledge knowledge = new Knowledge(List.of(TestKnowledge.DISTILLATION, TestKnowledge.DISTILLATION_ATTACK),
            List.of(TestKnowledge.RULE), RegexDetector.distillationAttack(),
            query -> new LookupResult(query, Optional.empty(), List.of()), SO_CALLED);
    private final Bot bot = new Bot(() -> knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, usage,
            new MutableClock(Instant.parse("2026-11-23T09:00:00Z")));

    @Test
    void the_later_note_is_the_note_the_message_got_and_costs_nothing() {
        String text = "is this a distillation attack?";
        Optional<Reply> later = bot.noteFor(text, Dialects.DISCORD);

        assertThat(later).isPresent();
        assertThat(usage.events()).isEmpty();
        Outcome posted = bot.onMessage(new InboundMessage(CHANNEL, "1", "alice", false, text, Dialects.DISCORD));
        assertThat(posted.reply()).isEqualTo(later);
    }

    @Test
    void a_text_that_already_disputes_the_term_or_has_no_phrase_gets_no_later_note() {
        assertThat(bot.noteFor("the so-called distillation attack was ToS fraud", Dialects.DISCORD)).isEmpty();
        assertThat(bot.noteFor("hello everyone", Dialects.DISCORD)).isEmpty();
    }
}
