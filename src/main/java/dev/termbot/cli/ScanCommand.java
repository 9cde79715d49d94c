package dev.termbot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.termbot.core.Bot;
import dev.termbot.core.Knowledge;
import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.core.PlatformProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code termbot scan}: judges JSONL messages from stdin, one output line per input line, in order.
 * Each line is judged on its own (no cooldowns); a malformed line is reported on stderr as
 * {@code line N: message}, answered with an error line, and the rest is still processed.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Find watched phrases in JSONL messages read from stdin.",
                "Input lines: {\"id\": \"...\", \"text\": \"...\", \"author_is_bot\": false}",
                "Output lines: {\"id\": \"...\", \"hits\": [{\"term\", \"rule\", \"start\", \"end\", \"matched\", \"stance\"}], \"reply\": true}"})
final class ScanCommand implements Callable<Integer> {
    @Mixin
    GlossaryOption glossary;

    @Override
    public Integer call() throws Exception {
        Knowledge knowledge = KnowledgeFactory.withOpenNlp().build(glossary.load());
        // System.out flushes on every array write; a large buffer in front of it turns a flush per
        // generator chunk into one per 64 KiB of input (JsonlLoop flushes before each read of stdin)
        Writer out = new OutputStreamWriter(new BufferedOutputStream(System.out, 1 << 16), StandardCharsets.UTF_8);
        int bad = new JsonlScanner(knowledge).scan(System.in, out, System.err);
        return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /**
     * The scanning loop, separate from picocli so tests can drive it with strings. Each line is read
     * with Jackson's streaming parser (no tree): only the known fields are kept, the rest skipped.
     */
    static final class JsonlScanner {
        private final JsonFactory factory = new JsonFactory();
        private final Knowledge knowledge;

        JsonlScanner(Knowledge knowledge) {
            this.knowledge = knowledge;
        }

        /** Scans every line of UTF-8 bytes (see {@link JsonlLoop}); returns how many lines were malformed. */
        int scan(InputStream in, Writer out, PrintStream errors) throws IOException {
            try (JsonGenerator json = factory.createGenerator(out)) {
                json.setRootValueSeparator(null);
                return JsonlLoop.run(in, json, errors, new JsonlLoop.Answerer() {
                    @Override
                    public String answer(String line) throws IOException {
                        String error = judge(json, line);
                        json.writeRaw('\n');
                        return error;
                    }

                    @Override
                    public void unreadable(String message) throws IOException {
                        writeError(json, null, message);
                        json.writeRaw('\n');
                    }
                });
            }
        }

        /** Writes the answer to one line; returns the error message when the line is malformed. */
        private String judge(JsonGenerator json, String line) throws IOException {
            try {
                ScanLine parsed = ScanLine.parse(factory, line);
                List<Hit> hits = knowledge.judgedHits(parsed.text(), parsed.markup());
                writeResult(json, parsed.id(), hits, Bot.deservesNote(knowledge, hits, parsed.authorIsBot()));
                return null;
            } catch (MalformedLine e) {
                writeError(json, e.id(), e.getMessage());
                return e.getMessage();
            } catch (JsonProcessingException e) {
                writeError(json, null, e.getOriginalMessage());
                return e.getOriginalMessage();
            }
        }

        private static void writeResult(JsonGenerator json, Object id, List<Hit> hits, boolean reply) throws IOException {
            json.writeStartObject();
            writeId(json, id);
            json.writeArrayFieldStart("hits");
            for (Hit hit : hits) {
                json.writeStartObject();
                json.writeStringField("term", hit.termId());
                json.writeStringField("rule", hit.ruleId());
                json.writeNumberField("start", hit.start());
                json.writeNumberField("end", hit.end());
                json.writeStringField("matched", hit.matched());
                json.writeStringField("stance", hit.stance().key());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanField("reply", reply);
            json.writeEndObject();
        }

        private static void writeError(JsonGenerator json, Object id, String message) throws IOException {
            json.writeStartObject();
            writeId(json, id);
            json.writeArrayFieldStart("hits");
            json.writeEndArray();
            json.writeBooleanField("reply", false);
            json.writeStringField("error", message);
            json.writeEndObject();
        }

        /** The id as it came: a string, an integer (of any size), or null when the line had no usable one. */
        private static void writeId(JsonGenerator json, Object id) throws IOException {
            json.writeFieldName("id");
            if (id instanceof String text) {
                json.writeString(text);
            } else if (id instanceof Integer number) {
                json.writeNumber(number);
            } else if (id instanceof Long number) {
                json.writeNumber(number);
            } else if (id instanceof BigInteger number) {
                json.writeNumber(number);
            } else {
                json.writeNull();
            }
        }
    }

    /**
     * One valid input line.
     *
     * @param id a String, or an Integer, Long or BigInteger
     */
    record ScanLine(Object id, String text, boolean authorIsBot, Markup markup) {
        /** Stands for a field whose JSON type is wrong (so that it is told apart from a missing one). */
        private static final Object WRONG_TYPE = new Object();

        /**
         * Reads the line's JSON value, and makes sure nothing but whitespace follows it (so syntax
         * errors, and a second value such as {@code {..}{..}}, win over field errors), then checks the
         * fields in a fixed order: id, text, author_is_bot, markup. A repeated field counts with its
         * last value.
         */
        static ScanLine parse(JsonFactory factory, String line) throws IOException, MalformedLine {
            try (JsonParser parser = factory.createParser(line)) {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    if (first != null) {
                        parser.skipChildren();
                        parser.getText(); // a scalar is read lazily: finish it so a broken one is a syntax error
                    }
                    throw new MalformedLine("expected a JSON object", null);
                }
                Object id = null;
                Object text = null;
                Object bot = null;
                Object markup = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (name) {
                        case "id" -> id = idOf(parser, value);
                        case "text" -> text = value == JsonToken.VALUE_STRING ? parser.getText() : WRONG_TYPE;
                        case "author_is_bot" -> bot = value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE
                                ? Boolean.valueOf(value == JsonToken.VALUE_TRUE) : value == JsonToken.VALUE_NULL ? null : WRONG_TYPE;
                        case "markup" -> markup = value == JsonToken.VALUE_NULL ? null
                                : value == JsonToken.VALUE_STRING ? parser.getText() : WRONG_TYPE;
                        default -> {
                            // extra fields are ignored
                        }
                    }
                    parser.skipChildren();
                }
                requireNothingAfter(parser);
                return validated(id, text, bot, markup);
            }
        }

        /** A second value on the line is an error of that line, never a message silently dropped. */
        private static void requireNothingAfter(JsonParser parser) throws IOException, MalformedLine {
            if (parser.nextToken() != null) {
                throw new MalformedLine("more than one JSON value on the line", null);
            }
        }

        private static Object idOf(JsonParser parser, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                return parser.getText();
            }
            if (value == JsonToken.VALUE_NUMBER_INT) {
                return parser.getNumberValue(); // Integer, Long or BigInteger, as the number needs
            }
            return WRONG_TYPE;
        }

