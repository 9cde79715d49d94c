package dev.termbot.core;

import dev.termbot.testing.Dialects;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BotTest {
    private static final Where CHANNEL = new Where("discord", "G1", "C1", "");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final RecordingUsageLog usage = new RecordingUsageLog();
    private final Knowledge knowledge = TestKnowledge.create();
    private final Bot bot = new Bot(() -> knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, usage, clock);

    private static InboundMessage message(String id, String user, String text) {
        return new InboundMessage(CHANNEL, id, user, false, text, Dialects.DISCORD);
    }

    @Test
    void a_watched_phrase_gets_a_note_with_the_rule_text_and_links() {
        Outcome outcome = bot.onMessage(message("1", "alice", "is this a distillation attack?"));

        Reply note = outcome.reply().orElseThrow();
        assertThat(note.kind()).isEqualTo(Reply.Kind.NOTE);
        assertThat(note.ruleId()).isEqualTo("distillation-attack");
        assertThat(note.body()).isEqualTo(TestKnowledge.RULE.reply());
        assertThat(note.links()).isEqualTo(TestKnowledge.RULE.links());
        assertThat(note.footer()).contains("optout");
        assertThat(usage.events()).extracting(UsageEvent::kind).containsExactly(EventKind.HIT);
    }

    @Test
    void ordinary_messages_cost_nothing_and_record_nothing() {
        Outcome outcome = bot.onMessage(message("1", "alice", "distillation is a standard technique"));

        assertThat(outcome).isEqualTo(Outcome.NOTHING);
        assertThat(usage.events()).isEmpty();
    }

    @Test
    void the_same_message_delivered_twice_gets_one_note() {
        Outcome first = bot.onMessage(message("42", "alice", "distillation attack"));
        clock.advance(Duration.ofHours(1));
        Outcome replay = bot.onMessage(message("42", "alice", "distillation attack"));

        assertThat(first.reply()).isPresent();
        assertThat(replay.reply()).isEmpty();
        assertThat(replay.suppressed()).contains(SuppressionReason.DUPLICATE);
    }

    @Test
    void a_bot_author_never_gets_a_note_and_the_suppression_is_recorded() {
        InboundMessage fromBot = new InboundMessage(CHANNEL, "7", "B1", true, "distillation attack", Markup.PLAIN);

        Outcome outcome = bot.onMessage(fromBot);

        assertThat(outcome.reply()).isEmpty();
        assertThat(outcome.suppressed()).contains(SuppressionReason.BOT_AUTHOR);
        assertThat(usage.events()).extracting(UsageEvent::reason).contains(SuppressionReason.BOT_AUTHOR);
    }

    @Test
    void a_second_mention_in_the_cooldown_is_suppressed_and_recorded() {
        bot.onMessage(message("1", "alice", "distillation attack"));
        clock.advance(Duration.ofMinutes(1));

        Outcome second = bot.onMessage(message("2", "bob", "distillation attacks again"));

        assertThat(second.suppressed()).contains(SuppressionReason.COOLDOWN);
        assertThat(usage.events()).filteredOn(e -> e.kind() == EventKind.SUPPRESSED)
                .extracting(UsageEvent::reason).containsExactly(SuppressionReason.COOLDOWN);
    }

    @Test
    void define_answers_found_and_not_found_and_records_both() {
        Reply found = bot.define(CHANNEL, "alice", "Distillation");
        Reply missing = bot.define(CHANNEL, "alice", "dolphins @everyone");

        assertThat(found.kind()).isEqualTo(Reply.Kind.DEFINITION);
        assertThat(found.summary()).isEqualTo(TestKnowledge.DISTILLATION.definition());
        assertThat(missing.kind()).isEqualTo(Reply.Kind.NOT_FOUND);
        assertThat(missing.body()).doesNotContainPattern("@[\\p{L}]");
        assertThat(missing.suggestions()).containsExactly("Distillation", "Distillation attack");
        assertThat(usage.events()).extracting(UsageEvent::kind, UsageEvent::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventKind.DEFINE, true),
                        org.assertj.core.groups.Tuple.tuple(EventKind.DEFINE, false));
    }

    @Test
    void delivered_notes_are_recorded_with_their_latency() {
        InboundMessage m = message("1", "alice", "distillation attack");
        Instant received = clock.instant();
        Reply note = bot.onMessage(m).reply().orElseThrow();
        clock.advance(Duration.ofMillis(250));

        bot.noteDelivered(m, note, received);

        UsageEvent replied = usage.events().get(usage.events().size() - 1);
        assertThat(replied.kind()).isEqualTo(EventKind.REPLIED);
        assertThat(replied.latencyMs()).isEqualTo(250);
    }

    @Test
    void a_muted_channel_and_an_opted_out_user_stay_unbothered_until_undone() {
        bot.setMuted(CHANNEL, true);
        assertThat(bot.onMessage(message("1", "alice", "distillation attack")).suppressed()).contains(SuppressionReason.MUTED);

        bot.setMuted(CHANNEL, false);
        bot.setOptedOut(CHANNEL, "alice", true);
        assertThat(bot.onMessage(message("2", "alice", "distillation attack")).suppressed()).contains(SuppressionReason.OPTED_OUT);

        bot.setOptedOut(CHANNEL, "alice", false);
        assertThat(bot.onMessage(message("3", "alice", "distillation attack")).reply()).isPresent();
    }
}
