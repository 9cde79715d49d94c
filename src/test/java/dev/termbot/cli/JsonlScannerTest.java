package dev.termbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
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
        StringWriter out = new StringWriter();
        bad = new ScanCommand.JsonlScanner(TestKnowledge.create())
                .scan(new BufferedReader(new StringReader(input)), out, new PrintStream(errors, true, StandardCharsets.UTF_8));
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
}
