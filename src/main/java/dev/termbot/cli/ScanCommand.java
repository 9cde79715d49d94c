package dev.termbot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.core.Bot;
import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code termbot scan}: judges JSONL messages from stdin, one output line per input line, in order.
 * Each line is judged on its own (no cooldowns); a malformed line is reported on stderr as
 * {@code line N: message}, answered with an error line, and the rest is still processed.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Find watched phrases in JSONL messages read from stdin.",
                "Input lines: {\"id\": \"...\", \"text\": \"...\", \"author_is_bot\": false}",
                "Output lines: {\"id\": \"...\", \"hits\": [{\"term\", \"rule\", \"start\", \"end\", \"matched\"}], \"reply\": true}"})
final class ScanCommand implements Callable<Integer> {
    @Mixin
    GlossaryOption glossary;

    @Override
    public Integer call() throws Exception {
        Detector detector = KnowledgeFactory.withOpenNlp().build(glossary.load()).detector();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        int bad = new JsonlScanner(detector).scan(in, out, System.err);
        return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** The scanning loop, separate from picocli so tests can drive it with strings. */
    static final class JsonlScanner {
        private final ObjectMapper mapper = new ObjectMapper();
        private final JsonFactory factory = mapper.getFactory();
        private final Detector detector;

        JsonlScanner(Detector detector) {
            this.detector = detector;
        }

        /** Scans every line; returns how many lines were malformed. */
        int scan(BufferedReader in, Writer out, PrintStream errors) throws IOException {
            int lineNumber = 0;
            int bad = 0;
            try (JsonGenerator json = factory.createGenerator(out)) {
                json.setRootValueSeparator(null);
                String line;
                while ((line = in.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        ScanLine parsed = ScanLine.parse(mapper, line);
                        List<Hit> hits = detector.detect(parsed.text(), parsed.markup());
                        writeResult(json, parsed.id(), hits, Bot.deservesNote(hits, parsed.authorIsBot()));
                    } catch (MalformedLine | JsonProcessingException e) {
                        bad++;
                        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
                        errors.println("line " + lineNumber + ": " + message);
                        writeError(json, ScanLine.idOrNull(mapper, line), message);
                    }
                    json.writeRaw('\n');
                }
            }
            return bad;
        }

        private static void writeResult(JsonGenerator json, JsonNode id, List<Hit> hits, boolean reply) throws IOException {
            json.writeStartObject();
            json.writeFieldName("id");
            json.writeTree(id);
            json.writeArrayFieldStart("hits");
            for (Hit hit : hits) {
                json.writeStartObject();
                json.writeStringField("term", hit.termId());
                json.writeStringField("rule", hit.ruleId());
                json.writeNumberField("start", hit.start());
                json.writeNumberField("end", hit.end());
                json.writeStringField("matched", hit.matched());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanField("reply", reply);
            json.writeEndObject();
        }

        private static void writeError(JsonGenerator json, JsonNode id, String message) throws IOException {
            json.writeStartObject();
            json.writeFieldName("id");
            json.writeTree(id);
            json.writeArrayFieldStart("hits");
            json.writeEndArray();
            json.writeBooleanField("reply", false);
            json.writeStringField("error", message);
            json.writeEndObject();
        }
    }

    /** One valid input line. */
    record ScanLine(JsonNode id, String text, boolean authorIsBot, Markup markup) {
        static ScanLine parse(ObjectMapper mapper, String line) throws JsonProcessingException, MalformedLine {
            JsonNode node = mapper.readTree(line);
            if (node == null || !node.isObject()) {
                throw new MalformedLine("expected a JSON object");
            }
            JsonNode id = node.get("id");
            if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
                throw new MalformedLine("\"id\" must be a string or an integer");
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                throw new MalformedLine("\"text\" must be a string");
            }
            JsonNode bot = node.get("author_is_bot");
            if (bot != null && !bot.isBoolean() && !bot.isNull()) {
                throw new MalformedLine("\"author_is_bot\" must be true or false");
            }
            return new ScanLine(id, text.asText(), bot != null && bot.asBoolean(), markupOf(node.get("markup")));
        }

        /** The optional "markup" field: plain (default), discord or slack. */
        private static Markup markupOf(JsonNode markup) throws MalformedLine {
            if (markup == null || markup.isNull()) {
                return Markup.PLAIN;
            }
            return switch (markup.asText()) {
                case "plain" -> Markup.PLAIN;
                case "discord" -> Markup.DISCORD_MARKDOWN;
                case "slack" -> Markup.SLACK_MRKDWN;
                default -> throw new MalformedLine("\"markup\" must be plain, discord or slack");
            };
        }

        /** The id of a line that failed validation, when it has a usable one (so output stays joinable). */
        static JsonNode idOrNull(ObjectMapper mapper, String line) {
            try {
                JsonNode node = mapper.readTree(line);
                JsonNode id = node != null && node.isObject() ? node.get("id") : null;
                return id != null && (id.isTextual() || id.isIntegralNumber()) ? id : mapper.nullNode();
            } catch (JsonProcessingException e) {
                return mapper.nullNode();
            }
        }
    }

    /** A line that is JSON but not a valid message. */
    static final class MalformedLine extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedLine(String message) {
            super(message);
        }
    }
}
