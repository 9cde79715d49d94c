package dev.termbot.platform.console;

import dev.termbot.core.Bot;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.Knowledge;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.UsageEvent;
import dev.termbot.detection.Inflections;
import dev.termbot.detection.PhraseDetector;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.RecordingUsageLog;
import dev.termbot.testing.ShippedKnowledge;
import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsolePlatformTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream hints = new ByteArrayOutputStream();
    private final RecordingUsageLog usage = new RecordingUsageLog();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));

    private String chat(String script) throws Exception {
        return chat(script, TestKnowledge.create());
    }

    /** A chat with the real detector, which reads code blocks (without inflections: the models are not needed here). */
    private String chatWithRealDetector(String script) throws Exception {
        return chat(script, TestKnowledge.create(PhraseDetector.build(List.of(TestKnowledge.RULE), Inflections.NONE)));
    }

    private String chat(String script, Knowledge knowledge) throws Exception {
        // unwrapped, as the console's own default: each reply line whole
        return chat(knowledge, new InMemoryPolicyStore(), Integer.MAX_VALUE, script);
    }

    @Test
    void a_piped_session_shows_exactly_what_the_bot_posts_and_ends_at_eof() throws Exception {
        String posted = chat("hello everyone\nis this a distillation attack?\n/define distillation\n");

        assertThat(posted).startsWith("termbot> A note on \u201cDistillation attack\u201d");
        assertThat(posted).contains(TestKnowledge.RULE.reply(), "https://www.anthropic.com/");
        assertThat(posted).contains("termbot> Distillation", TestKnowledge.DISTILLATION.definition());
        assertThat(posted).doesNotContain("hello everyone");
    }

    @Test
    void a_repeat_in_the_cooldown_posts_nothing_and_says_why_on_the_hint_stream() throws Exception {
        String posted = chat("distillation attack\ndistillation attack again\n");

        assertThat(posted.split("A note on", -1)).hasSize(2);
        assertThat(hints.toString(StandardCharsets.UTF_8)).contains("stays quiet: cooldown");
    }

    @Test
    void a_writer_who_already_disputes_the_term_gets_no_note_and_the_hint_says_why() throws Exception {
        String posted = chat("calling it a distillation attack is wrong, it's ToS fraud\n", ShippedKnowledge.KNOWLEDGE);

        assertThat(posted).doesNotContain("A note on");
        assertThat(hints.toString(StandardCharsets.UTF_8)).contains("stays quiet: already disputed");
        assertThat(usage.events()).extracting(UsageEvent::stance).containsExactly("disputed");
    }

    @Test
    void opt_out_and_mute_commands_work_in_the_console() throws Exception {
        String posted = chat("/termbot optout\ndistillation attack\n/termbot optin\n/termbot mute\ndistillation attack\n");

        assertThat(posted).contains("Opted out", "Opted in", "Channel muted").doesNotContain("A note on");
    }

    @Test
    void unknown_commands_and_bad_cooldowns_get_a_helpful_answer() throws Exception {
        String posted = chat("/frobnicate\n/termbot cooldown soon\n/termbot cooldown 45m\n/quit\ndistillation attack\n");

        assertThat(posted).contains("/frobnicate is not a termbot command", "Give a duration such as 45m",
                "every 45m").doesNotContain("A note on");
    }

    @Test
    void the_digest_command_prints_the_digest() throws Exception {
        assertThat(chat("/termbot digest\n")).contains("# Digest");
    }

    private String chat(InMemoryPolicyStore store, int width, String script) throws Exception {
        return chat(TestKnowledge.create(), store, width, script);
    }

    private String chat(Knowledge knowledge, InMemoryPolicyStore store, int width, String script) throws Exception {
        Bot bot = new Bot(() -> knowledge, store, PolicySettings.DEFAULTS, usage, clock);
        try (ConsolePlatform console = new ConsolePlatform(bot, new BufferedReader(new StringReader(script)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(hints, true, StandardCharsets.UTF_8),
                false, () -> "# Digest", clock, width)) {
            console.start();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void as_name_speaks_as_another_member_whose_opt_out_and_explanations_are_their_own() throws Exception {
        String posted = chat("/termbot optout\ndistillation attack\n/as alice\ndistillation attack\n");

        assertThat(posted.split("A note on", -1)).as("only alice's message gets the note").hasSize(2);
        assertThat(hints.toString(StandardCharsets.UTF_8)).contains("stays quiet: opted out", "you now speak as alice");
    }

    @Test
    void a_member_is_refused_moderator_commands_and_as_mod_or_plain_as_allows_them_again() throws Exception {
        String posted = chat("/as alice\n/termbot mute\n/termbot cooldown 2h\n/termbot digest\ndistillation attack\n"
                + "/as bob --mod\n/termbot mute\n/as\n/termbot unmute\n");

        assertThat(posted).contains("/termbot mute is for moderators, and alice is not one; type /as alice --mod",
                "/termbot cooldown is for moderators", "/termbot digest is for moderators", "A note on");
        assertThat(posted).doesNotContain("# Digest", "Cooldown set");
        assertThat(posted.indexOf("Channel muted")).as("bob, a moderator, muted").isGreaterThan(posted.indexOf("A note on"));
        assertThat(posted).contains("Channel unmuted");
    }

    @Test
    void a_second_session_on_the_same_state_is_not_taken_for_a_replay_of_the_first() throws Exception {
        InMemoryPolicyStore shared = new InMemoryPolicyStore();
        chat(shared, ConsolePlatform.DEFAULT_WIDTH, "distillation attack\n");
        out.reset();

        String second = chat(shared, ConsolePlatform.DEFAULT_WIDTH, "/termbot cooldown 0m\n/as bob\ndistillation attack\n");

        assertThat(second).contains("A note on");
        assertThat(hints.toString(StandardCharsets.UTF_8)).doesNotContain("duplicate");
    }

    @Test
    void replies_are_wrapped_to_the_width_except_for_words_too_long_to_break() throws Exception {
        String posted = chat(new InMemoryPolicyStore(), 50, "distillation attack\n/define distillation\n");

        assertThat(posted.lines().filter(line -> line.length() > 50))
                .allSatisfy(line -> assertThat(line.strip()).doesNotContain(" "));
        assertThat(posted.lines().filter(line -> line.length() > 50)).allSatisfy(line -> assertThat(line).contains("https://"));
        assertThat(posted.lines().count()).isGreaterThan(10);
        assertThat(posted).contains("termbot> A note on");
    }

    @Test
    void a_fenced_block_typed_over_several_lines_is_one_message_and_code_is_not_a_mention() throws Exception {
        // GIVEN a tilde block whose middle line, on its own, would get a note; then a real use
        String posted = chatWithRealDetector("~~~\ndistillation attack\n~~~\nis this a distillation attack?\n");
        // THEN only the use after the block gets the note, and the block did not trip the cooldown
        assertThat(posted.split("A note on", -1)).hasSize(2);
        assertThat(hints.toString(StandardCharsets.UTF_8)).doesNotContain("stays quiet");
    }

    @Test
    void prose_after_a_closing_fence_on_the_same_line_is_read() throws Exception {
        // GIVEN a block closed on a line that goes on with prose (read alone, that line would open an unclosed block)
        String posted = chatWithRealDetector("```\nx = 1\n``` so is this a distillation attack?\n");
        // THEN the prose gets its note: the console handed the three lines over as one message
        assertThat(posted).startsWith("termbot> A note on");
    }
}
