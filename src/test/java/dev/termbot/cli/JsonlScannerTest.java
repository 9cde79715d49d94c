package dev.termbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlScannerTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private int bad;

    private List<JsonNode> scan(String input) throws Exception {
        return scan(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    }

    private List<JsonNode> scan(InputStream input) throws Exception {
        StringWriter out = new StringWriter();
        bad = new ScanCommand.JsonlScanner(TestKnowledge.create())
                .scan(input, out, new PrintStream(errors, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(mapper.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void one_output_line_per_input_in_order_with_spans() throws Exception {
        List<JsonNode> out = scan("""
                {"id": "a", "text": "did you see the distillation attack thread?", "author_is_bot": false}
                {"id": "b", "text": "nothing to see", "channel": "extra fields are ignored"}
                {"id": 3, "text": "Distillation attacks again", "author_is_bot": true}
                """);

        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("id").asText()).isEqualTo("a");
        JsonNode hit = out.get(0).get("hits").get(0);
        assertThat(hit.get("term").asText()).isEqualTo("distillation-attack");
        assertThat(hit.get("rule").asText()).isEqualTo("distillation-attack");
        assertThat(hit.get("start").asInt()).isEqualTo(16);
        assertThat(hit.get("end").asInt()).isEqualTo(35);
        assertThat(hit.get("matched").asText()).isEqualTo("distillation attack");
        assertThat(out.get(0).get("reply").asBoolean()).isTrue();
        assertThat(out.get(1).get("hits")).isEmpty();
        assertThat(out.get(1).get("reply").asBoolean()).isFalse();
        assertThat(out.get(2).get("id").isInt()).isTrue();
        assertThat(out.get(2).get("hits")).hasSize(1);
        assertThat(out.get(2).get("reply").asBoolean()).as("bots never get a reply").isFalse();
        assertThat(bad).isZero();
    }

    @Test
    void each_line_is_judged_alone_without_cooldowns() throws Exception {
        List<JsonNode> out = scan("""
                {"id": "1", "text": "distillation attack"}
                {"id": "2", "text": "distillation attack"}
                """);

        assertThat(out).extracting(n -> n.get("reply").asBoolean()).containsExactly(true, true);
    }

    @Test
    void malformed_lines_are_reported_by_number_and_the_rest_is_processed() throws Exception {
        List<JsonNode> out = scan("""
                {"id": "ok1", "text": "distillation attack"}
                {"id": "broken", "text": "unterminated
                not json at all
                {"id": "no-text"}
                {"id": "wrong-type", "text": 42}

                ["an", "array"]
                {"id": "ok2", "text": "fine"}
                """);

        assertThat(bad).isEqualTo(5);
        String err = errors.toString(StandardCharsets.UTF_8);
        assertThat(err).contains("line 2: ", "line 3: ", "line 4: \"text\" must be a string", "line 5: ", "line 7: expected a JSON object");
        assertThat(out).hasSize(7);
        assertThat(out.get(3).get("id").asText()).isEqualTo("no-text");
        assertThat(out.get(3).get("error").asText()).contains("text");
        assertThat(out.get(6).get("id").asText()).isEqualTo("ok2");
    }

    @Test
    void non_ascii_text_keeps_utf16_offsets() throws Exception {
        List<JsonNode> out = scan("{\"id\": \"u\", \"text\": \"\uD83D\uDE80 \u00e9 distillation attack\"}\n");

        JsonNode hit = out.get(0).get("hits").get(0);
        assertThat(hit.get("start").asInt()).isEqualTo(5);
        assertThat(hit.get("matched").asText()).isEqualTo("distillation attack");
    }

    @Test
    void a_second_json_value_on_a_line_is_an_error_of_that_line() throws Exception {
        List<JsonNode> out = scan("""
                {"id": "a", "text": "fine"}{"id": "b", "text": "distillation attack"}
                {"id": "c", "text": "fine"} 7
                {"id": "d", "text": "fine"}  \t
                """);

        assertThat(bad).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("line 1: more than one JSON value on the line",
                "line 2: more than one JSON value on the line");
        assertThat(out).extracting(n -> n.has("error")).containsExactly(true, true, false);
    }

    @Test
    void a_byte_order_mark_is_skipped_and_crlf_lines_read_like_lf_lines() throws Exception {
        List<JsonNode> out = scan("\uFEFF{\"id\": \"a\", \"text\": \"distillation attack\"}\r\n{\"id\": \"b\", \"text\": \"x\"}\r\n");

        assertThat(bad).isZero();
        assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("a", "b");
    }

    @Test
    void a_raw_cr_does_not_end_a_line_so_line_numbers_count_lf_only() throws Exception {
        // a CR between tokens is JSON whitespace; inside a string it is a raw control character
        List<JsonNode> out = scan("{\"id\": \"a\",\r \"text\": \"fine\"}\n{\"id\": \"b\", \"text\": \"x\ry\"}\nnot json\n");

        assertThat(out).hasSize(3);
        assertThat(out.get(0).has("error")).isFalse();
        assertThat(out.get(1).has("error")).isTrue();
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("line 2: ", "line 3: ").doesNotContain("line 4");
    }

    @Test
    void a_line_of_1_gib_is_skipped_with_an_error_and_the_lines_around_it_are_answered() throws Exception {
        // GIVEN a stream (never an array) with a 1 GiB line between two good ones; the test JVM has a 1 GiB heap
        long gib = 1L << 30;
        InputStream huge = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream("{\"id\": \"before\", \"text\": \"distillation attack\"}\n{\"text\": \"".getBytes(StandardCharsets.UTF_8)),
                new RepeatedByteStream((byte) 'x', gib),
                new ByteArrayInputStream("\"}\n{\"id\": \"after\", \"text\": \"distillation attack\"}\n".getBytes(StandardCharsets.UTF_8)))));

        List<JsonNode> out = scan(huge);

        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("id").asText()).isEqualTo("before");
        assertThat(out.get(1).get("error").asText()).isEqualTo("line longer than 1048576 bytes; skipped");
        assertThat(out.get(2).get("id").asText()).isEqualTo("after");
        assertThat(out.get(2).get("reply").asBoolean()).isTrue();
        assertThat(bad).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("line 2: line longer than 1048576 bytes; skipped");
    }

    /** {@code length} copies of one byte, produced as they are read. */
    static final class RepeatedByteStream extends InputStream {
        private final byte value;
        private long left;

        RepeatedByteStream(byte value, long length) {
            this.value = value;
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, value);
            left -= n;
            return n;
        }
    }
}
