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
 * How the bot acts on the stance of hits: a disputed hit under a quiet rule is logged with its
 * stance and answered with silence (no cooldown spent), a rule set to {@code when_disputed: note}
 * still posts, and one used hit in a message is enough for a note. The judge here is a stand-in
 * (disputes any hit preceded by "so-called"); the real analysis has its own tests.
 */
class BotStanceTest {
    private static final Where CHANNEL = new Where("discord", "G1", "C1", "");
    private static final StanceJudge SO_CALLED = (text, markup, hits) -> hits.stream()
            .map(hit -> text.substring(0, hit.start()).endsWith("so-called ") ? hit.withStance(Stance.DISPUTED) : hit)
            .toList();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final RecordingUsageLog usage = new RecordingUsageLog();

    private Bot botWith(WhenDisputed whenDisputed) {
        MisuseRule base = TestKnowledge.RULE;
        MisuseRule rule = new MisuseRule(base.id(), base.termId(), base.phrases(), base.exceptions(), base.reply(),
                base.links(), whenDisputed, StanceCues.NONE);
        Knowledge knowledge = new Knowledge(List.of(TestKnowledge.DISTILLATION, TestKnowledge.DISTILLATION_ATTACK),
                List.of(rule), RegexDetector.distillationAttack(),
                query -> new LookupResult(query, Optional.empty(), List.of()), SO_CALLED);
        return new Bot(() -> knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, usage, clock);
    }

    private static InboundMessage message(String id, String text) {
        return new InboundMessage(CHANNEL, id, "alice", false, text, Dialects.DISCORD);
    }

    @Test
    void a_disputed_hit_under_a_quiet_rule_is_logged_with_its_stance_and_gets_no_note() {
        Bot bot = botWith(WhenDisputed.QUIET);

        Outcome outcome = bot.onMessage(message("1", "the so-called distillation attack was ToS fraud"));

        assertThat(outcome.reply()).isEmpty();
        assertThat(outcome.suppressed()).contains(SuppressionReason.DISPUTED);
        assertThat(usage.events()).extracting(UsageEvent::kind).containsExactly(EventKind.HIT);
        assertThat(usage.events()).extracting(UsageEvent::stance).containsExactly("disputed");
    }

    @Test
    void a_dispute_spends_no_cooldown_so_the_next_use_still_gets_its_note() {
        Bot bot = botWith(WhenDisputed.QUIET);

        bot.onMessage(message("1", "the so-called distillation attack"));
        Outcome use = bot.onMessage(message("2", "is this a distillation attack?"));

        assertThat(use.reply()).isPresent();
        assertThat(usage.events()).extracting(UsageEvent::stance).containsExactly("disputed", "use");
    }

    @Test
    void a_rule_set_to_note_posts_even_when_the_term_is_disputed() {
        Bot bot = botWith(WhenDisputed.NOTE);

        Outcome outcome = bot.onMessage(message("1", "the so-called distillation attack was ToS fraud"));

        assertThat(outcome.reply()).isPresent();
        assertThat(outcome.reply().get().ruleId()).isEqualTo(TestKnowledge.RULE.id());
        assertThat(usage.events()).extracting(UsageEvent::stance).containsExactly("disputed");
    }

    @Test
    void one_used_hit_beside_a_disputed_one_is_enough_for_a_note() {
        Bot bot = botWith(WhenDisputed.QUIET);

        Outcome outcome = bot.onMessage(message("1", "a so-called distillation attack, or a real distillation attack?"));

        assertThat(outcome.reply()).isPresent();
        assertThat(outcome.hits()).extracting(Hit::stance).containsExactly(Stance.DISPUTED, Stance.USE);
    }

    @Test
    void scan_s_judgement_matches_the_bot_s() {
        Bot bot = botWith(WhenDisputed.QUIET);
        List<Hit> disputed = bot.judge(message("1", "the so-called distillation attack"));
        List<Hit> used = bot.judge(message("2", "a distillation attack"));

        assertThat(Bot.deservesNote(bot.knowledge(), disputed, false)).isFalse();
        assertThat(Bot.deservesNote(bot.knowledge(), used, false)).isTrue();
        assertThat(Bot.deservesNote(bot.knowledge(), used, true)).isFalse();
    }
}
