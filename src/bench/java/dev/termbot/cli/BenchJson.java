package dev.termbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termbot.bench.Accuracy;
import dev.termbot.bench.BenchReport;
import dev.termbot.bench.Rate;
import dev.termbot.bench.SizeResult;

/**
 * The {@code bench --json} object: the fields issue 6 names ({@code ceiling_msgs_per_s},
 * {@code heap_mb}, and per size {@code detector_msgs_per_s}, {@code core_msgs_per_s},
 * {@code regex_msgs_per_s}, {@code contains_msgs_per_s}, {@code recall}, {@code near_miss_hits}),
 * plus MB/s, ratios, start-up time and the corpus description. Stateless.
 */
final class BenchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchJson() {
    }

    static String render(BenchReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("ceiling_msgs_per_s", round(report.ceilingMsgsPerSecond()));
        root.put("ceiling_mb_per_s", round(report.ceilingMbPerSecond()));
        root.put("heap_mb", round(report.startup().heapMb()));
        root.put("heap_before_load_mb", round(report.startup().heapBeforeMb()));
        root.put("ready_ms", round(report.startup().readyMillis()));
        ObjectNode steps = root.putObject("ready_ms_by_step");
        report.startup().stepMillis().forEach((step, millis) -> steps.put(step, round(millis)));
        root.put("contains_one_phrase_msgs_per_s", round(report.containsOnePhrase().msgsPerSecond()));
        ObjectNode hit = root.putObject("message_with_a_hit");
        hit.put("messages", report.hitCost().messages());
        hit.put("detector_us", round(report.hitCost().detectorMicros()));
        hit.put("with_stance_us", round(report.hitCost().judgedMicros()));
        root.put("messages", report.messages());
        root.put("avg_message_bytes", round(report.averageBytes()));
        root.put("seed", report.seed());
        root.put("runs", report.timing().runs());
        root.put("run_seconds", report.timing().runSeconds());
        root.put("warmup_seconds", report.timing().warmupSeconds());
        root.put("cpus", report.cpus());
        root.put("java", report.java());
        root.put("checksum", report.checksum());
        var results = root.putArray("results");
        report.sizes().forEach(size -> results.add(size(size)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers and strings cannot fail to serialise", e);
        }
    }

    private static ObjectNode size(SizeResult size) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("phrases", size.phrases());
        node.put("rules", size.rules());
        node.put("detector_build_ms", round(size.buildMillis()));
        rate(node, "ceiling", size.ceiling(), size);
        rate(node, "detector", size.detector(), size);
        rate(node, "core", size.core(), size);
        rate(node, "regex", size.regex(), size);
        rate(node, "contains", size.contains(), size);
        Accuracy accuracy = size.accuracy();
        node.put("recall", accuracy.recall());
        node.put("planted_variants", accuracy.variants());
        node.put("variants_found", accuracy.found());
        node.put("glossary_recall", accuracy.glossaryRecall());
        node.put("glossary_variants", accuracy.glossaryVariants());
        node.put("glossary_variants_found", accuracy.glossaryFound());
        node.put("near_misses", accuracy.nearMisses());
        node.put("near_miss_hits", accuracy.nearMissHits());
        node.put("background_hits", accuracy.backgroundHits());
        ObjectNode missed = node.putObject("missed_by_kind");
        accuracy.missedByKind().forEach(missed::put);
        ObjectNode falseHits = node.putObject("near_miss_hits_by_kind");
        accuracy.falseHitsByKind().forEach(falseHits::put);
        return node;
    }

    private static void rate(ObjectNode node, String name, Rate rate, SizeResult size) {
        node.put(name + "_msgs_per_s", round(rate.msgsPerSecond()));
        node.put(name + "_mb_per_s", round(rate.mbPerSecond()));
        node.put(name + "_vs_ceiling", ratio(rate.ratioTo(size.ceiling())));
        node.put(name + "_vs_regex", ratio(rate.ratioTo(size.regex())));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double ratio(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
