package dev.termbot.platform.console;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleMessagesTest {
    private final ByteArrayOutputStream hints = new ByteArrayOutputStream();

    private List<String> messages(String typed, boolean interactive) throws IOException {
        ConsoleMessages reader = new ConsoleMessages(new BufferedReader(new StringReader(typed)),
                new PrintStream(hints, true, StandardCharsets.UTF_8), interactive);
        List<String> all = new ArrayList<>();
        for (String message = reader.next(); message != null; message = reader.next()) {
            all.add(message);
        }
        return all;
    }

    @Test
    void one_line_is_one_message() throws IOException {
        assertThat(messages("hello\nis this a distillation attack?\n", false))
                .containsExactly("hello", "is this a distillation attack?");
    }

    @Test
    void a_backtick_fence_goes_on_until_it_closes() throws IOException {
        // GIVEN a code block typed over four lines, then a line of prose
        String typed = "```python\nlabel = 'distillation attack'\n\n```\nafter\n";
        // WHEN read
        // THEN the block, blank line included, is one message and the prose another
        assertThat(messages(typed, false))
                .containsExactly("```python\nlabel = 'distillation attack'\n\n```", "after");
    }

    @Test
    void a_tilde_fence_closes_only_with_tildes_at_least_as_long() throws IOException {
        String typed = "~~~~\n```\n~~~\nstill code\n~~~~~\nafter\n";
        assertThat(messages(typed, false)).containsExactly("~~~~\n```\n~~~\nstill code\n~~~~~", "after");
    }

    @Test
    void a_backtick_block_closed_on_its_own_line_is_one_line() throws IOException {
        assertThat(messages("```distillation attack```\nnext\n", false))
                .containsExactly("```distillation attack```", "next");
    }

    @Test
    void end_of_input_inside_a_fence_still_hands_over_what_was_typed() throws IOException {
        assertThat(messages("hi\n~~~\nnever closed\nlast line", false)).containsExactly("hi", "~~~\nnever closed\nlast line");
    }

    @Test
    void a_fence_indented_four_spaces_or_not_at_the_line_start_opens_nothing() throws IOException {
        assertThat(messages("    ```\nsee ```this\nnext\n", false)).containsExactly("    ```", "see ```this", "next");
    }

    @Test
    void commands_are_one_line_even_when_they_mention_a_fence() throws IOException {
        assertThat(messages("/define ```\nnext\n", false)).containsExactly("/define ```", "next");
    }

    @Test
    void interactive_reading_prompts_for_continuation_lines_and_piped_reading_stays_silent() throws IOException {
        // GIVEN a block of three lines typed on a terminal
        messages("~~~\ncode\n~~~\n", true);
        // THEN the first line got the message prompt, the two others the continuation prompt, then one more prompt at EOF
        assertThat(hints.toString(StandardCharsets.UTF_8)).isEqualTo("you> ...> ...> you> ");
        hints.reset();
        messages("~~~\ncode\n~~~\n", false);
        assertThat(hints.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
