package dev.termbot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.core.LookupResult;
import dev.termbot.glossary.GlossaryLookup;
import dev.termbot.core.Replies;
import dev.termbot.core.Term;
import dev.termbot.core.TermLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code termbot define WORDS...} prints a definition as a person reads it (exit 1 when not found);
 * {@code termbot define --jsonl} answers {"id","query"} lines with {"id","query","term","suggestions"}.
 */
@Command(name = "define", mixinStandardHelpOptions = true,
        description = {"Look a term up in the glossary.",
                "With --jsonl: read {\"id\", \"query\"} lines from stdin and print {\"id\", \"query\", \"term\", \"suggestions\"} lines."})
final class DefineCommand implements Callable<Integer> {
    @Mixin
    GlossaryOption glossary;

    @Option(names = "--jsonl", description = "Answer JSONL queries from stdin.")
    boolean jsonl;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "The term to look up.")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        TermLookup lookup = new GlossaryLookup(glossary.load().terms());
        if (jsonl) {
            Writer out = new OutputStreamWriter(new BufferedOutputStream(System.out, 1 << 16), StandardCharsets.UTF_8);
            return new JsonlDefiner(lookup).run(System.in, out, System.err) == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
        if (words.isEmpty()) {
            System.err.println("termbot define: give a term, e.g. termbot define distillation");
            return ExitCodes.BAD_INPUT;
        }
        String query = String.join(" ", words);
        LookupResult result = lookup.lookup(query);
        System.out.println(result.term().map(Replies::definition)
                .orElseGet(() -> Replies.notFound(query, result.suggestions())).toPlainText());
        return result.found() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** The JSONL answers, separate from picocli so tests can drive them with bytes; the loop is {@link JsonlLoop}'s. */
    static final class JsonlDefiner {
        /** A second JSON value on a line is an error of that line, never silently dropped. */
        private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        private final TermLookup lookup;

        JsonlDefiner(TermLookup lookup) {
            this.lookup = lookup;
        }

        /** Answers every line; returns how many were malformed. */
        int run(InputStream in, Writer out, PrintStream errors) throws IOException {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
                json.setRootValueSeparator(null);
                return JsonlLoop.run(in, json, errors, new JsonlLoop.Answerer() {
                    @Override
                    public String answer(String line) throws IOException {
                        return define(json, line);
                    }

                    @Override
                    public void unreadable(String message) throws IOException {
                        write(json, mapper.nullNode(), null, message);
                        json.writeRaw('\n');
                    }
                });
            }
        }

        /** Writes the answer to one line; returns the error message when the line is malformed. */
        private String define(JsonGenerator json, String line) throws IOException {
            JsonNode id = mapper.nullNode();
            String query = null;
            String error = null;
            try {
                JsonNode node = mapper.readTree(line);
                if (node == null || !node.isObject()) {
                    error = "expected a JSON object";
                } else {
                    JsonNode given = node.get("id");
                    if (given != null && !given.isNull() && !given.isTextual() && !given.isNumber()) {
                        error = "\"id\" must be a string or a number";
                    } else {
                        id = given == null ? mapper.nullNode() : given;
                    }
                    JsonNode q = node.get("query");
                    if (error == null && (q == null || !q.isTextual())) {
                        error = "\"query\" must be a string";
                    } else if (error == null) {
                        query = q.asText();
                    }
                }
            } catch (JsonProcessingException e) {
                error = e.getOriginalMessage();
            }
            write(json, id, query, error);
            json.writeRaw('\n');
            return error;
        }

        private void write(JsonGenerator json, JsonNode id, String query, String error) throws IOException {
            json.writeStartObject();
            json.writeFieldName("id");
            json.writeTree(id);
            if (error != null) {
                json.writeNullField("query");
                json.writeNullField("term");
                json.writeArrayFieldStart("suggestions");
                json.writeEndArray();
                json.writeStringField("error", error);
            } else {
                LookupResult result = lookup.lookup(query);
                json.writeStringField("query", query);
                if (result.found()) {
                    json.writeStringField("term", result.term().get().id());
                } else {
                    json.writeNullField("term");
                }
                json.writeArrayFieldStart("suggestions");
                for (Term suggestion : result.suggestions()) {
                    json.writeString(suggestion.id());
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }
}
