package dev.termbot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
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
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            return new JsonlDefiner(lookup).run(in, out, System.err) == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
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

    /** The JSONL loop, separate from picocli so tests can drive it with strings. */
    static final class JsonlDefiner {
        private final ObjectMapper mapper = new ObjectMapper();
        private final TermLookup lookup;

        JsonlDefiner(TermLookup lookup) {
            this.lookup = lookup;
        }

        /** Answers every line; returns how many were malformed. */
        int run(BufferedReader in, Writer out, PrintStream errors) throws IOException {
            int lineNumber = 0;
            int bad = 0;
            try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
                json.setRootValueSeparator(null);
                String line;
                while ((line = in.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode id = mapper.nullNode();
                    String query = null;
                    String error = null;
                    try {
                        JsonNode node = mapper.readTree(line);
                        if (node == null || !node.isObject()) {
                            error = "expected a JSON object";
                        } else {
                            id = node.hasNonNull("id") ? node.get("id") : mapper.nullNode();
                            JsonNode q = node.get("query");
                            if (q == null || !q.isTextual()) {
                                error = "\"query\" must be a string";
                            } else {
                                query = q.asText();
                            }
                        }
                    } catch (JsonProcessingException e) {
                        error = e.getOriginalMessage();
                    }
                    if (error != null) {
                        bad++;
                        errors.println("line " + lineNumber + ": " + error);
                    }
                    write(json, id, query, error);
                    json.writeRaw('\n');
                }
            }
            return bad;
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
