package dev.termbot.platform.discord;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageChunksTest {

    @Test
    void a_short_text_is_one_piece_and_a_blank_text_none() {
        assertThat(MessageChunks.split("# Digest\n\nquiet week\n", 2000)).containsExactly("# Digest\n\nquiet week");
        assertThat(MessageChunks.split(" \n\n", 2000)).isEmpty();
    }

    @Test
    void long_texts_are_cut_at_line_ends_into_pieces_within_the_limit() {
        // GIVEN 50 lines of 30 characters
        String text = IntStream.range(0, 50).mapToObj(i -> String.format("line %02d ........................", i))
                .collect(Collectors.joining("\n"));

        // WHEN split at 100 characters
        List<String> pieces = MessageChunks.split(text, 100);

        // THEN every piece fits, holds whole lines, and together they are the text
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(100));
        assertThat(pieces).allSatisfy(p -> assertThat(p).startsWith("line "));
        assertThat(String.join("\n", pieces)).isEqualTo(text);
    }

    @Test
    void a_single_overlong_line_is_cut_hard_but_never_inside_a_surrogate_pair() {
        // GIVEN a line of 9 letters followed by emoji (two UTF-16 chars each)
        String text = "abcdefghi" + "\uD83D\uDCD6".repeat(10);

        // WHEN split at 10 characters: the 10th char is the first half of an emoji
        List<String> pieces = MessageChunks.split(text, 10);

        // THEN no piece ends with half an emoji, and nothing is lost
        assertThat(pieces).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
        assertThat(String.join("", pieces)).isEqualTo(text);
    }
}
