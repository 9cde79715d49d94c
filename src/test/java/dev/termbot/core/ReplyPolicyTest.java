package dev.termbot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyPolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Where GENERAL = new Where("slack", "T1", "C1", "");
    private static final String RULE = "distillation-attack";

    private final InMemoryPolicyStore store = new InMemoryPolicyStore();
    private final ReplyPolicy policy = new ReplyPolicy(store, PolicySettings.DEFAULTS);

    private static InboundMessage from(String user, Where where) {
        return new InboundMessage(where, "m-" + user, user, false, "a distillation attack", Markup.PLAIN);
    }

    /** A claim whose note the adapter then posted. */
    private void noted(InboundMessage message, Instant at) {
        assertThat(policy.claim(message, RULE, at)).isEmpty();
        policy.delivered(message, at);
    }

    @Test
    void first_note_in_a_channel_is_allowed_and_recorded_once_delivered() {
        InboundMessage message = from("alice", GENERAL);
        assertThat(policy.claim(message, RULE, T0)).isEmpty();
        assertThat(store.lastNote(GENERAL, RULE)).isEmpty();
        assertThat(store.lastExplained("slack", "T1", "alice", RULE)).isEmpty();
        assertThat(policy.ledger().find(GENERAL, message.messageId())).isPresent();

        policy.delivered(message, T0.plusSeconds(2));

        assertThat(store.lastNote(GENERAL, RULE)).contains(T0.plusSeconds(2));
        assertThat(store.lastExplained("slack", "T1", "alice", RULE)).contains(T0.plusSeconds(2));
        assertThat(policy.ledger().unsent("slack")).isEmpty();
    }

    @Test
    void an_owed_note_holds_the_claim_for_the_place_and_the_person() {
        policy.claim(from("alice", GENERAL), RULE, T0);

        assertThat(policy.claim(from("bob", GENERAL), RULE, T0.plusSeconds(1))).contains(SuppressionReason.COOLDOWN);
        assertThat(policy.claim(from("alice", new Where("slack", "T1", "C9", "")), RULE, T0.plusSeconds(1)))
                .contains(SuppressionReason.ALREADY_EXPLAINED);
        // a claim whose process died on a platform that cannot post it later lapses
        assertThat(policy.claim(from("bob", GENERAL), RULE, T0.plus(ReplyPolicy.CLAIM_HOLD).plusSeconds(1))).isEmpty();
    }

    @Test
    void a_failed_post_releases_the_claim_without_a_cooldown() {
        InboundMessage message = from("alice", GENERAL);
        policy.claim(message, RULE, T0);

        policy.failed(message);

        assertThat(store.lastNote(GENERAL, RULE)).isEmpty();
        assertThat(store.lastExplained("slack", "T1", "alice", RULE)).isEmpty();
        assertThat(policy.claim(from("alice", GENERAL), RULE, T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void a_second_confirmation_does_not_move_the_cooldown() {
        InboundMessage message = from("alice", GENERAL);
        noted(message, T0);

        policy.delivered(message, T0.plusSeconds(60));

        assertThat(store.lastNote(GENERAL, RULE)).contains(T0);
    }

    @Test
    void second_note_in_the_same_channel_waits_for_the_cooldown() {
        noted(from("alice", GENERAL), T0);

        assertThat(policy.claim(from("bob", GENERAL), RULE, T0.plus(Duration.ofMinutes(29))))
                .contains(SuppressionReason.COOLDOWN);
        assertThat(policy.claim(from("bob", GENERAL), RULE, T0.plus(Duration.ofMinutes(30)))).isEmpty();
    }

    @Test
    void cooldown_is_per_thread_and_per_channel() {
        noted(from("alice", GENERAL), T0);

        Where thread = new Where("slack", "T1", "C1", "1700000000.000100");
        Where other = new Where("slack", "T1", "C2", "");
        assertThat(policy.claim(from("bob", thread), RULE, T0.plusSeconds(1))).isEmpty();
        assertThat(policy.claim(from("carol", other), RULE, T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void the_same_user_is_not_told_twice_within_the_window_even_elsewhere() {
        noted(from("alice", GENERAL), T0);
        Where elsewhere = new Where("slack", "T1", "C9", "");

        assertThat(policy.claim(from("alice", elsewhere), RULE, T0.plus(Duration.ofDays(6))))
                .contains(SuppressionReason.ALREADY_EXPLAINED);
        assertThat(policy.claim(from("alice", elsewhere), RULE, T0.plus(Duration.ofDays(7)))).isEmpty();
    }

    @Test
    void opted_out_users_and_muted_channels_and_bots_get_no_note() {
        store.setOptedOut("slack", "T1", "alice", true);
        store.setMuted(GENERAL, true);
        InboundMessage botMessage = new InboundMessage(GENERAL, "b1", "B1", true, "distillation attack", Markup.PLAIN);

        assertThat(policy.claim(from("alice", new Where("slack", "T1", "C5", "")), RULE, T0)).contains(SuppressionReason.OPTED_OUT);
        assertThat(policy.claim(from("bob", GENERAL), RULE, T0)).contains(SuppressionReason.MUTED);
        assertThat(policy.claim(botMessage, RULE, T0)).contains(SuppressionReason.BOT_AUTHOR);
    }

    @Test
    void a_muted_channel_mutes_its_threads() {
        store.setMuted(GENERAL, true);
        Where thread = new Where("slack", "T1", "C1", "123.456");

        assertThat(policy.claim(from("bob", thread), RULE, T0)).contains(SuppressionReason.MUTED);
    }

    @Test
    void a_moderator_cooldown_overrides_the_default_for_that_channel_only() {
        store.setCooldownOverride(GENERAL, Duration.ofMinutes(5));
        noted(from("alice", GENERAL), T0);

        assertThat(policy.claim(from("bob", GENERAL), RULE, T0.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void a_suppressed_message_does_not_consume_the_cooldown() {
        store.setOptedOut("slack", "T1", "alice", true);
        policy.claim(from("alice", GENERAL), RULE, T0);

        assertThat(policy.claim(from("bob", GENERAL), RULE, T0.plusSeconds(1))).isEmpty();
    }
}
