package dev.termbot.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims benchmark's figures as a table and as JSON, with the ratios that are comparable
 * between machines: each configuration against SQLite with one process, and two processes against
 * one on the same store.
 */
public final class ClaimsReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ClaimsBench.Result> results;

    public ClaimsReport(List<ClaimsBench.Result> results) {
        this.results = List.copyOf(results);
    }

    /** Whether every claim was won, as it must be with every message in its own channel. */
    public boolean clean() {
        return results.stream().allMatch(r -> r.notWon() == 0);
    }

    public String table() {
        StringBuilder out = new StringBuilder("| store | processes | threads each | claims | seconds | claims/s | vs SQLite, 1 process"
                + " | vs 1 process, same store | not won | store errors |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ClaimsBench.Result r : results) {
            out.append(String.format("| %s | %d | %d | %,d | %.1f | %,.0f | %s | %s | %d | %d |%n", r.store().label(), r.processes(),
                    r.threads(), r.claims(), r.seconds(), r.claimsPerSecond(), ratio(r, baseline()), ratio(r, oneProcess(r)),
                    r.notWon(), r.storeErrors()));
        }
        return out.toString();
    }

    public String json(Map<String, Object> machine) {
        ObjectNode root = JSON.createObjectNode();
        root.put("clean", clean());
        ObjectNode about = root.putObject("machine");
        machine.forEach((k, v) -> about.put(k, String.valueOf(v)));
        ArrayNode array = root.putArray("results");
        for (ClaimsBench.Result r : results) {
            ObjectNode o = array.addObject().put("store", r.store().label()).put("processes", r.processes())
                    .put("threads_per_process", r.threads()).put("claims", r.claims()).put("seconds", round(r.seconds()))
                    .put("claims_per_s", round(r.claimsPerSecond())).put("not_won", r.notWon())
                    .put("store_errors", r.storeErrors());
            putRatio(o, "ratio_to_sqlite_one_process", r, baseline());
            putRatio(o, "ratio_to_one_process_same_store", r, oneProcess(r));
        }
        return root.toPrettyString();
    }

    private Optional<ClaimsBench.Result> baseline() {
        return results.stream().filter(r -> r.store() == BenchStore.SQLITE && r.processes() == 1).findFirst();
    }

    private Optional<ClaimsBench.Result> oneProcess(ClaimsBench.Result of) {
        return results.stream().filter(r -> r.store() == of.store() && r.processes() == 1).findFirst();
    }

    private static String ratio(ClaimsBench.Result r, Optional<ClaimsBench.Result> base) {
        return base.map(b -> String.format("%.2f×", r.claimsPerSecond() / b.claimsPerSecond())).orElse("–");
    }

    private static void putRatio(ObjectNode o, String key, ClaimsBench.Result r, Optional<ClaimsBench.Result> base) {
        if (base.isPresent()) {
            o.put(key, round(r.claimsPerSecond() / base.get().claimsPerSecond()));
        } else {
            o.putNull(key);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
