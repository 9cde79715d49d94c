package dev.termbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.testing.TestKnowledge;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code define --jsonl}'s answers: one per line, strict about ids and about one value per line. */
class JsonlDefinerTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private int bad;

    private List<JsonNode> define(String input) throws Exception {
        StringWriter out = new StringWriter();
        bad = new DefineCommand.JsonlDefiner(TestKnowledge.create().lookup()).run(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    @Test
    void string_number_and_missing_ids_are_answered_and_others_are_errors_of_their_line() throws Exception {
        List<JsonNode> out = define("""
                {"id": "a", "query": "distillation"}
                {"id": 7, "query": "distillation"}
                {"query": "distillation"}
                {"id": ["an", "array"], "query": "distillation"}
                {"id": {"an": "object"}, "query": "distillation"}
                {"id": true, "query": "distillation"}
                """);

        assertThat(out).extracting(n -> n.get("term").asText("")).containsExactly(
                "distillation", "distillation", "distillation", "", "", "");
        assertThat(out.get(1).get("id").asInt()).isEqualTo(7);
        assertThat(out.get(3).get("id").isNull()).isTrue();
        assertThat(out.get(3).get("error").asText()).isEqualTo("\"id\" must be a string or a number");
        assertThat(bad).isEqualTo(3);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("line 4: \"id\" must be a string or a number",
                "line 5: ", "line 6: ");
    }

    @Test
    void a_second_json_value_on_a_line_is_an_error_of_that_line() throws Exception {
        List<JsonNode> out = define("{\"id\": \"a\", \"query\": \"distillation\"}{\"id\": \"b\", \"query\": \"x\"}\n"
                + "\uFEFF{\"id\": \"c\", \"query\": \"distillation\"}\r\n");

        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("error").asText()).contains("Trailing token");
        assertThat(out.get(1).get("error").asText()).as("a BOM after line 1 is no BOM: an error")
                .isNotEmpty();
        assertThat(bad).isEqualTo(2);
    }

    @Test
    void a_leading_bom_and_crlf_line_ends_are_read_as_plain_lines() throws Exception {
        List<JsonNode> out = define("\uFEFF{\"id\": \"a\", \"query\": \"distillation\"}\r\n{\"id\": \"b\", \"query\": \"distillation\"}\r\n");

        assertThat(bad).isZero();
        assertThat(out).extracting(n -> n.get("term").asText()).containsExactly("distillation", "distillation");
    }
}
