package dev.termbot.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.Bot;
import dev.termbot.core.InMemoryNoteFeedbackStore;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.NoteControls;
import dev.termbot.core.PolicySettings;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.testing.TestKnowledge;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code /feedback helpful|not-needed|remove} on the console's last note, as whoever {@code /as} says speaks. */
class ConsoleFeedbackTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream hints = new ByteArrayOutputStream();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
    private final InMemoryNoteFeedbackStore feedback = new InMemoryNoteFeedbackStore();
    private final Bot bot = new Bot(TestKnowledge::create, new InMemoryPolicyStore(), PolicySettings.DEFAULTS,
            new RecordingUsageLog(), clock);
    private final ConsolePlatform console = new ConsolePlatform(bot, new BufferedReader(new StringReader("")),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(hints, true, StandardCharsets.UTF_8),
            false, () -> "# Digest", clock, Integer.MAX_VALUE, new NoteControls(bot, feedback, clock));

    @Test
    void a_member_votes_and_changes_the_vote_is_refused_removal_and_a_moderator_removes_the_note() {
        // GIVEN alice's message got a note
        say("/as alice", "is this a distillation attack?");
        assertThat(posted()).contains("A note on");

        // WHEN bob rates it twice and tries to remove it
        say("/as bob", "/feedback helpful", "/feedback not-needed", "/feedback remove");

        // THEN his one vote changed, and the removal was refused with the reason
        assertThat(posted()).contains("Marked as helpful", "Marked as not needed here",
                "Only the person this note answered, or a moderator, can remove it");
        assertThat(feedback.voteCount()).isEqualTo(1);

        // WHEN a moderator removes it THEN it is gone, and /feedback has nothing left to act on
        say("/as mod --mod", "/feedback remove", "/feedback helpful");
        assertThat(posted()).contains("The note is gone; the removal is counted", "No note yet");
    }

    @Test
    void not_needed_from_the_author_keeps_the_rule_explained_to_them_from_the_click_on() {
        // GIVEN alice got a note, and six days later says it was not needed
        say("/as alice", "is this a distillation attack?");
        clock.advance(Duration.ofDays(6));
        say("/feedback not-needed");
        assertThat(posted()).contains("will not explain", "to you again for 7 days");

        // WHEN she uses the phrase again eight days after the note (past the window the note alone started)
        clock.advance(Duration.ofDays(2));
        say("distillation attack, again");

        // THEN she gets no second note: the click counts as the latest explanation
        assertThat(posted().split("A note on", -1)).hasSize(2);
        assertThat(hints.toString(StandardCharsets.UTF_8)).contains("stays quiet: already explained");
    }

    @Test
    void the_author_removes_their_note_and_unknown_words_are_explained() {
        say("/as alice", "is this a distillation attack?", "/feedback maybe", "/feedback remove");

        assertThat(posted()).contains("Write /feedback helpful, /feedback not-needed or /feedback remove",
                "The note is gone, and termbot will not explain");
    }

    private void say(String... lines) {
        for (String line : lines) {
            console.handle(line);
        }
    }

    private String posted() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
