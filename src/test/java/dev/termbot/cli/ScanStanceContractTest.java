package dev.termbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.testing.ShippedKnowledge;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code scan} contract for stance, with the shipped glossary and the real analysis: every hit
 * carries {@code "stance": "use"|"disputed"}, and {@code reply} is false when every hit of a
 * message is disputed under a quiet rule (as it is for bots), true when any hit is a use.
 */
class ScanStanceContractTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private List<JsonNode> scan(String input) throws Exception {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int bad = new ScanCommand.JsonlScanner(ShippedKnowledge.KNOWLEDGE)
                .scan(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                        new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(bad).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    @Test
    void every_hit_carries_its_stance_and_only_uses_earn_a_reply() throws Exception {
        List<JsonNode> out = scan("""
                {"id": "use", "text": "is this a distillation attack?"}
                {"id": "quoted", "text": "these \\"distillation attacks\\" are just API abuse"}
                {"id": "struck", "text": "~~distillation attack~~ API abuse", "markup": "discord"}
                {"id": "both", "text": "the so-called distillation attack, or a real distillation attack?"}
                {"id": "bot", "text": "is this a distillation attack?", "author_is_bot": true}
                """);

        assertThat(out.get(0).at("/hits/0/stance").asText()).isEqualTo("use");
        assertThat(out.get(0).get("reply").asBoolean()).isTrue();
        assertThat(out.get(1).at("/hits/0/stance").asText()).isEqualTo("disputed");
        assertThat(out.get(1).get("reply").asBoolean()).isFalse();
        assertThat(out.get(2).at("/hits/0/stance").asText()).isEqualTo("disputed");
        assertThat(out.get(2).get("reply").asBoolean()).isFalse();
        assertThat(out.get(3).get("hits")).extracting(hit -> hit.get("stance").asText()).containsExactly("disputed", "use");
        assertThat(out.get(3).get("reply").asBoolean()).isTrue();
        assertThat(out.get(4).at("/hits/0/stance").asText()).isEqualTo("use");
        assertThat(out.get(4).get("reply").asBoolean()).as("bots never get a reply").isFalse();
    }
}
