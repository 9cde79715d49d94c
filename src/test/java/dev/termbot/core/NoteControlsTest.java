package dev.termbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.testing.TestKnowledge;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NoteControlsTest {
    private static final Where CHANNEL = new Where("slack", "T1", "C1", "");
    private static final AnsweredNote NOTE = new AnsweredNote(CHANNEL, "1.0002", "distillation-attack", "U-alice");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
    private final InMemoryPolicyStore policy = new InMemoryPolicyStore();
    private final Bot bot = new Bot(TestKnowledge::create, policy, PolicySettings.DEFAULTS, new RecordingUsageLog(), clock);
    private final InMemoryNoteFeedbackStore store = new InMemoryNoteFeedbackStore();
    private final NoteControls controls = new NoteControls(bot, store, clock);

    @Test
    void the_author_may_remove_without_asking_the_platform_about_moderators() {
        AtomicInteger asked = new AtomicInteger();

        NoteControls.Removal removal = controls.removal(NOTE, "U-alice", "click-1", () -> asked.incrementAndGet() > 0);

        assertThat(removal.allowedAs()).contains(RemovedBy.AUTHOR);
        assertThat(asked).hasValue(0);
    }

    @Test
    void a_moderator_may_remove_and_anyone_else_is_refused_with_a_reason() {
        assertThat(controls.removal(NOTE, "U-mod", "click-1", () -> true).allowedAs()).contains(RemovedBy.MODERATOR);

        NoteControls.Removal refused = controls.removal(NOTE, "U-carol", "click-2", () -> false);
        assertThat(refused.allowedAs()).isEmpty();
        assertThat(refused.refusal()).hasValueSatisfying(r -> assertThat(r.body()).contains("Only the person this note answered"));
    }

    @Test
    void a_repeated_click_is_neither_allowed_nor_refused_and_a_repeated_vote_is_not_answered() {
        controls.removal(NOTE, "U-carol", "click-1", () -> false);
        NoteControls.Removal again = controls.removal(NOTE, "U-carol", "click-1", () -> false);
        assertThat(again.allowedAs()).isEmpty();
        assertThat(again.refusal()).isEmpty();

        assertThat(controls.vote(NOTE, "U-bob", Vote.HELPFUL, "click-2")).isPresent();
        assertThat(controls.vote(NOTE, "U-bob", Vote.HELPFUL, "click-2")).isEmpty();
    }

    @Test
    void not_needed_marks_the_rule_explained_for_the_author_only() {
        controls.vote(NOTE, "U-bob", Vote.NOT_NEEDED, "click-1");
        assertThat(policy.lastExplained("slack", "T1", "U-bob", NOTE.ruleId())).isEmpty();
        assertThat(policy.lastExplained("slack", "T1", "U-alice", NOTE.ruleId())).isEmpty();

        controls.vote(NOTE, "U-alice", Vote.NOT_NEEDED, "click-2");
        assertThat(policy.lastExplained("slack", "T1", "U-alice", NOTE.ruleId())).contains(clock.instant());
    }

    @Test
    void a_button_value_is_author_then_rule_and_anything_else_is_not_a_button() {
        NoteButton button = new NoteButton("U-alice", "rule:with:colons");

        assertThat(NoteButton.decode(button.encode())).contains(button);
        assertThat(NoteButton.decode("no-colon")).isEmpty();
        assertThat(NoteButton.decode(":rule")).isEmpty();
        assertThat(NoteButton.decode("U1:")).isEmpty();
        assertThat(NoteButton.decode(null)).isEmpty();
    }
}
