package dev.termbot.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Medians over the runs for each platform, scenario and bot, and the termbot/minimal ratios, each
 * ratio taken within one run first (the same-run figure) and then the median over runs. Immutable.
 */
public final class E2eReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row: a bot's medians for one scenario, and termbot's same-run ratios to the minimal bot. */
    public record Row(String platform, String scenario, String bot, int messages, double p50, double p99, double max,
                      double ackP50, double ackP99, double ackMax, double repliesPerSecond, double p50Ratio,
                      double p99Ratio, int lost, int duplicated, int owedLeft, int refused) {
    }

    private final List<Row> rows;
    private final int runs;
    private final BenchStore store;

    public E2eReport(List<Measurement> measurements) {
        this(measurements, BenchStore.SQLITE);
    }

    /** The report of a run whose bot kept its state in {@code store}. */
    public E2eReport(List<Measurement> measurements, BenchStore store) {
        this.store = store;
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        measurements.forEach(m -> groups.computeIfAbsent(m.platform() + "|" + m.scenario() + "|" + m.bot(),
                k -> new ArrayList<>()).add(m));
        List<Row> built = new ArrayList<>();
        groups.values().forEach(group -> built.add(row(group, measurements)));
        this.rows = List.copyOf(built);
        this.runs = (int) measurements.stream().mapToInt(Measurement::run).distinct().count();
    }

    public List<Row> rows() {
        return rows;
    }

    /** No message lost or answered twice, no note left owed, every Slack event acknowledged with 200. */
    public boolean clean() {
        return rows.stream().allMatch(r -> r.lost() == 0 && r.duplicated() == 0 && r.owedLeft() == 0 && r.refused() == 0);
    }

    private static Row row(List<Measurement> group, List<Measurement> all) {
        Measurement first = group.get(0);
        double p50Ratio = Double.NaN;
        double p99Ratio = Double.NaN;
        if (first.bot().equals("termbot")) {
            List<Double> p50s = new ArrayList<>();
            List<Double> p99s = new ArrayList<>();
            for (Measurement m : group) {
                all.stream().filter(o -> o.bot().equals("minimal") && o.platform().equals(m.platform())
                        && o.scenario().equals(m.scenario()) && o.run() == m.run()).findFirst().ifPresent(o -> {
                            p50s.add(m.latency().p50() / o.latency().p50());
                            p99s.add(m.latency().p99() / o.latency().p99());
                        });
            }
            p50Ratio = Percentiles.median(p50s);
            p99Ratio = Percentiles.median(p99s);
        }
        return new Row(first.platform(), first.scenario(), first.bot(), first.messages(),
                median(group, m -> m.latency().p50()), median(group, m -> m.latency().p99()),
                median(group, m -> m.latency().max()), median(group, m -> m.ack().p50()),
                median(group, m -> m.ack().p99()), median(group, m -> m.ack().max()),
                median(group, Measurement::repliesPerSecond), p50Ratio, p99Ratio,
                group.stream().mapToInt(Measurement::lost).sum(), group.stream().mapToInt(Measurement::duplicated).sum(),
                group.stream().mapToInt(Measurement::owedLeft).max().orElse(0),
                group.stream().mapToInt(Measurement::refused).sum());
    }

    private static double median(List<Measurement> group, ToDoubleFunction<Measurement> figure) {
        return Percentiles.median(group.stream().map(m -> figure.applyAsDouble(m)).toList());
    }

    /** A Markdown table, as pasted into performance.md. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("| platform | scenario | bot | p50 ms | p99 ms | max ms | ack p99 ms | ack max ms | replies/s |"
                + " p99 vs minimal | lost | dup | owed left |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            out.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d | %d |%n", r.platform(),
                    r.scenario(), r.bot(), ms(r.p50()), ms(r.p99()), ms(r.max()), ms(r.ackP99()), ms(r.ackMax()),
                    Double.isNaN(r.repliesPerSecond()) ? "–" : String.format("%,.0f", r.repliesPerSecond()),
                    Double.isNaN(r.p99Ratio()) ? "" : String.format("%.2f×", r.p99Ratio()), r.lost(), r.duplicated(),
                    r.owedLeft()));
        }
        out.append(String.format("%nMedians of %d run(s); ratios are termbot/minimal within one run, then the median."
                + " Storage: SQLite (PostgreSQL is not supported yet).%n", runs));
        return out.toString();
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }

    public String json(Map<String, Object> machine) {
        ObjectNode root = JSON.createObjectNode();
        root.put("storage", store.label());
        root.put("runs", runs);
        root.put("clean", clean());
        ObjectNode about = root.putObject("machine");
        machine.forEach((k, v) -> about.put(k, String.valueOf(v)));
        ArrayNode array = root.putArray("results");
        for (Row r : rows) {
            ObjectNode o = array.addObject().put("platform", r.platform()).put("scenario", r.scenario()).put("bot", r.bot())
                    .put("messages", r.messages());
            put(o, "p50_ms", r.p50());
            put(o, "p99_ms", r.p99());
            put(o, "max_ms", r.max());
            put(o, "ack_p50_ms", r.ackP50());
            put(o, "ack_p99_ms", r.ackP99());
            put(o, "ack_max_ms", r.ackMax());
            put(o, "replies_per_s", r.repliesPerSecond());
            put(o, "p50_ratio_to_minimal", r.p50Ratio());
            put(o, "p99_ratio_to_minimal", r.p99Ratio());
            o.put("lost", r.lost()).put("duplicated", r.duplicated()).put("owed_left", r.owedLeft()).put("refused_acks", r.refused());
        }
        return root.toPrettyString();
    }

    private static void put(ObjectNode o, String key, double value) {
        if (Double.isNaN(value)) {
            o.putNull(key);
        } else {
            o.put(key, Math.round(value * 100) / 100.0);
        }
    }
}
