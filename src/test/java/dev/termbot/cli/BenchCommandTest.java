package dev.termbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench command's contract ({@code target/termbot-bench.jar}). No assertion on speed: the machine is shared and noisy. */
class BenchCommandTest {
    private static final String[] SHORT_TIMING = {"--runs", "3", "--run-seconds", "0.05", "--warmup-seconds", "0.05"};
    private final ObjectMapper mapper = new ObjectMapper();

    private static String[] bench(String... args) {
        String[] all = new String[args.length + SHORT_TIMING.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(SHORT_TIMING, 0, all, args.length, SHORT_TIMING.length);
        return all;
    }

    @Test
    void json_has_the_issue_shape_with_accuracy_computed() throws Exception {
        // WHEN a tiny bench runs with --json
        CliRun run = CliRun.bench(bench("--messages", "2000", "--phrases", "20", "--json"));

        // THEN stdout is exactly one JSON object with the fields issue 6 names
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode json = mapper.readTree(run.out());
        assertThat(json.get("ceiling_msgs_per_s").asDouble()).isPositive();
        assertThat(json.get("heap_mb").asDouble()).isPositive();
        assertThat(json.get("ready_ms").asDouble()).isPositive();
        assertThat(json.get("ready_ms_by_step").fieldNames()).toIterable().containsExactly("models", "glossary", "detector", "lookup");
        assertThat(json.get("messages").asInt()).isEqualTo(2000);
        assertThat(json.get("results")).hasSize(1);
        JsonNode result = json.get("results").get(0);
        assertThat(result.get("phrases").asInt()).isEqualTo(20);
        for (String method : List.of("detector", "core", "regex", "contains", "ceiling")) {
            assertThat(result.get(method + "_msgs_per_s").asDouble()).as(method).isPositive();
            assertThat(result.get(method + "_mb_per_s").asDouble()).as(method).isPositive();
            assertThat(result.get(method + "_vs_ceiling").asDouble()).as(method).isPositive();
            assertThat(result.get(method + "_vs_regex").asDouble()).as(method).isPositive();
        }
        // AND recall and near-miss hits are computed from planted messages, not constants
        int planted = result.get("planted_variants").asInt();
        int found = result.get("variants_found").asInt();
        assertThat(planted).isPositive();
        assertThat(result.get("recall").asDouble()).isEqualTo((double) found / planted);
        assertThat(result.get("near_misses").asInt()).isPositive();
        assertThat(result.get("near_miss_hits").asInt()).isBetween(0, result.get("near_misses").asInt());
        assertThat(result.get("missed_by_kind").isObject()).isTrue();
        assertThat(result.get("glossary_recall").asDouble()).isEqualTo(
                (double) result.get("glossary_variants_found").asInt() / result.get("glossary_variants").asInt());
        // AND progress went to stderr, not into the JSON
        assertThat(run.err()).contains("bench: ");
    }

    @Test
    void without_json_it_prints_a_table() {
        CliRun run = CliRun.bench(bench("--messages", "1000", "--phrases", "20,40"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("phrases", "ceiling", "contains", "regex", "detector", "core", "vs ceiling", "vs regex",
                "recall", "near-miss hits", "heap");
        assertThat(run.out()).containsPattern("(?m)^\\s+40\\s+ceiling");
    }

    @Test
    void emits_scan_input_that_scan_reads() throws Exception {
        Path file = Files.createTempFile("bench", ".jsonl");
        try {
            CliRun run = CliRun.bench("--emit-jsonl", file.toString(), "--messages", "500");

            assertThat(run.exitCode()).as(run.err()).isZero();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(500);
            for (String line : lines) {
                JsonNode node = mapper.readTree(line);
                assertThat(node.get("id").isTextual()).isTrue();
                assertThat(node.get("text").isTextual()).isTrue();
                assertThat(node.get("author_is_bot").isBoolean()).isTrue();
            }
            assertThat(lines).anyMatch(line -> line.contains("\"author_is_bot\":true"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void a_size_smaller_than_the_glossary_is_bad_input() {
        CliRun run = CliRun.bench(bench("--messages", "100", "--phrases", "1"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("glossary alone watches");
    }

    @Test
    void fewer_than_three_runs_is_bad_input() {
        CliRun run = CliRun.bench("--messages", "100", "--phrases", "20", "--runs", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("at least 3 runs");
    }
}