        private static ScanLine validated(Object id, Object text, Object bot, Object markup) throws MalformedLine {
            Object usableId = id == WRONG_TYPE ? null : id;
            if (usableId == null) {
                throw new MalformedLine("\"id\" must be a string or an integer", null);
            }
            if (!(text instanceof String textValue)) {
                throw new MalformedLine("\"text\" must be a string", usableId);
            }
            if (bot == WRONG_TYPE) {
                throw new MalformedLine("\"author_is_bot\" must be true or false", usableId);
            }
            return new ScanLine(usableId, textValue, Boolean.TRUE.equals(bot), markupOf(markup, usableId));
        }

        /** The optional "markup" field: plain (default), or the name of a platform, whose dialect it means. */
        private static Markup markupOf(Object markup, Object id) throws MalformedLine {
            if (markup == null || "plain".equals(markup)) {
                return Markup.PLAIN;
            }
            Platforms platforms = Platforms.installed();
            Optional<Markup> known = markup instanceof String name && name.equals(name.strip().toLowerCase(Locale.ROOT))
                    ? platforms.find(name).map(PlatformProvider::markup) : Optional.empty();
            if (known.isEmpty()) {
                List<String> names = new ArrayList<>(List.of("plain"));
                names.addAll(platforms.names());
                throw new MalformedLine("\"markup\" must be " + String.join(", ", names.subList(0, names.size() - 1))
                        + " or " + names.get(names.size() - 1), id);
            }
            return known.get();
        }
    }

    /** A line that is JSON but not a valid message; carries the line's id when it had a usable one. */
    static final class MalformedLine extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Object id;

        MalformedLine(String message, Object id) {
            super(message);
            this.id = id;
        }

        Object id() {
            return id;
        }
    }
}
